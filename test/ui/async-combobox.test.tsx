import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTests } from '../../src/data/hooks/use-catalogue';
import type { AssessmentTest } from '../../src/domain';
import { mockIds } from '../../src/mock';
import { AsyncCombobox } from '../../src/ui/AsyncCombobox';
import { DialogShell } from '../../src/ui/Dialog';
import { Field } from '../../src/ui/Field';
import { mswServer, renderWithKit } from '../support/kit';

/** Whole user flows through the HTTP adapter: several seconds on a loaded 2-core machine. */
const userFlow = { timeout: 20_000 };

/** Every catalogue request the picker makes (search terms and cursors), recorded where the network is. */
function recordTestRequests() {
  const seen: URL[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (/\/providers\/[^/]+\/tests$/.test(url.pathname)) seen.push(url);
  };
  mswServer.events.on('request:start', listener);
  return { seen, stop: () => mswServer.events.removeListener('request:start', listener) };
}

let requests: ReturnType<typeof recordTestRequests>;
beforeEach(() => {
  requests = recordTestRequests();
});
afterEach(() => requests.stop());

interface TestPickerProps {
  onChange?: (id: string, test: AssessmentTest) => void;
  initialValue?: string;
  valueLabel?: string;
}

function TestPicker({ onChange = () => undefined, initialValue, valueLabel }: TestPickerProps) {
  const [search, setSearch] = useState('');
  const [value, setValue] = useState<string | null>(initialValue ?? null);
  const tests = useTests(mockIds.connectedProvider, search);
  return (
    <Field label="Test" hint="Search by title or language">
      <AsyncCombobox
        source={tests}
        onSearchChange={setSearch}
        getKey={(test) => test.id}
        getLabel={(test) => test.title}
        getDisabledReason={(test) => (test.archived ? 'Archived' : null)}
        value={value}
        valueLabel={valueLabel}
        onChange={(id, test) => {
          setValue(id);
          onChange(id, test);
        }}
      />
    </Field>
  );
}

const field = () => screen.getByRole('combobox', { name: 'Test' });

describe('AsyncCombobox', userFlow, () => {
  it('is a labelled combobox whose list opens with ArrowDown and is operated from the field', async () => {
    const { user } = renderWithKit(<TestPicker />);
    const input = field();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAccessibleDescription('Search by title or language');

    await user.click(input);
    await user.keyboard('{Escape}');
    await user.keyboard('{ArrowDown}');
    const listbox = await screen.findByRole('listbox');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    const first = await within(listbox).findByRole('option', { name: /Senior Frontend \(React\) — Take-home/ });
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    expect(first).toHaveAttribute('aria-posinset', '1');
    expect(first).toHaveAttribute('aria-setsize', '52');

    await user.keyboard('{ArrowDown}');
    const second = within(listbox).getAllByRole('option')[1]!;
    expect(input).toHaveAttribute('aria-activedescendant', second.id);
    expect(input).toHaveFocus();
  });

  it('chooses the active option with Enter, shows it in the field and closes the list', async () => {
    const onChange = vi.fn();
    const { user } = renderWithKit(<TestPicker onChange={onChange} />);
    await user.click(field());
    await screen.findAllByRole('option');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenCalledWith('sf-test-2', expect.objectContaining({ title: 'Backend (Go) — Take-home' }));
    expect(field()).toHaveValue('Backend (Go) — Take-home');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('chooses with a click, and marks the chosen option as selected when the list reopens', async () => {
    const { user } = renderWithKit(<TestPicker />);
    await user.click(field());
    await user.click(await screen.findByRole('option', { name: /Data Engineer \(SQL \+ Python\) — Take-home/ }));
    expect(field()).toHaveValue('Data Engineer (SQL + Python) — Take-home');
    await user.keyboard('{ArrowDown}');
    const chosen = await screen.findByRole('option', { name: /Data Engineer \(SQL \+ Python\) — Take-home/ });
    expect(chosen).toHaveAttribute('aria-selected', 'true');
    expect(field()).toHaveAttribute('aria-activedescendant', chosen.id);
  });

  it('searches on the server once typing pauses, and says how many matched', async () => {
    const onAnnounce = vi.fn();
    const { user } = renderWithKit(<TestPicker />, { provider: { onAnnounce } });
    await user.type(field(), 'kotlin');
    await screen.findByRole('option', { name: /Mobile \(Android, Kotlin\)/ });
    await waitFor(() => expect(screen.queryAllByRole('option', { name: /Senior Frontend/ })).toHaveLength(0));
    const searches = requests.seen.map((url) => url.searchParams.get('search'));
    // One request for the empty list on open at most, one for the whole word: none per keystroke.
    expect(searches.filter((s) => s !== null)).toEqual(['kotlin']);
    await waitFor(() => expect(onAnnounce).toHaveBeenCalledWith(expect.stringMatching(/^\d+ results?$/), 'polite'));
  });

  it('says how many results a search found once they are on screen, once, never the count of the list before it', async () => {
    // What was on screen at the moment each message was said: the list's size and whether every row matches.
    const heard: Array<{ message: string; setSize: string | null; allMatch: boolean }> = [];
    const onAnnounce = (message: string) => {
      const rows = screen.queryAllByRole('option');
      heard.push({
        message,
        setSize: rows[0]?.getAttribute('aria-setsize') ?? null,
        allMatch: rows.length > 0 && rows.every((row) => /Machine Learning/.test(row.textContent ?? '')),
      });
    };
    const { user } = renderWithKit(<TestPicker />, { seed: { catalogue: 'large' }, provider: { onAnnounce } });
    await user.click(field());
    expect((await screen.findAllByRole('option'))[0]).toHaveAttribute('aria-setsize', '10000');
    await user.type(field(), 'Machine Learning');
    await waitFor(() => expect(heard).not.toHaveLength(0));
    const [answer] = heard;
    expect(answer?.allMatch).toBe(true);
    expect(answer?.message).toBe(`${Number(answer?.setSize).toLocaleString()} results`);
    expect(Number(answer?.setSize)).toBeLessThan(10_000);
    // Choosing one is the next thing said: nothing came between (no second count, no late one).
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(heard).toHaveLength(2));
    expect(heard[1]?.message).toMatch(/^Machine Learning Engineer — .+ selected$/);
  });

  it('confirms the chosen test when Enter picks it', async () => {
    const onAnnounce = vi.fn();
    const { user } = renderWithKit(<TestPicker />, { provider: { onAnnounce } });
    await user.click(field());
    await screen.findAllByRole('option');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onAnnounce).toHaveBeenLastCalledWith('Backend (Go) — Take-home selected', 'polite');
  });

  it('names its list after its field', async () => {
    const { user } = renderWithKit(<TestPicker />);
    await user.click(field());
    expect(await screen.findByRole('listbox', { name: 'Test' })).toBeInTheDocument();
  });

  it('keeps the previous results on screen while the next search loads', async () => {
    const { user, mockServer } = renderWithKit(<TestPicker />);
    await user.click(field());
    await screen.findAllByRole('option');
    mockServer.setLatency(60_000);
    await user.type(field(), 'go');
    await waitFor(() => expect(screen.getByRole('listbox')).toHaveAttribute('aria-busy', 'true'));
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
    expect(screen.getByText('Searching…')).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    const { user } = renderWithKit(<TestPicker />);
    await user.type(field(), 'cobol');
    expect(await screen.findByText('No results for “cobol”')).toBeInTheDocument();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('shows a load error with Retry, and lists the tests once Retry works', async () => {
    const { user, mockServer } = renderWithKit(<TestPicker />);
    mockServer.faults.failNext({ status: 503, route: 'listTests' });
    await user.click(field());
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(retry.closest('.ak-picker__status')).toHaveTextContent('We couldn’t load the list.');
    await user.click(retry);
    expect(await screen.findAllByRole('option')).not.toHaveLength(0);
    expect(field()).toHaveFocus();
  });

  it('won’t choose an archived test, and says why in the option', async () => {
    const onChange = vi.fn();
    const { user } = renderWithKit(<TestPicker onChange={onChange} />);
    await user.type(field(), 'embedded');
    await waitFor(() => expect(screen.queryAllByRole('option', { name: /Senior Frontend/ })).toHaveLength(0));
    const archived = await screen.findByRole('option', { name: /Embedded \(C\+\+\) — Take-home Archived/ });
    expect(archived).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{ArrowDown}');
    expect(field()).toHaveAttribute('aria-activedescendant', archived.id);
    await user.keyboard('{Enter}');
    await user.click(archived);
    expect(onChange).not.toHaveBeenCalled();
    expect(field()).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows a chosen item it has not loaded by its given label, and puts that back when the list closes without a pick', async () => {
    // sf-test-50 is on the second page: only the label saved with it (a plan's test title) can name it.
    const { user } = renderWithKit(<TestPicker initialValue="sf-test-50" valueLabel="The plan’s test" />);
    expect(field()).toHaveValue('The plan’s test');
    await user.clear(field());
    await user.type(field(), 'rust');
    await user.keyboard('{Escape}');
    expect(field()).toHaveValue('The plan’s test');
  });

  it('keeps at most 100 options in the DOM while the keyboard walks past the first pages of 10,000', async () => {
    const { user } = renderWithKit(<TestPicker />, { seed: { catalogue: 'large' } });
    await user.click(field());
    const [first] = await screen.findAllByRole('option');
    expect(first).toHaveAttribute('aria-setsize', '10000');
    await user.keyboard('{PageDown}'.repeat(12));
    await waitFor(() => expect(requests.seen.some((url) => url.searchParams.has('cursor'))).toBe(true));
    await user.keyboard('{ArrowDown}'.repeat(30));
    const active = document.getElementById(field().getAttribute('aria-activedescendant') ?? '');
    expect(Number(active?.getAttribute('aria-posinset'))).toBeGreaterThan(25);
    expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(100);
  });

  it('closes only its list on Escape inside a dialog; the next Escape closes the dialog', async () => {
    function InDialog() {
      const [open, setOpen] = useState(true);
      return (
        <DialogShell open={open} onOpenChange={setOpen} title="Pick" closeLabel="Close">
          <TestPicker />
        </DialogShell>
      );
    }
    const { user } = renderWithKit(<InDialog />);
    await user.click(field());
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('closes only its list on Escape with focus in the list itself, and puts focus back in the field', async () => {
    function InDialog() {
      const [open, setOpen] = useState(true);
      return (
        <DialogShell open={open} onOpenChange={setOpen} title="Pick" closeLabel="Close">
          <TestPicker />
        </DialogShell>
      );
    }
    const { user } = renderWithKit(<InDialog />);
    await user.click(field());
    await within(await screen.findByRole('listbox')).findAllByRole('option');
    // Tab reaches the list's scroller (so a keyboard can scroll it); the list stays open.
    await user.tab();
    expect(screen.getByRole('listbox').parentElement).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(field()).toHaveFocus();
  });
});
