import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CandidateAssessments } from '../../src/screens/CandidateAssessments';
import { mockIds } from '../../src/mock';
import { openCard } from '../support/item-card';
import { renderWithKit } from '../support/kit';

// The Send dialog's chunk doesn't arrive (offline, or a deploy replaced it).
vi.mock('../../src/components/send-assessment/SendAssessmentDialog', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('CandidateAssessments: the Send dialog loads on first use', () => {
  it('says so when its code cannot load, and the tab keeps working', async () => {
    // React reports the caught load error on the console; that is expected here.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderWithKit(<CandidateAssessments candidateId={mockIds.candidateWithActiveAssessment} />);
    const card = await screen.findByRole('article', { name: 'Frontend (Vue) — System design' });
    await user.click(screen.getByRole('button', { name: 'Send Assessment' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The Send Assessment dialog could not be opened. Reload the page to try again.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The list is still there, and still works.
    await openCard(card);
    await user.click(within(card).getByRole('button', { name: 'History (1): Frontend (Vue) — System design' }));
    expect(within(card).getByText('Sent by Dana Ruiz')).toBeInTheDocument();
    consoleError.mockRestore();
  });
});
