/**
 * A date typed only in part ("5 Nov", no year) names no day: each optional or pre-filled date field must treat it as
 * an error the user sees, never as "no value". Real Chromium, real keys, the kit's stylesheet.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ScheduleLiveInterviewDialog } from '../../src/components/live-interview';
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

function renderKit(ui: React.ReactElement) {
  const mock = createMockBackend();
  const createLiveInterview = vi.spyOn(mock.backend, 'createLiveInterview');
  const sendAssessment = vi.spyOn(mock.backend, 'sendAssessment');
  render(
    <AssessmentKitProvider backend={mock.backend} queryClient={createKitQueryClient({ retry: false })} locale="en-GB" now={mockNow}>
      {ui}
    </AssessmentKitProvider>,
  );
  return { createLiveInterview, sendAssessment };
}

async function pickFirst(dialog: HTMLElement, name: string, search: string) {
  const field = within(dialog).getByRole('combobox', { name });
  await userEvent.click(field);
  await userEvent.keyboard(search);
  const [option] = await within(dialog).findAllByRole('option', { name: new RegExp(`^${search}`, 'i') });
  await userEvent.click(option!);
  // A multi-select stays open after a pick; a single pick closes its list (Escape would then leave the dialog).
  if (field.getAttribute('aria-expanded') === 'true') await userEvent.keyboard('{Escape}');
}

describe('a half-typed date', () => {
  it('in Schedule live interview is an error on the field, not “no set time”, until it is finished', async () => {
    const { createLiveInterview } = renderKit(<ScheduleLiveInterviewDialog candidateId={mockIds.candidateWithNoAssessments} defaultOpen />);
    const dialog = await screen.findByRole('dialog', { name: 'Schedule live interview' });
    await within(dialog).findByRole('combobox', { name: 'Interviewers' });
    await pickFirst(dialog, 'Interviewers', 'Maya');

    const when = within(dialog).getByRole('textbox', { name: 'Date' });
    await userEvent.click(when);
    // The day and the month, and nothing more.
    await userEvent.keyboard('5 Nov');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Create interview' }));
    await waitFor(() => expect(when).toHaveAccessibleDescription(/^Finish the date and time, or clear the field for no set time\./));
    expect(when).toHaveAttribute('aria-invalid', 'true');
    expect(when).toHaveFocus();
    expect(createLiveInterview).not.toHaveBeenCalled();
    expect(within(dialog).queryByRole('heading', { name: 'Interview created' })).not.toBeInTheDocument();
  });

  it('in Send assessment says to finish the expiry date', async () => {
    const { sendAssessment } = renderKit(<SendAssessmentDialog candidateId={mockIds.candidateWithNoAssessments} defaultOpen />);
    const dialog = await screen.findByRole('dialog', { name: 'Send assessment' });
    await within(dialog).findByRole('combobox', { name: 'Test' });
    await pickFirst(dialog, 'Test', 'Backend');
    await pickFirst(dialog, 'Reviewers', 'Maya');

    const expiry = within(dialog).getByLabelText<HTMLInputElement>('Link expires on');
    expect(expiry.value).toBe('9 Nov 2026');
    await userEvent.click(expiry);
    // The year taken away.
    await userEvent.keyboard('{End}{Backspace}{Backspace}{Backspace}{Backspace}{Backspace}');
    expect(expiry.value).toBe('9 Nov');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Send assessment' }));
    await waitFor(() => expect(expiry).toHaveAccessibleDescription(/^Finish the date, or pick one from the calendar\./));
    expect(expiry).toHaveFocus();
    expect(sendAssessment).not.toHaveBeenCalled();
  });
});
