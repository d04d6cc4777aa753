/**
 * Sending an assessment with the keyboard alone, in Chromium with real key presses: the pickers' arrows, Enter and
 * Escape (Escape closes an open list before the dialog), and Tab through the form to Send.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { SendAssessmentDialog } from '../../src/components/send-assessment';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import { createMockBackend } from '../../src/mock/mock-backend';
import { MOCK_NOW, mockIds } from '../../src/mock/seed';
import kitCss from '../../src/styles/index.css?inline';
import { addStyles } from './page';

const mockNow = () => new Date(MOCK_NOW);
let removeStyles: () => void;
beforeEach(() => {
  removeStyles = addStyles(kitCss);
});
afterEach(() => {
  cleanup();
  removeStyles();
});

function Profile() {
  const [sent, setSent] = useState<string | null>(null);
  return (
    <main>
      <SendAssessmentDialog
        candidateId={mockIds.candidateWithNoAssessments}
        trigger={<button type="button">Send assessment to Ben</button>}
        onSent={(assessment) => setSent(assessment.testTitle)}
      />
      <p>{sent ? `Sent: ${sent}` : 'Nothing sent'}</p>
    </main>
  );
}

function renderProfile() {
  const mock = createMockBackend();
  render(
    <AssessmentKitProvider backend={mock.backend} queryClient={createKitQueryClient({ retry: false })} locale="en-GB" now={mockNow}>
      <Profile />
    </AssessmentKitProvider>,
  );
  return mock;
}

/** Tabs until `target` has focus (at most 20 presses), as a keyboard user does. */
async function tabTo(target: () => HTMLElement) {
  for (let i = 0; i < 20 && document.activeElement !== target(); i += 1) await userEvent.keyboard('{Tab}');
  expect(target()).toHaveFocus();
}

describe('SendAssessmentDialog by keyboard', () => {
  it('completes a send with Tab, arrows, Enter and Escape', async () => {
    const mock = renderProfile();
    const trigger = screen.getByRole('button', { name: 'Send assessment to Ben' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Send assessment' });
    const test = await within(dialog).findByRole('combobox', { name: 'Test' });

    await tabTo(() => test);
    await userEvent.keyboard('go');
    await waitFor(() => expect(within(dialog).queryAllByRole('option', { name: /Senior Frontend/ })).toHaveLength(0));
    // As a person waits for the list to stop searching: the server's answer puts the list back at its top.
    await waitFor(() => expect(test).not.toHaveAttribute('aria-busy'));
    await userEvent.keyboard('{ArrowDown}');
    const active = () => document.getElementById(test.getAttribute('aria-activedescendant') ?? '');
    await waitFor(() => expect(active()).toHaveTextContent('Backend (Go) — Take-home'));
    await userEvent.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(test).toHaveValue('Backend (Go) — Take-home');
    expect(test).toHaveAttribute('aria-expanded', 'false');

    const reviewers = within(dialog).getByRole('combobox', { name: 'Reviewers' });
    await tabTo(() => reviewers);
    await userEvent.keyboard('maya');
    await within(dialog).findByRole('option', { name: /^Maya Goldberg/ });
    await waitFor(() => expect(reviewers).not.toHaveAttribute('aria-busy'));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(within(await within(dialog).findByRole('list', { name: 'Chosen reviewers' })).getByText('Maya Goldberg')).toBeVisible();
    // Escape closes the list, not the dialog.
    await userEvent.keyboard('{Escape}');
    expect(reviewers).toHaveAttribute('aria-expanded', 'false');
    expect(dialog).toBeInTheDocument();
    expect(reviewers).toHaveFocus();

    const send = within(dialog).getByRole('button', { name: 'Send assessment' });
    await tabTo(() => send);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Sent: Backend (Go) — Take-home')).toBeVisible();
    expect(trigger).toHaveFocus();
    expect(mock.allAssessments().filter((a) => a.candidateId === mockIds.candidateWithNoAssessments)).toHaveLength(1);
  });

  it('closes an open list on the first Escape and the dialog on the second', async () => {
    renderProfile();
    const trigger = screen.getByRole('button', { name: 'Send assessment to Ben' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Send assessment' });
    const test = await within(dialog).findByRole('combobox', { name: 'Test' });
    await tabTo(() => test);
    await userEvent.keyboard('{ArrowDown}');
    await within(dialog).findAllByRole('option');
    expect(test).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    expect(test).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('dialog', { name: 'Send assessment' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(trigger).toHaveFocus();
  });

  it('pages through a list of 10,000 by keyboard, keeping at most 100 options in the page', async () => {
    const mock = createMockBackend({ catalogue: 'large' });
    render(
      <AssessmentKitProvider backend={mock.backend} queryClient={createKitQueryClient({ retry: false })} locale="en-GB" now={mockNow}>
        <SendAssessmentDialog candidateId={mockIds.candidateWithNoAssessments} defaultOpen />
      </AssessmentKitProvider>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Send assessment' });
    const test = await within(dialog).findByRole('combobox', { name: 'Test' });
    test.focus();
    await userEvent.keyboard('{ArrowDown}');
    await within(dialog).findAllByRole('option');
    for (let i = 0; i < 20; i += 1) await userEvent.keyboard('{PageDown}');
    await waitFor(() => {
      const active = document.getElementById(test.getAttribute('aria-activedescendant') ?? '');
      expect(Number(active?.getAttribute('aria-posinset'))).toBeGreaterThan(60);
    });
    const active = document.getElementById(test.getAttribute('aria-activedescendant') ?? '')!;
    expect(active).toHaveAttribute('aria-setsize', '10000');
    // The active option is scrolled into view.
    const scroller = dialog.querySelector('.ak-picker__scroller')!.getBoundingClientRect();
    const box = active.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(scroller.top - 1);
    expect(box.bottom).toBeLessThanOrEqual(scroller.bottom + 1);
    expect(within(dialog).getAllByRole('option').length).toBeLessThanOrEqual(100);
  });
});
