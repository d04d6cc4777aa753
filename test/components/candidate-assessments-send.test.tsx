import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CandidateAssessments } from '../../src/screens/CandidateAssessments';
import { mockIds } from '../../src/mock';
import { summaryButton } from '../support/item-card';
import { renderWithKit } from '../support/kit';

/** Sending from the Assessments tab goes through the kit's Send Assessment dialog. */
describe('CandidateAssessments: sending', () => {
  it('sends a Needs action activity through the Send dialog, pre-filled from the plan, and focuses the sent assessment', async () => {
    const onAnnounce = vi.fn();
    const onSent = vi.fn();
    const { user } = renderWithKit(<CandidateAssessments candidateId={mockIds.candidateWithPendingActivity} onSent={onSent} />, {
      seed: { integrationStates: { codeinterview: 'connected' } },
      provider: { onAnnounce },
    });
    const card = await screen.findByRole('article', { name: 'Senior Frontend (React) — Take-home' });
    expect(within(card).getByText('Needs action')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Send Senior Frontend (React) — Take-home' }));

    const dialog = await screen.findByRole('dialog', { name: 'Send assessment' });
    expect(within(dialog).getByText('The “Technical Assessment” stage set this up. Check it, change anything, then send.')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Test' })).toHaveValue('Senior Frontend (React) — Take-home'));
    await user.click(within(dialog).getByRole('button', { name: 'Send assessment' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ activityId: mockIds.planActivity, status: 'sent' }));
    const sent = await screen.findByRole('article', { name: 'Senior Frontend (React) — Take-home' });
    await waitFor(() => expect(within(sent).getByText(/^Status: Sent, Expires/)).toBeInTheDocument());
    expect(within(sent).queryByText('Needs action')).not.toBeInTheDocument();
    // Seen on the item too, not only heard.
    expect(within(sent).getByText('Sent just now')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    await waitFor(() => expect(summaryButton(sent)).toHaveFocus());
    // The dialog says it was sent; the list doesn't say it a second time.
    expect(onAnnounce.mock.calls.filter(([message]) => /Take-home/.test(message as string))).toEqual([
      ['Assessment sent to Carla Mendes: Senior Frontend (React) — Take-home.', 'polite'],
    ]);
  });

  it('opens the Send dialog for an ad hoc send, and returns focus to the button when it closes', async () => {
    const { user } = renderWithKit(<CandidateAssessments candidateId={mockIds.candidateWithNoAssessments} />);
    const button = await screen.findByRole('button', { name: 'Send Assessment' });
    await screen.findByText('No assessments yet');
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Send assessment' });
    expect(within(dialog).getByText(/Choose a test and who reviews it/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(button).toHaveFocus();
  });

  it('hides the ad hoc button when the host sends its own way', async () => {
    renderWithKit(<CandidateAssessments candidateId={mockIds.candidateWithNoAssessments} showSendButton={false} />);
    await screen.findByText('No assessments yet');
    expect(screen.queryByRole('button', { name: 'Send Assessment' })).not.toBeInTheDocument();
  });
});
