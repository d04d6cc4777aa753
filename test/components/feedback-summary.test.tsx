import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AssessmentFeedbackSummary } from '../../src/components/feedback';
import type { FeedbackAnswers } from '../../src/domain';
import { mockIds } from '../../src/mock';
import { mockServer, renderWithKit } from '../support/kit';

vi.setConfig({ testTimeout: 20_000 });

const fb = mockIds.feedback;
const { due, draft, submitted } = fb.reviewers;
const backend = mockServer.mock.backend;
let keys = 0;

/** The reviewer submits from their own browser. */
async function submitAs(reviewerId: string, assessmentId: string, answers: FeedbackAnswers) {
  mockServer.mock.signInAs(reviewerId);
  await backend.submitFeedback({ assessmentId, answers }, { idempotencyKey: `summary-${++keys}` });
}

/** The in-progress assessment, completed by the vendor, so every reviewer starts due and the test sets every answer. */
async function completedWithAnswers(byReviewer: Array<[string, FeedbackAnswers]>) {
  mockServer.mock.simulator.complete(fb.notCompleted, { got: 41, total: 50 });
  for (const [reviewerId, answers] of byReviewer) await submitAs(reviewerId, fb.notCompleted, answers);
  mockServer.mock.signInAs(null);
}

const maya = { 'q-fe-quality': 5, 'q-fe-overall': 6, 'q-fe-a11y': false, 'q-fe-level': 'Senior', 'q-fe-areas': ['Testing', 'Performance'], 'q-fe-notes': 'Good.' };
const tomas = { 'q-fe-quality': 4, 'q-fe-overall': 9, 'q-fe-a11y': true, 'q-fe-level': 'Senior', 'q-fe-areas': ['Testing'] };
const aisha = { 'q-fe-quality': 3, 'q-fe-overall': 8, 'q-fe-a11y': true, 'q-fe-level': 'Staff' };

function renderSummary(assessmentId: string) {
  return renderWithKit(<AssessmentFeedbackSummary assessmentId={assessmentId} />);
}

/** One question's entry in "Answers by question". */
async function questionEntry(prompt: string) {
  const list = await screen.findByRole('list', { name: 'Answers by question' });
  return within(list).getByRole('heading', { name: prompt }).closest('li')!;
}

describe('AssessmentFeedbackSummary', () => {
  it('reports the every-reviewer rule as waiting until each assigned reviewer submitted, and each reviewer’s state', async () => {
    await completedWithAnswers([[due, maya]]);
    mockServer.mock.signInAs(draft);
    await backend.saveFeedbackDraft({ assessmentId: fb.notCompleted, answers: { 'q-fe-quality': 2 } }, { idempotencyKey: 'draft' });
    mockServer.mock.signInAs(null);
    renderSummary(fb.notCompleted);

    expect(await screen.findByText('Every reviewer’s feedback counts: 1 of 3 submitted.')).toBeVisible();
    expect(screen.getByText('Waiting')).toBeVisible();
    const reviewers = screen.getByRole('list', { name: 'Reviewers' });
    expect(within(reviewers).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Maya GoldbergSubmittedSubmitted 2 Nov',
      'Tomás HerreraDraft saved',
      'Aisha BelloDue',
    ]);
    // A draft is its reviewer's own: nobody else sees it, nor counts it.
    const quality = await questionEntry('Code quality and structure');
    expect(within(quality).getByText('Average 5 of 5')).toBeVisible();
    expect(within(quality).getByText('1 answer')).toBeVisible();
  });

  it('aggregates each question over the submitted answers: averages for stars and scores, counts for yes/no and selects', async () => {
    await completedWithAnswers([
      [due, maya],
      [draft, tomas],
      [submitted, aisha],
    ]);
    renderSummary(fb.notCompleted);

    expect(await screen.findByText('Every reviewer’s feedback counts: 3 of 3 submitted.')).toBeVisible();
    expect(screen.getByText('Complete')).toBeVisible();
    expect(within(await questionEntry('Code quality and structure')).getByText('Average 4 of 5')).toBeVisible();
    expect(within(await questionEntry('Overall score')).getByText('Average 7.7 of 10')).toBeVisible();
    // Yes/no reads as the selects do: a bar per answer with its count.
    const a11y = await questionEntry('Is the UI keyboard and screen-reader accessible?');
    expect(within(a11y).getAllByRole('listitem').slice(0, 2).map((item) => item.textContent)).toEqual(['Yes: 2', 'No: 1']);

    const level = await questionEntry('Seniority signal');
    expect(within(level).getAllByRole('listitem').slice(0, 4).map((item) => item.textContent)).toEqual(['Junior: 0', 'Mid-level: 0', 'Senior: 2', 'Staff: 1']);
    const areas = await questionEntry('Areas handled well');
    expect(within(areas).getByText('2 answers')).toBeVisible();
    expect(within(areas).getByText('Testing: 2')).toBeVisible();
    expect(within(areas).getByText('Performance: 1')).toBeVisible();
    const answers = within(areas).getByRole('list', { name: 'Answers to “Areas handled well”' });
    expect(within(answers).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Maya GoldbergTesting and Performance',
      'Tomás HerreraTesting',
      'Aisha BelloNo answer',
    ]);
    const notes = await questionEntry('Strengths and concerns');
    expect(within(notes).getByText('1 answer')).toBeVisible();
    expect(within(notes).getByText('Good.')).toBeVisible();
    const stars = within(await questionEntry('Code quality and structure')).getByRole('list', { name: 'Answers to “Code quality and structure”' });
    expect(within(stars).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Maya Goldberg5/55 out of 5',
      'Tomás Herrera4/54 out of 5',
      'Aisha Bello3/53 out of 5',
    ]);
  });

  it('shows one empty state, not one line per question, while nobody has submitted', async () => {
    await completedWithAnswers([]);
    renderSummary(fb.notCompleted);
    expect(await screen.findByText('Every reviewer’s feedback counts: 0 of 3 submitted.')).toBeVisible();
    expect(screen.getAllByText('No answers to show yet')).toHaveLength(1);
    expect(screen.getByText('Each question’s answers show here once a reviewer submits their feedback.')).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Answers by question' })).not.toBeInTheDocument();
  });

  it('says a question has no answers only where others have some', async () => {
    await completedWithAnswers([[draft, tomas]]);
    renderSummary(fb.notCompleted);
    const notes = await questionEntry('Strengths and concerns');
    expect(within(notes).getByText('No answers to show yet')).toBeVisible();
    expect(screen.getAllByText('No answers to show yet')).toHaveLength(1);
  });

  it('shows the summary’s shape while it loads, and says that it loads', async () => {
    renderSummary(fb.allSubmitted);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Loading feedback…');
    // Placeholders only (hidden from screen readers), no spinner.
    expect(status.querySelectorAll('[aria-hidden="true"] .ak-skeleton').length).toBeGreaterThan(3);
    expect(status.querySelector('.ak-spin')).toBeNull();
    expect(await screen.findByText('Every reviewer’s feedback counts: 2 of 2 submitted.')).toBeVisible();
  });

  it('reports the any-reviewer rule as met with the first submission', async () => {
    renderSummary(fb.anyReviewer);
    expect(await screen.findByText('One reviewer’s feedback is enough: 1 of 2 submitted.')).toBeVisible();
    expect(screen.getByText('Complete')).toBeVisible();
  });

  it('tells a reviewer who hasn’t submitted that the others’ answers come after theirs, and shows none', async () => {
    mockServer.reset({ currentUserId: due });
    renderSummary(fb.open);
    expect(await screen.findByText('Other reviewers’ answers show once you submit yours, so theirs don’t sway you.')).toBeVisible();
    expect(screen.queryByRole('list', { name: /^Answers to/ })).not.toBeInTheDocument();
    // The note says why; no question repeats that it has nothing to show.
    expect(screen.queryByRole('list', { name: 'Answers by question' })).not.toBeInTheDocument();
    expect(screen.queryByText('No answers to show yet')).not.toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Reviewers' })).getByText('Maya Goldberg (you)')).toBeVisible();
  });

  it('says feedback isn’t open yet for an assessment in progress', async () => {
    renderSummary(fb.notCompleted);
    expect(await screen.findByText('Feedback isn’t open yet')).toBeVisible();
    expect(screen.queryByText('Waiting')).not.toBeInTheDocument();
  });

  it('shows an error with Retry when it can’t load, and the summary after', async () => {
    mockServer.faults.failNext({ route: 'getAssessmentFeedback', status: 500 });
    const { user } = renderSummary(fb.allSubmitted);
    expect(await screen.findByText('The feedback could not be loaded.')).toBeVisible();
    expect(screen.getByText('Something went wrong on our side. Try again in a moment.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Every reviewer’s feedback counts: 2 of 2 submitted.')).toBeVisible();
  });
});
