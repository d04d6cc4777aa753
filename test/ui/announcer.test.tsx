import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { useAssessmentKit } from '../../src/data/kit-context';
import { createMockBackend } from '../../src/mock';
import { DialogShell } from '../../src/ui/Dialog';

function Speaker({ message, politeness }: { message: string; politeness?: 'polite' | 'assertive' }) {
  const { announce } = useAssessmentKit();
  return <button onClick={() => announce(message, politeness)}>Say it</button>;
}

const regions = () => ({
  polite: document.querySelector('[data-ak-announcer] [aria-live="polite"]'),
  assertive: document.querySelector('[data-ak-announcer] [aria-live="assertive"]'),
});

afterEach(() => vi.useRealTimers());

describe('the kit’s announcer', () => {
  it('has one pair of empty live regions before anything is said, shared by every component', () => {
    const { backend } = createMockBackend();
    render(
      <AssessmentKitProvider backend={backend}>
        <Speaker message="One" />
        <Speaker message="Two" />
      </AssessmentKitProvider>,
    );
    expect(document.querySelectorAll('[data-ak-announcer]')).toHaveLength(1);
    expect(regions().polite).toBeEmptyDOMElement();
    expect(regions().assertive).toBeEmptyDOMElement();
  });

  it('says each message as a new node, so the same sentence twice is heard twice, then clears it', async () => {
    vi.useFakeTimers();
    const heard: Array<[string, string]> = [];
    const { backend } = createMockBackend();
    render(
      <AssessmentKitProvider backend={backend} onAnnounce={(message, politeness) => heard.push([message, politeness])}>
        <Speaker message="Assessment sent" />
      </AssessmentKitProvider>,
    );
    const button = screen.getByRole('button', { name: 'Say it' });
    act(() => button.click());
    act(() => button.click());
    expect(regions().polite?.children).toHaveLength(2);
    expect(regions().polite).toHaveTextContent('Assessment sentAssessment sent');
    expect(heard).toEqual([
      ['Assessment sent', 'polite'],
      ['Assessment sent', 'polite'],
    ]);
    act(() => vi.advanceTimersByTime(7_000));
    expect(regions().polite).toBeEmptyDOMElement();
  });

  it('says errors assertively', () => {
    const { backend } = createMockBackend();
    render(
      <AssessmentKitProvider backend={backend}>
        <Speaker message="Couldn’t send" politeness="assertive" />
      </AssessmentKitProvider>,
    );
    act(() => screen.getByRole('button', { name: 'Say it' }).click());
    expect(regions().assertive).toHaveTextContent('Couldn’t send');
    expect(regions().polite).toBeEmptyDOMElement();
  });

  it('stays audible while a modal dialog hides the rest of the page', async () => {
    const user = userEvent.setup();
    const { backend } = createMockBackend();
    function Page() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button onClick={() => setOpen(true)}>Open</button>
          <DialogShell open={open} onOpenChange={setOpen} title="Send" closeLabel="Close">
            <Speaker message="Sending…" />
          </DialogShell>
        </>
      );
    }
    render(
      <AssessmentKitProvider backend={backend}>
        <Page />
      </AssessmentKitProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(await screen.findByRole('button', { name: 'Say it' }));
    // The modal really hides the page behind it…
    expect(screen.getByRole('button', { name: 'Open', hidden: true }).closest('[aria-hidden="true"]')).not.toBeNull();
    // …but not the kit's live regions.
    const announcer = document.querySelector('[data-ak-announcer]')!;
    expect(announcer.closest('[aria-hidden="true"]')).toBeNull();
    expect(regions().polite?.closest('[aria-hidden="true"]')).toBeNull();
    expect(regions().polite).toHaveTextContent('Sending…');
  });

  it('ignores blank messages', () => {
    const heard: string[] = [];
    const { backend } = createMockBackend();
    render(
      <AssessmentKitProvider backend={backend} onAnnounce={(message) => heard.push(message)}>
        <Speaker message="   " />
      </AssessmentKitProvider>,
    );
    act(() => screen.getByRole('button', { name: 'Say it' }).click());
    expect(heard).toEqual([]);
    expect(regions().polite).toBeEmptyDOMElement();
  });
});
