import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useReviewers } from '../../src/data/hooks/use-catalogue';
import type { Reviewer } from '../../src/domain';
import { AsyncMultiSelect } from '../../src/ui/AsyncMultiSelect';
import { Field } from '../../src/ui/Field';
import { renderWithKit } from '../support/kit';

/** Whole user flows through the HTTP adapter: several seconds on a loaded 2-core machine. */
const userFlow = { timeout: 20_000 };

function ReviewerPicker({ initial = [], known = [], onChange }: { initial?: string[]; known?: Reviewer[]; onChange?: (ids: string[]) => void }) {
  const [search, setSearch] = useState('');
  const [value, setValue] = useState<string[]>(initial);
  const reviewers = useReviewers(search);
  return (
    <Field label="Reviewers">
      <AsyncMultiSelect
        source={reviewers}
        onSearchChange={setSearch}
        getKey={(r) => r.id}
        getLabel={(r) => r.name}
        value={value}
        selectedItems={known}
        selectionLabel="Chosen reviewers"
        onChange={(ids) => {
          setValue(ids);
          onChange?.(ids);
        }}
      />
    </Field>
  );
}

const field = () => screen.getByRole('combobox', { name: 'Reviewers' });
const chips = () => within(screen.getByRole('list', { name: 'Chosen reviewers' })).getAllByRole('listitem').map((li) => li.textContent);

describe('AsyncMultiSelect', userFlow, () => {
  it('adds people with Enter and keeps the list open for the next one', async () => {
    const onAnnounce = vi.fn();
    const onChange = vi.fn();
    const { user } = renderWithKit(<ReviewerPicker onChange={onChange} />, { provider: { onAnnounce } });
    await user.click(field());
    const listbox = await screen.findByRole('listbox');
    expect(listbox).toHaveAttribute('aria-multiselectable', 'true');
    await within(listbox).findAllByRole('option');
    await user.keyboard('{ArrowDown}{Enter}{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['rev-1', 'rev-2']);
    expect(chips()).toEqual(['Maya Goldberg', 'Tomás Herrera']);
    expect(screen.getByRole('option', { name: 'Maya Goldberg' })).toHaveAttribute('aria-selected', 'true');
    expect(field()).toHaveAttribute('aria-expanded', 'true');
    expect(onAnnounce).toHaveBeenCalledWith('Tomás Herrera added', 'polite');

    // Enter on a chosen person takes them off again.
    await user.keyboard('{Enter}');
    expect(chips()).toEqual(['Maya Goldberg']);
    expect(onAnnounce).toHaveBeenCalledWith('Tomás Herrera removed', 'polite');
  });

  it('says how many people a search found once they are on screen, never the count of the list before it', async () => {
    const heard: Array<{ message: string; rows: string[] }> = [];
    const onAnnounce = (message: string) => heard.push({ message, rows: screen.queryAllByRole('option').map((row) => row.textContent ?? '') });
    const { user } = renderWithKit(<ReviewerPicker />, { provider: { onAnnounce } });
    await user.click(field());
    await screen.findByRole('option', { name: 'Maya Goldberg' });
    await user.type(field(), 'grace');
    await waitFor(() => expect(heard).not.toHaveLength(0));
    expect(heard[0]).toEqual({ message: '1 result', rows: ['Grace Owusu'] });
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(heard).toHaveLength(2));
    expect(heard[1]?.message).toBe('Grace Owusu added');
  });

  it('names its list after its field', async () => {
    const { user } = renderWithKit(<ReviewerPicker />);
    await user.click(field());
    expect(await screen.findByRole('listbox', { name: 'Reviewers' })).toBeInTheDocument();
  });

  it('removes a chip with its button or, from the empty field, with Backspace', async () => {
    const { user } = renderWithKit(<ReviewerPicker initial={['rev-1', 'rev-3']} />);
    await waitFor(() => expect(chips()).toEqual(['Maya Goldberg', 'Aisha Bello']));
    await user.click(screen.getByRole('button', { name: 'Remove Maya Goldberg' }));
    expect(chips()).toEqual(['Aisha Bello']);
    expect(field()).toHaveFocus();
    await user.keyboard('{Backspace}');
    expect(screen.queryByRole('list', { name: 'Chosen reviewers' })).not.toBeInTheDocument();
  });

  it('keeps showing a chosen person by name after the search moves on to others', async () => {
    const { user } = renderWithKit(<ReviewerPicker />);
    await user.type(field(), 'aisha');
    await user.click(await screen.findByRole('option', { name: 'Aisha Bello' }));
    await user.clear(field());
    await user.type(field(), 'kenji');
    await screen.findByRole('option', { name: 'Kenji Watanabe' });
    await waitFor(() => expect(screen.queryByRole('option', { name: 'Aisha Bello' })).not.toBeInTheDocument());
    expect(chips()).toEqual(['Aisha Bello']);
  });

  it('names people on no loaded page from the items it is given, and says when one is unknown', async () => {
    const far: Reviewer = { id: 'rev-1999', name: 'Far Away', email: 'far@example.com', title: null, avatarUrl: null };
    renderWithKit(<ReviewerPicker initial={['rev-1999', 'rev-gone']} known={[far]} />, { seed: { catalogue: 'large' } });
    expect(chips()).toEqual(['Far Away', 'Unknown']);
    expect(screen.getByRole('button', { name: 'Remove Unknown' })).toBeInTheDocument();
  });
});
