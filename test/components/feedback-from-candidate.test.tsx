import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CandidateAssessments } from '../../src/screens/CandidateAssessments';
import { mockIds } from '../../src/mock';
import { openCard } from '../support/item-card';
import { mockServer, renderWithKit } from '../support/kit';

vi.setConfig({ testTimeout: 20_000 });

const fb = mockIds.feedback;

describe('reviewer feedback from the candidate’s Assessments tab', () => {
  it('opens the form from a completed assessment, and the card shows the submission once it is in', async () => {
    mockServer.reset({ currentUserId: fb.reviewers.due });
    const { user } = renderWithKit(<CandidateAssessments candidateId={fb.candidate} />);
    await screen.findByRole('list', { name: 'Assessments, those needing action first, then newest' });
    // Each item's details open from its summary line.
    for (const article of screen.getAllByRole('article')) await openCard(article);
    const card = screen.getAllByRole('article').find((article) => within(article).queryByText('1 of 3 submitted'))!;
    expect(within(card).getByText('Maya Goldberg').parentElement).toHaveTextContent('Due');

    await user.click(within(card).getByRole('button', { name: /^Open feedback on / }));
    const dialog = await screen.findByRole('dialog', { name: /^Feedback: / });
    await within(dialog).findByRole('button', { name: 'Submit feedback' });
    const group = (name: RegExp) => within(dialog).getByRole('radiogroup', { name });
    await user.click(within(group(/^Code quality/)).getByRole('radio', { name: '3 stars' }));
    await user.click(within(group(/^Overall score/)).getByRole('radio', { name: '6' }));
    await user.click(within(group(/keyboard and screen-reader/)).getByRole('radio', { name: 'No' }));
    await user.click(within(group(/^Seniority/)).getByRole('radio', { name: 'Mid-level' }));
    await user.click(within(dialog).getByRole('button', { name: 'Submit feedback' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Submit your feedback?' });
    await user.click(within(confirm).getByRole('button', { name: 'Submit feedback' }));
    await within(dialog).findByRole('region', { name: 'Your answers' });

    // Closing the dialog returns to the list, which already knows (no reload).
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(card).getByText('2 of 3 submitted')).toBeVisible();
    expect(within(card).getByText('Maya Goldberg').parentElement).toHaveTextContent('Submitted');
  });
});
