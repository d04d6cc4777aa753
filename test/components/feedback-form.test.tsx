import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDEMPOTENCY_HEADER } from '../../src/backend/rest-contract';
import { AssessmentFeedbackForm } from '../../src/components/feedback';
import type { Politeness } from '../../src/data/kit-context';
import { mockIds, type MockSeedOptions } from '../../src/mock';
import { API_BASE_URL, mockServer, mswServer, renderWithKit } from '../support/kit';

const fb = mockIds.feedback;
const { due, draft, submitted } = fb.reviewers;
/** Every required question of the "Frontend take-home review" template, answered. */
const requiredAnswers = { 'q-fe-quality': 4, 'q-fe-overall': 8, 'q-fe-a11y': true, 'q-fe-level': 'Senior' };

/** Every request the mock server saw for this method and path suffix, as sent. */
function recordRequests(method: string, pathEnd: string) {
  const requests: Request[] = [];
  mswServer.events.on('request:start', ({ request }) => {
    if (request.method === method && new URL(request.url).pathname.endsWith(pathEnd)) requests.push(request.clone());
  });
  return requests;
}
/** Holds every request to this route at the server's door until the returned function is called. */
function holdRequests(method: 'put' | 'post', path: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Answering nothing passes the request on to the mock server's own handler (and its planned faults).
  mswServer.use(http[method](`${API_BASE_URL}${path}`, () => held));
  return release;
}
const bodyOf = async (request: Request) => ((await request.json()) as { answers: Record<string, unknown> }).answers;

// A whole scorecard clicked through in jsdom takes a few seconds on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

/**
 * A form unmounted at a test's end saves its last change on the way out, as it should in an app. Here that request
 * must land before the mock server resets for the next test, or the next test would find the draft in its fresh data.
 */
let requestsInFlight = 0;
mswServer.events.on('request:start', () => {
  requestsInFlight += 1;
});
mswServer.events.on('request:end', () => {
  requestsInFlight -= 1;
});
afterEach(async () => {
  cleanup();
  await waitFor(() => expect(requestsInFlight).toBe(0));
});

interface RenderOptions {
  assessmentId?: string;
  /** Who is signed in (a reviewer id), by default Maya Goldberg, who is due. */
  as?: string | null;
  autosaveDelayMs?: number;
  seed?: MockSeedOptions;
  /** Runs after the seed, before the first request (plan a fault). */
  before?: () => void;
}

function renderForm({ assessmentId = fb.open, as = due, autosaveDelayMs = 20, seed, before }: RenderOptions = {}) {
  const announced: Array<[string, Politeness]> = [];
  const onSubmitted = vi.fn();
  const ui = <AssessmentFeedbackForm assessmentId={assessmentId} autosaveDelayMs={autosaveDelayMs} onSubmitted={onSubmitted} />;
  mockServer.reset({ currentUserId: as, ...seed });
  before?.();
  const result = renderWithKit(ui, {
    provider: { onAnnounce: (message, politeness) => announced.push([message, politeness]) },
  });
  return { ...result, ui, announced, onSubmitted };
}

const question = (name: RegExp | string) => screen.getByRole('radiogroup', { name });
/** The form itself: the draft's state is also in the announcer's region, outside it. */
const onForm = () => within(screen.getByRole('region', { name: 'Your feedback' }));
const findForm = () => screen.findByRole('button', { name: 'Submit feedback' });

describe('AssessmentFeedbackForm: a reviewer gives feedback', () => {
  it('shows the result being judged: score, time taken, the report (new tab) and who else reviews it, with their states', async () => {
    renderForm();
    await findForm();
    const result = screen.getByRole('region', { name: 'Result' });
    expect(within(result).getByText(/^\d+\/100 · \d+%$/)).toBeInTheDocument();
    expect(within(result).getByText(/^\d+ h \d+ min$|^\d+ min$/)).toBeInTheDocument();
    const report = within(result).getByRole('link', { name: /^View report for .* \(opens in a new tab\)$/ });
    expect(report).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    expect(report).toHaveAttribute('rel', 'noopener noreferrer');
    const reviewers = within(result).getByRole('list', { name: 'Reviewers' });
    expect(within(reviewers).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Maya Goldberg (you)Due',
      'Tomás Herrera' + 'Draft saved',
      expect.stringMatching(/^Aisha BelloSubmittedSubmitted \d+ \w+$/),
    ]);
  });

  it('asks every question type, each labelled, required ones marked in words', async () => {
    renderForm();
    await findForm();
    const stars = question(/^Code quality and structure/);
    expect(stars).toHaveAttribute('aria-required', 'true');
    expect(within(stars).getByText('Required')).toBeVisible();
    expect(within(stars).getAllByRole('radio').map((radio) => radio.getAttribute('aria-label') ?? radio.closest('label')?.textContent)).toEqual([
      '1 star',
      '2 stars',
      '3 stars',
      '4 stars',
      '5 stars',
    ]);
    expect(within(question(/^Overall score/)).getAllByRole('radio')).toHaveLength(10);
    expect(within(question(/keyboard and screen-reader accessible/)).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(['Yes', 'No']);
    expect(within(question(/^Seniority signal/)).getAllByRole('radio')).toHaveLength(4);
    const areas = screen.getByRole('group', { name: 'Areas handled well' });
    expect(within(areas).getAllByRole('checkbox')).toHaveLength(5);
    expect(within(areas).queryByText('Required')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Strengths and concerns' })).not.toBeRequired();
  });

  it('submits after a confirmation, then shows the answers read-only and says so', async () => {
    const { user, announced, onSubmitted } = renderForm();
    await findForm();
    await user.click(within(question(/^Code quality/)).getByRole('radio', { name: '4 stars' }));
    expect(within(question(/^Code quality/)).getByText('4 of 5')).toBeVisible();
    await user.click(within(question(/^Overall score/)).getByRole('radio', { name: '8' }));
    await user.click(within(question(/keyboard and screen-reader/)).getByRole('radio', { name: 'Yes' }));
    await user.click(within(question(/^Seniority/)).getByRole('radio', { name: 'Senior' }));
    await user.click(screen.getByRole('checkbox', { name: 'Testing' }));
    await user.click(screen.getByRole('checkbox', { name: 'Accessibility' }));
    await user.type(screen.getByRole('textbox', { name: 'Strengths and concerns' }), 'Thoughtful tests.');

    await user.click(screen.getByRole('button', { name: 'Submit feedback' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Submit your feedback?' });
    expect(confirm).toHaveTextContent('You can’t change it after submitting.');
    await user.click(within(confirm).getByRole('button', { name: 'Submit feedback' }));

    const own = await screen.findByRole('region', { name: 'Your answers' });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit feedback' })).not.toBeInTheDocument();
    const answers = Object.fromEntries(
      within(own)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(answers).toEqual({
      'Code quality and structure': '4/54 out of 5',
      'Overall score': '8/108 out of 10',
      'Is the UI keyboard and screen-reader accessible?': 'Yes',
      'Seniority signal': 'Senior',
      'Areas handled well': 'Testing and Accessibility',
      'Strengths and concerns': 'Thoughtful tests.',
    });
    expect(within(own).getByText('Submitted 2 Nov')).toBeVisible();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Your feedback', level: 2 })).toHaveFocus());
    expect(announced).toContainEqual(['Feedback submitted.', 'polite']);
    expect(onSubmitted).toHaveBeenCalledWith(expect.objectContaining({ viewerReviewerId: due }));
    expect(screen.getByText('Waiting for 1 more reviewer.')).toBeVisible();
  });
});

/** Answers every required question by clicking, as a reviewer would. */
async function answerRequired(user: ReturnType<typeof renderWithKit>['user']) {
  await user.click(within(question(/^Code quality/)).getByRole('radio', { name: '4 stars' }));
  await user.click(within(question(/^Overall score/)).getByRole('radio', { name: '8' }));
  await user.click(within(question(/keyboard and screen-reader/)).getByRole('radio', { name: 'Yes' }));
  await user.click(within(question(/^Seniority/)).getByRole('radio', { name: 'Senior' }));
}

async function openConfirmation(user: ReturnType<typeof renderWithKit>['user']) {
  await user.click(screen.getByRole('button', { name: 'Submit feedback' }));
  return screen.findByRole('alertdialog', { name: 'Submit your feedback?' });
}

describe('AssessmentFeedbackForm: required answers', () => {
  it('won’t submit without them: each unanswered question says what it needs, focus goes to the first, nothing is sent', async () => {
    const submits = recordRequests('POST', `/assessments/${fb.open}/feedback`);
    const { user } = renderForm();
    await findForm();
    await user.click(within(question(/^Overall score/)).getByRole('radio', { name: '7' }));
    await user.click(screen.getByRole('button', { name: 'Submit feedback' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    const stars = question(/^Code quality/);
    expect(stars).toHaveAttribute('aria-invalid', 'true');
    expect(stars).toHaveAccessibleDescription('Choose 1 to 5 stars.');
    expect(within(stars).getByRole('radio', { name: '1 star' })).toHaveFocus();
    expect(question(/keyboard and screen-reader/)).toHaveAccessibleDescription('Answer yes or no.');
    expect(question(/^Seniority/)).toHaveAccessibleDescription('Choose one option.');
    expect(question(/^Overall score/)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group', { name: 'Areas handled well' })).not.toHaveAccessibleDescription();
    expect(submits).toHaveLength(0);

    // Answering takes the message away.
    await user.click(within(stars).getByRole('radio', { name: '3 stars' }));
    expect(stars).not.toHaveAttribute('aria-invalid');
    expect(stars).not.toHaveAccessibleDescription();
  });

  it('takes its words and messages from the text overrides', async () => {
    const { user } = renderWithKit(<AssessmentFeedbackForm assessmentId={fb.open} autosaveDelayMs={20} />, {
      seed: { currentUserId: due },
      provider: { text: { feedback: { questions: { required: 'Pflichtfrage' }, errors: { required: { stars: 'Bitte Sterne vergeben.' } } } } },
    });
    await findForm();
    expect(within(question(/^Code quality/)).getByText('Pflichtfrage')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Submit feedback' }));
    expect(await within(question(/^Code quality/)).findByText('Bitte Sterne vergeben.')).toBeVisible();
    // What the override leaves out keeps the default.
    expect(question(/^Seniority/)).toHaveAccessibleDescription('Choose one option.');
  });

  it('puts an answer the backend refuses on its question, and keeps every answer', async () => {
    const { user } = renderForm();
    await findForm();
    await answerRequired(user);
    mockServer.faults.failNext({ route: 'submitFeedback', status: 422, fieldErrors: { 'answers.q-fe-level': 'No longer an option.' } });
    await user.click(within(await openConfirmation(user)).getByRole('button', { name: 'Submit feedback' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    const level = question(/^Seniority/);
    expect(level).toHaveAccessibleDescription('This answer wasn’t accepted. Check it and try again.');
    await waitFor(() => expect(within(level).getByRole('radio', { name: 'Senior' })).toHaveFocus());
    expect(within(question(/^Code quality/)).getByRole('radio', { name: '4 stars' })).toBeChecked();
  });
});

describe('AssessmentFeedbackForm: drafts', () => {
  it('saves a draft as the reviewer goes, and a reload shows it again', async () => {
    const drafts = recordRequests('PUT', `/assessments/${fb.open}/feedback/draft`);
    const { user, unmount, ui } = renderForm();
    await findForm();
    await user.click(within(question(/^Code quality/)).getByRole('radio', { name: '5 stars' }));
    await user.click(screen.getByRole('checkbox', { name: 'Performance' }));
    await user.type(screen.getByRole('textbox', { name: 'Strengths and concerns' }), 'Clear README.');
    await waitFor(async () =>
      expect(await bodyOf(drafts.at(-1)!.clone())).toEqual({ 'q-fe-quality': 5, 'q-fe-areas': ['Performance'], 'q-fe-notes': 'Clear README.' }),
    );
    expect(await onForm().findByText('Draft saved at 09:00')).toBeVisible();

    unmount();
    // A new page: a new client and cache, the same server.
    renderWithKit(ui);
    await findForm();
    expect(within(question(/^Code quality/)).getByRole('radio', { name: '5 stars' })).toBeChecked();
    expect(within(question(/^Code quality/)).getByText('5 of 5')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Performance' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Testing' })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Strengths and concerns' })).toHaveValue('Clear README.');
    expect(onForm().getByText('Draft saved at 09:00')).toBeVisible();
    expect(within(screen.getByRole('list', { name: 'Reviewers' })).getByText('Maya Goldberg (you)').parentElement).toHaveTextContent('Draft saved');
  });

  it('loads a draft saved earlier', async () => {
    renderForm({ as: draft });
    await findForm();
    const saved = (await mockServer.mock.backend.getAssessmentFeedback(fb.open)).reviewers.find((r) => r.reviewerId === draft)!.answers!;
    expect(Object.keys(saved)).toEqual(['q-fe-quality', 'q-fe-overall', 'q-fe-a11y']);
    expect(within(question(/^Code quality/)).getByRole('radio', { name: saved['q-fe-quality'] === 1 ? '1 star' : `${String(saved['q-fe-quality'])} stars` })).toBeChecked();
    expect(within(question(/^Overall score/)).getByRole('radio', { name: String(saved['q-fe-overall']) })).toBeChecked();
    expect(within(question(/keyboard and screen-reader/)).getByRole('radio', { name: saved['q-fe-a11y'] ? 'Yes' : 'No' })).toBeChecked();
    expect(within(question(/^Seniority/)).getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
  });

  it('saves once after the reviewer pauses, not on every keystroke', async () => {
    const drafts = recordRequests('PUT', `/assessments/${fb.open}/feedback/draft`);
    const { user } = renderForm({ autosaveDelayMs: 1000 });
    await findForm();
    await user.type(screen.getByRole('textbox', { name: 'Strengths and concerns' }), 'Solid work');
    await onForm().findByText('Draft saved at 09:00', {}, { timeout: 3000 });
    expect(drafts).toHaveLength(1);
    expect(await bodyOf(drafts[0]!)).toEqual({ 'q-fe-notes': 'Solid work' });
  });

  it('keeps the answers when a save fails, says they are not saved, and saves them on retry', async () => {
    const { user, announced } = renderForm();
    await findForm();
    mockServer.faults.networkErrorNext({ route: 'saveFeedbackDraft' });
    await user.click(within(question(/^Code quality/)).getByRole('radio', { name: '2 stars' }));

    expect(await onForm().findByText(/^Draft not saved\. Your answers are kept here/)).toBeVisible();
    expect(within(question(/^Code quality/)).getByRole('radio', { name: '2 stars' })).toBeChecked();
    expect(announced).toContainEqual(['Your draft could not be saved. Your answers are kept.', 'polite']);

    await user.click(screen.getByRole('button', { name: 'Save now' }));
    // Save now goes away once saved: the status it leaves takes its focus, and says it there.
    const saved = await onForm().findByText('Draft saved at 09:00');
    expect(saved).toBeVisible();
    await waitFor(() => expect(saved).toHaveFocus());
    const own = (await mockServer.mock.backend.getAssessmentFeedback(fb.open)).reviewers.find((r) => r.reviewerId === due)!;
    expect(own).toMatchObject({ state: 'draft', answers: { 'q-fe-quality': 2 } });
  });

  it('brings back answers whose save failed when the form is opened again in the same page', async () => {
    const { user, unmount, ui, queryClient } = renderForm();
    await findForm();
    mockServer.faults.networkErrorNext({ route: 'saveFeedbackDraft' });
    await user.click(within(question(/^Overall score/)).getByRole('radio', { name: '3' }));
    await onForm().findByText(/^Draft not saved/);
    unmount();

    renderWithKit(ui, { provider: { queryClient } });
    await findForm();
    expect(within(question(/^Overall score/)).getByRole('radio', { name: '3' })).toBeChecked();
    expect(onForm().getByText(/^Draft not saved/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save now' }));
    expect(await onForm().findByText('Draft saved at 09:00')).toBeVisible();
  });

  it('asks before the page unloads while a change is unsaved', async () => {
    const { user } = renderForm();
    await findForm();
    mockServer.faults.networkErrorNext({ route: 'saveFeedbackDraft' });
    await user.click(within(question(/^Overall score/)).getByRole('radio', { name: '6' }));
    await onForm().findByText(/^Draft not saved/);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Save now' }));
    await onForm().findByText('Draft saved at 09:00');
    const later = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });

  it('retries a failed save when the browser is back online', async () => {
    const { user } = renderForm();
    await findForm();
    mockServer.faults.networkErrorNext({ route: 'saveFeedbackDraft' });
    await user.click(within(question(/^Overall score/)).getByRole('radio', { name: '9' }));
    await onForm().findByText(/^Draft not saved/);
    window.dispatchEvent(new Event('online'));
    expect(await onForm().findByText('Draft saved at 09:00')).toBeVisible();
  });
});

describe('AssessmentFeedbackForm: submitting once', () => {
  it('sends one request under a double click, and a retry after a failure sends the same Idempotency-Key', async () => {
    const submits = recordRequests('POST', `/assessments/${fb.open}/feedback`);
    const { user } = renderForm();
    await findForm();
    await answerRequired(user);
    const dialog = await openConfirmation(user);
    mockServer.faults.networkErrorNext({ route: 'submitFeedback' });
    // The answer takes a moment, so the second click lands while the first request is still under way.
    mockServer.setLatency(300);
    await user.dblClick(within(dialog).getByRole('button', { name: 'Submit feedback' }));

    expect(await within(dialog).findByText('Your feedback was not submitted.')).toBeVisible();
    expect(within(dialog).getByText(/couldn’t reach the server/)).toBeVisible();
    expect(submits).toHaveLength(1);

    await user.click(within(dialog).getByRole('button', { name: 'Submit feedback' }));
    await screen.findByRole('region', { name: 'Your answers' });
    expect(submits).toHaveLength(2);
    const [first, retry] = submits.map((request) => request.headers.get(IDEMPOTENCY_HEADER));
    expect(first).toBeTruthy();
    expect(retry).toBe(first);
    expect(await bodyOf(submits[1]!)).toEqual(requiredAnswers);
  });

  it('while it submits, the confirmation stays: Escape is held and says why once, Keep editing does nothing; a failure shows there, focus on the button that tries again', async () => {
    const { user, announced } = renderForm({ autosaveDelayMs: 60_000 });
    await findForm();
    await answerRequired(user);
    const dialog = await openConfirmation(user);
    const release = holdRequests('post', '/assessments/:assessmentId/feedback');
    mockServer.faults.networkErrorNext({ route: 'submitFeedback' });
    const confirm = within(dialog).getByRole('button', { name: 'Submit feedback' });
    await user.click(confirm);
    await waitFor(() => expect(confirm).toHaveAttribute('aria-busy', 'true'));

    await user.keyboard('{Escape}');
    await waitFor(() => expect(announced).toContainEqual(['Submitting your feedback…', 'polite']));
    await user.keyboard('{Escape}');
    expect(dialog).toBeInTheDocument();
    const keepEditing = within(dialog).getByRole('button', { name: 'Keep editing' });
    expect(keepEditing).toHaveAttribute('aria-disabled', 'true');
    expect(within(dialog).queryByRole('button', { name: /close/i })).not.toBeInTheDocument();
    await user.click(keepEditing);
    expect(dialog).toBeInTheDocument();

    release();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Your feedback was not submitted.');
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(announced.filter(([message]) => message === 'Submitting your feedback…')).toHaveLength(1);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
  });

  it('keeps the confirmation open with the reason when the session expired, and sends again from there', async () => {
    const submits = recordRequests('POST', `/assessments/${fb.open}/feedback`);
    const { user } = renderForm();
    await findForm();
    await answerRequired(user);
    const dialog = await openConfirmation(user);
    mockServer.faults.failNext({ route: 'submitFeedback', status: 401 });
    await user.click(within(dialog).getByRole('button', { name: 'Submit feedback' }));
    expect(await within(dialog).findByText('Your session has expired. Sign in again and retry.')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Submit feedback' }));
    await screen.findByRole('region', { name: 'Your answers' });
    expect(submits).toHaveLength(2);
  });

  it('lets the reviewer step back from the confirmation with their answers as they were', async () => {
    const submits = recordRequests('POST', `/assessments/${fb.open}/feedback`);
    const { user } = renderForm();
    await findForm();
    await answerRequired(user);
    await user.click(within(await openConfirmation(user)).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit feedback' })).toHaveFocus();
    expect(within(question(/^Seniority/)).getByRole('radio', { name: 'Senior' })).toBeChecked();
    expect(submits).toHaveLength(0);
  });
});

describe('AssessmentFeedbackForm: who may give feedback, and when', () => {
  it('is read-only for someone who is not a reviewer, showing the submitted answers', async () => {
    renderForm({ as: null });
    expect(await screen.findByRole('heading', { name: 'Reviewer feedback', level: 2 })).toBeVisible();
    expect(screen.getByText('You’re not a reviewer of this assessment')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Submit feedback' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    const answers = screen.getByRole('list', { name: 'Answers to “Seniority signal”' });
    expect(within(answers).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual(['Aisha Bello']);
  });

  it('hides the answers from someone who is not a reviewer when the backend says so', async () => {
    renderForm({ as: 'rev-5', seed: { showFeedbackToNonReviewers: false } });
    expect(await screen.findByText('Reviewers’ answers are visible to the reviewers only.')).toBeVisible();
    expect(screen.queryByRole('list', { name: /^Answers to/ })).not.toBeInTheDocument();
  });

  it('says feedback isn’t open before the candidate completed the assessment, and offers no form', async () => {
    renderForm({ assessmentId: fb.notCompleted });
    expect(await screen.findByText('Feedback isn’t open yet')).toBeVisible();
    expect(screen.getByText('Reviewers give feedback once the candidate has completed the assessment. Current status: In progress.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Submit feedback' })).not.toBeInTheDocument();
  });

  it('shows feedback already submitted read-only, and hides others’ answers until then', async () => {
    renderForm({ as: submitted });
    const own = await screen.findByRole('region', { name: 'Your answers' });
    expect(within(own).getAllByRole('term')).toHaveLength(6);
    expect(screen.queryByRole('button', { name: 'Submit feedback' })).not.toBeInTheDocument();
    expect(screen.getByText('Waiting for 2 more reviewers.')).toBeVisible();
  });

  it('says feedback submitted from elsewhere can’t change, and shows what was submitted', async () => {
    // No draft save in between: the submit is what finds out.
    const { user } = renderForm({ autosaveDelayMs: 60_000 });
    await findForm();
    await answerRequired(user);
    // The same reviewer submitted in another tab meanwhile.
    await mockServer.mock.backend.submitFeedback({ assessmentId: fb.open, answers: { ...requiredAnswers, 'q-fe-quality': 2 } }, { idempotencyKey: 'other-tab' });
    await user.click(within(await openConfirmation(user)).getByRole('button', { name: 'Submit feedback' }));

    expect(await screen.findByText('Your feedback was already submitted, so it can’t change. This is what was submitted.')).toBeVisible();
    const own = await screen.findByRole('region', { name: 'Your answers' });
    expect(within(own).getByText('Code quality and structure').nextElementSibling).toHaveTextContent('2/5');
  });

  it('shows what was submitted when a draft save finds the feedback already submitted elsewhere', async () => {
    const { user } = renderForm();
    await findForm();
    await mockServer.mock.backend.submitFeedback({ assessmentId: fb.open, answers: { ...requiredAnswers, 'q-fe-level': 'Staff' } }, { idempotencyKey: 'other-tab' });
    await user.click(within(question(/^Overall score/)).getByRole('radio', { name: '2' }));

    expect(await screen.findByText('Your feedback was already submitted, so it can’t change. This is what was submitted.')).toBeVisible();
    const own = await screen.findByRole('region', { name: 'Your answers' });
    expect(within(own).getByText('Seniority signal').nextElementSibling).toHaveTextContent('Staff');
  });

  it('keeps the answers when the backend refuses a reviewer who was removed meanwhile', async () => {
    const { user } = renderForm();
    await findForm();
    await answerRequired(user);
    mockServer.mock.signInAs('rev-5');
    await user.click(within(await openConfirmation(user)).getByRole('button', { name: 'Submit feedback' }));

    expect(await onForm().findByText(/^You’re no longer a reviewer of this assessment\./)).toBeVisible();
    expect(within(question(/^Seniority/)).getByRole('radio', { name: 'Senior' })).toBeChecked();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('tells a reviewer when one reviewer’s feedback already completed the review, and still takes theirs', async () => {
    renderForm({ assessmentId: fb.anyReviewer });
    expect(await screen.findByText(/^Feedback is already complete: one reviewer’s feedback is enough/)).toBeVisible();
    // The notice can paint before the form's own data: wait for the button rather than race it.
    expect(await screen.findByRole('button', { name: 'Submit feedback' })).toBeVisible();
  });
});

describe('AssessmentFeedbackForm: loading and errors', () => {
  it('shows loading, then an error with Retry that loads it', async () => {
    const { user } = renderForm({ before: () => mockServer.faults.failNext({ route: 'getAssessmentFeedback', status: 503 }) });
    expect(screen.getByRole('status')).toHaveTextContent('Loading feedback…');
    expect(await screen.findByText('The feedback could not be loaded.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await findForm()).toBeVisible();
  });
});

describe('AssessmentFeedbackForm: an unanswered question stays unanswered', () => {
  /** Tab from the first star through every one-choice question without choosing anything. */
  async function tabPastTheChoices(user: ReturnType<typeof renderWithKit>['user']) {
    within(question(/^Code quality/)).getByRole('radio', { name: '1 star' }).focus();
    for (const name of [/^Overall score/, /keyboard and screen-reader/, /^Seniority/]) {
      await user.tab();
      expect(question(name)).toContainElement(document.activeElement as HTMLElement);
    }
  }

  it('a draft carries only what was answered after Tabbing past stars, score, yes/no and a select, and it saves', async () => {
    const drafts = recordRequests('PUT', `/assessments/${fb.open}/feedback/draft`);
    const { user } = renderForm();
    await findForm();
    await tabPastTheChoices(user);
    // Past the five checkboxes to the text question.
    for (let box = 0; box < 6; box += 1) await user.tab();
    expect(screen.getByRole('textbox', { name: 'Strengths and concerns' })).toHaveFocus();
    await user.keyboard('Clear README.');
    // A save may land mid-word: wait for the one that holds the whole text, then check none carried anything else.
    await waitFor(async () => expect(await bodyOf(drafts.at(-1)!.clone())).toEqual({ 'q-fe-notes': 'Clear README.' }));
    expect(await onForm().findByText('Draft saved at 09:00')).toBeVisible();
    for (const request of drafts) expect(await bodyOf(request.clone())).toEqual({ 'q-fe-notes': expect.stringMatching(/^C/) });
    for (const name of [/^Code quality/, /^Overall score/, /keyboard and screen-reader/, /^Seniority/]) {
      expect(within(question(name)).getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
    }
  });

  it('a submit after Tabbing past unanswered questions says what each needs, in the kit’s words', async () => {
    const { user } = renderForm({ autosaveDelayMs: 60_000 });
    await findForm();
    await tabPastTheChoices(user);
    await user.click(screen.getByRole('button', { name: 'Submit feedback' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(question(/^Code quality/)).toHaveAccessibleDescription('Choose 1 to 5 stars.');
    expect(question(/^Overall score/)).toHaveAccessibleDescription('Choose a score from 1 to 10.');
    expect(question(/keyboard and screen-reader/)).toHaveAccessibleDescription('Answer yes or no.');
    expect(question(/^Seniority/)).toHaveAccessibleDescription('Choose one option.');
    expect(within(question(/^Code quality/)).getByRole('radio', { name: '1 star' })).toHaveFocus();
  });
});

describe('AssessmentFeedbackForm: the draft’s state is heard', () => {
  const failed = 'Your draft could not be saved. Your answers are kept.';
  const draftMessages = (announced: Array<[string, Politeness]>) => announced.filter(([message]) => /draft/i.test(message));

  it('says each state once as it changes, not per keystroke', async () => {
    const { user, announced } = renderForm({ autosaveDelayMs: 1000 });
    await findForm();
    await user.type(screen.getByRole('textbox', { name: 'Strengths and concerns' }), 'Solid work');
    await onForm().findByText('Draft saved at 09:00', {}, { timeout: 3000 });
    expect(draftMessages(announced)).toEqual([
      ['Saving draft…', 'polite'],
      ['Draft saved at 09:00', 'polite'],
    ]);
  });

  it('a retry that fails again is heard; Save now stays, busy, with focus, and once saved focus moves to what it says', async () => {
    const { user, announced } = renderForm();
    await findForm();
    mockServer.faults.networkErrorNext({ route: 'saveFeedbackDraft', times: 2 });
    await user.click(within(question(/^Code quality/)).getByRole('radio', { name: '2 stars' }));
    await onForm().findByText(/^Draft not saved\./);
    expect(draftMessages(announced)).toEqual([
      ['Saving draft…', 'polite'],
      [failed, 'polite'],
    ]);

    const release = holdRequests('put', '/assessments/:assessmentId/feedback/draft');
    const saveNow = screen.getByRole('button', { name: 'Save now' });
    await user.click(saveNow);
    expect(await onForm().findByText('Saving draft…')).toBeVisible();
    expect(saveNow).toBeInTheDocument();
    expect(saveNow).toHaveFocus();
    expect(saveNow).toHaveAttribute('aria-disabled', 'true');
    release();
    await waitFor(() => expect(draftMessages(announced).filter(([message]) => message === failed)).toHaveLength(2));
    expect(onForm().getByText(/^Draft not saved\./)).toBeVisible();
    expect(saveNow).toHaveFocus();
    expect(saveNow).not.toHaveAttribute('aria-disabled');

    await user.keyboard('{Enter}');
    const saved = await onForm().findByText('Draft saved at 09:00');
    await waitFor(() => expect(saved).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Save now' })).not.toBeInTheDocument();
    // Heard where focus lands, so not announced as well.
    expect(draftMessages(announced).map(([message]) => message)).toEqual(['Saving draft…', failed, 'Saving draft…', failed, 'Saving draft…']);
  });
});

describe('AssessmentFeedbackForm: a refusal is never lost', () => {
  it('a refused submit closes the confirmation and puts focus on the notice that says why', async () => {
    const { user } = renderForm({ autosaveDelayMs: 60_000 });
    await findForm();
    await answerRequired(user);
    mockServer.mock.signInAs('rev-5');
    await user.click(within(await openConfirmation(user)).getByRole('button', { name: 'Submit feedback' }));
    const notice = await onForm().findByText(/^You’re no longer a reviewer of this assessment\./);
    await waitFor(() => expect(document.activeElement).toContainElement(notice));
  });

  it('feedback submitted elsewhere: focus goes to the notice above what was submitted', async () => {
    const { user } = renderForm({ autosaveDelayMs: 60_000 });
    await findForm();
    await answerRequired(user);
    await mockServer.mock.backend.submitFeedback({ assessmentId: fb.open, answers: requiredAnswers }, { idempotencyKey: 'other-tab' });
    await user.click(within(await openConfirmation(user)).getByRole('button', { name: 'Submit feedback' }));
    await screen.findByRole('region', { name: 'Your answers' });
    const notice = onForm().getByText(/^Your feedback was already submitted/);
    await waitFor(() => expect(document.activeElement).toContainElement(notice));
  });

  it('a refused draft save says why, and focus stays where the reviewer is', async () => {
    const { user, announced } = renderForm();
    await findForm();
    mockServer.mock.signInAs('rev-5');
    const seven = within(question(/^Overall score/)).getByRole('radio', { name: '7' });
    await user.click(seven);
    const why = 'You’re no longer a reviewer of this assessment. Your answers are kept below, but can’t be submitted.';
    await waitFor(() => expect(announced).toContainEqual([why, 'assertive']));
    expect(onForm().getByText(why)).toBeVisible();
    expect(seven).toHaveFocus();
  });
});

describe('AssessmentFeedbackForm: nothing typed is dropped unseen', () => {
  it('text over the limit says so as it is typed, not only on submit, and the draft says it is not saved', async () => {
    const { user } = renderForm();
    await findForm();
    const notes = screen.getByRole('textbox', { name: 'Strengths and concerns' });
    await user.click(notes);
    await user.paste('x'.repeat(5001));
    await waitFor(() => expect(notes).toHaveAccessibleDescription('Keep it under 5,000 characters.'));
    expect(notes).toHaveAttribute('aria-invalid', 'true');
    expect(await onForm().findByText(/^Draft not saved\./)).toBeVisible();
    await user.keyboard('{Backspace}');
    await waitFor(() => expect(notes).not.toHaveAttribute('aria-invalid'));
    expect(await onForm().findByText('Draft saved at 09:00')).toBeVisible();
  });
});
