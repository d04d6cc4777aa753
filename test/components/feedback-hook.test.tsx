/**
 * The headless reviewer form (`useAssessmentFeedbackForm`) and the feedback data hooks, driven directly: the rules
 * of drafts (when a save happens, what a failure keeps, what a remount restores) and of the submit, on the in-memory
 * backend with a network that can fail on request. The user-level tests (feedback-form.test.tsx) cover the same
 * through the UI and the HTTP adapter; these are the fast, exact ones.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssessmentBackendError } from '../../src/backend/errors';
import type { AssessmentBackend, FeedbackInput, WriteOptions } from '../../src/backend/types';
import { useFeedbackFlow } from '../../src/components/feedback/useFeedbackFlow';
import { feedbackText } from '../../src/components/feedback/text';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import { useSaveFeedbackDraft } from '../../src/data/hooks/use-feedback';
import { assessmentKeys } from '../../src/data/query-keys';
import { candidateAssessmentsQueryOptions } from '../../src/data/query-options';
import type { Assessment, AssessmentFeedback } from '../../src/domain';
import { createMockBackend, MOCK_NOW, mockIds, type MockSeedOptions } from '../../src/mock';

const fb = mockIds.feedback;
const { due, draft, submitted } = fb.reviewers;
const required = { q0: '4', q1: '8', q2: 'yes', q3: 'Senior' };
const requiredAnswers = { 'q-fe-quality': 4, 'q-fe-overall': 8, 'q-fe-a11y': true, 'q-fe-level': 'Senior' };
const networkError = () => new AssessmentBackendError('network', 'offline');

type Write = { operation: 'draft' | 'submit'; answers: FeedbackInput['answers']; key: string };

interface SetupOptions {
  as?: string | null;
  assessmentId?: string;
  seed?: MockSeedOptions;
  autosaveDelayMs?: number;
  queryClient?: QueryClient;
  /** The provider's cache scope: the same one for a remount inside the same provider. */
  scope?: string;
  onSubmitted?: (feedback: AssessmentFeedback) => void;
}

/** The in-memory backend behind a network that fails when told to (a queue of errors per write, or a hold). */
function createNetwork(as: string | null, seed: MockSeedOptions = {}) {
  const mock = createMockBackend({ currentUserId: as, ...seed });
  const fail = { draft: [] as Error[], submit: [] as Error[], read: [] as Error[] };
  const writes: Write[] = [];
  /** Every feedback read, by assessment id. */
  const reads: string[] = [];
  let hold: Promise<void> | null = null;
  const write = async (operation: Write['operation'], input: FeedbackInput, options: WriteOptions) => {
    writes.push({ operation, answers: input.answers, key: options.idempotencyKey });
    if (hold) await hold;
    const error = fail[operation].shift();
    if (error) throw error;
    return operation === 'draft' ? mock.backend.saveFeedbackDraft(input, options) : mock.backend.submitFeedback(input, options);
  };
  const backend: AssessmentBackend = {
    ...mock.backend,
    getAssessmentFeedback: (id, options) => {
      reads.push(id);
      const error = fail.read.shift();
      return error ? Promise.reject(error) : mock.backend.getAssessmentFeedback(id, options);
    },
    saveFeedbackDraft: (input, options) => write('draft', input, options),
    submitFeedback: (input, options) => write('submit', input, options),
  };
  /** Holds every write until the returned function is called. */
  const holdWrites = () => {
    let release!: () => void;
    hold = new Promise((resolve) => (release = resolve));
    return () => {
      hold = null;
      release();
    };
  };
  return { mock, backend, fail, writes, reads, holdWrites };
}

function setup({ as = due, assessmentId = fb.open, seed, autosaveDelayMs = 0, queryClient, scope, onSubmitted }: SetupOptions = {}, network = createNetwork(as, seed)) {
  const client = queryClient ?? createKitQueryClient({ retry: false });
  const announced: string[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AssessmentKitProvider backend={network.backend} queryClient={client} scope={scope} locale="en-GB" now={() => new Date(MOCK_NOW)} onAnnounce={(message) => announced.push(message)}>
      {children}
    </AssessmentKitProvider>
  );
  const hook = renderHook(() => useFeedbackFlow({ assessmentId, autosaveDelayMs, onSubmitted }), { wrapper });
  return { ...hook, ...network, network, announced, queryClient: client };
}

type Hook = ReturnType<typeof setup>['result'];
const filled = (result: Hook) => waitFor(() => expect(result.current.filled).toBe(true));
const change = (result: Hook, values: Record<string, string | string[] | undefined>) =>
  act(() => {
    for (const [name, value] of Object.entries(values)) result.current.form.setValue(name, value);
  });
const ownState = async (mock: ReturnType<typeof createMockBackend>, reviewerId: string = due) =>
  (await mock.backend.getAssessmentFeedback(fb.open)).reviewers.find((r) => r.reviewerId === reviewerId)!;

afterEach(() => vi.restoreAllMocks());

describe('useAssessmentFeedbackForm: what the reviewer sees', () => {
  it('loads, then offers the form to a reviewer whose feedback is due, one field per question in order', async () => {
    const { result } = setup();
    expect(result.current.view).toBe('loading');
    await filled(result);
    expect(result.current.view).toBe('form');
    expect(result.current.own).toMatchObject({ reviewerId: due, state: 'due' });
    expect(result.current.fields.map((f) => [f.name, f.question.id])).toEqual([
      ['q0', 'q-fe-quality'],
      ['q1', 'q-fe-overall'],
      ['q2', 'q-fe-a11y'],
      ['q3', 'q-fe-level'],
      ['q4', 'q-fe-areas'],
      ['q5', 'q-fe-notes'],
    ]);
    // Unanswered choices are their own value, not '' (nor 'no', 0 or null).
    expect(result.current.form.getValues()).toStrictEqual({ q0: undefined, q1: undefined, q2: undefined, q3: undefined, q4: [], q5: '' });
    expect(result.current.draft).toEqual({ state: 'idle' });
  });

  it.each([
    ['not_open', { assessmentId: fb.notCompleted }],
    ['not_reviewer', { as: null }],
    ['not_reviewer', { as: 'rev-5' }],
    ['submitted', { as: submitted }],
  ] as const)('shows %s where the reviewer can’t give feedback now', async (view, options) => {
    const { result } = setup(options);
    await waitFor(() => expect(result.current.view).toBe(view));
    expect(result.current.filled).toBe(false);
  });

  it('shows an error when the feedback can’t load, and the form once a retry loads it', async () => {
    const network = createNetwork(due);
    network.fail.read.push(new AssessmentBackendError('server', 'down'));
    const { result } = setup({}, network);
    await waitFor(() => expect(result.current.view).toBe('error'));
    expect(result.current.error).toBeInstanceOf(AssessmentBackendError);
    act(() => result.current.retry());
    await filled(result);
  });

  it('fills the form from the reviewer’s saved draft, and says when it was saved', async () => {
    const { result, mock } = setup({ as: draft });
    await filled(result);
    const saved = await ownState(mock, draft);
    const values = result.current.form.getValues();
    expect(values.q0).toBe(String(saved.answers!['q-fe-quality']));
    expect(values.q1).toBe(String(saved.answers!['q-fe-overall']));
    expect(values.q2).toBe(saved.answers!['q-fe-a11y'] ? 'yes' : 'no');
    expect([values.q3, values.q4, values.q5]).toStrictEqual([undefined, [], '']);
    expect(result.current.draft).toEqual({ state: 'saved', at: saved.updatedAt });

    // Their next save says when, from their own entry (not the first reviewer's, who has none).
    await change(result, { q3: 'Junior' });
    await waitFor(() => expect(result.current.draft).toEqual({ state: 'saved', at: MOCK_NOW }));
  });
});

describe('useAssessmentFeedbackForm: drafts', () => {
  it('saves a change after the pause, several changes as one, and nothing when nothing changed', async () => {
    const { result, writes, mock, announced } = setup({ autosaveDelayMs: 30 });
    await filled(result);
    await change(result, { q0: '3', q4: ['Testing'], q5: 'Neat.' });
    await waitFor(() => expect(result.current.draft.state).toBe('saved'));
    expect(writes).toEqual([{ operation: 'draft', answers: { 'q-fe-quality': 3, 'q-fe-areas': ['Testing'], 'q-fe-notes': 'Neat.' }, key: expect.any(String) }]);
    expect(await ownState(mock)).toMatchObject({ state: 'draft', answers: { 'q-fe-quality': 3, 'q-fe-areas': ['Testing'], 'q-fe-notes': 'Neat.' } });
    expect(result.current.draft).toEqual({ state: 'saved', at: MOCK_NOW });

    // The same answers again (a value set back as it was): no request, and still saved.
    await change(result, { q0: '3' });
    await act(() => result.current.saveNow());
    expect(writes).toHaveLength(1);
    expect(result.current.draft).toEqual({ state: 'saved', at: MOCK_NOW });
    // One save, said once as it starts and once as it ends; the change that saved nothing said nothing.
    expect(announced).toEqual([feedbackText.draft.saving, feedbackText.draft.saved('09:00')]);
  });

  it('leaves out of the draft whatever is not an answer: null from a host’s own radio group, stray text', async () => {
    const { result, writes } = setup({ autosaveDelayMs: 60_000 });
    await filled(result);
    // A host rendering its own fields with react-hook-form's register gets null for a radio group Tabbed past.
    act(() => {
      for (const name of ['q0', 'q2', 'q3']) result.current.form.setValue(name, null as never);
      result.current.form.setValue('q1', 'seven');
      result.current.form.setValue('q5', 'Kept.');
    });
    await act(() => result.current.saveNow());
    expect(writes).toEqual([{ operation: 'draft', answers: { 'q-fe-notes': 'Kept.' }, key: expect.any(String) }]);
    expect(result.current.draft.state).toBe('saved');
  });

  it('doesn’t save the answers the backend already holds', async () => {
    const { result, writes, mock } = setup({ as: draft });
    await filled(result);
    const saved = await ownState(mock, draft);
    await change(result, { q0: String(saved.answers!['q-fe-quality']) });
    await act(() => result.current.saveNow());
    expect(writes).toEqual([]);
  });

  it('keeps the answers when a save fails, says so each time, and saves them on retry', async () => {
    const network = createNetwork(due);
    network.fail.draft.push(networkError(), networkError());
    const { result, writes, announced, mock } = setup({}, network);
    await filled(result);
    await change(result, { q1: '5' });
    await waitFor(() => expect(result.current.draft.state).toBe('failed'));
    expect(result.current.form.getValues('q1')).toBe('5');
    expect(announced).toEqual([feedbackText.draft.saving, feedbackText.draft.failedAnnouncement]);
    // A retry that fails again is heard again.
    await act(() => result.current.saveNow());
    expect(result.current.draft.state).toBe('failed');
    expect(announced.filter((m) => m === feedbackText.draft.failedAnnouncement)).toHaveLength(2);

    await act(() => result.current.saveNow());
    expect(result.current.draft).toEqual({ state: 'saved', at: MOCK_NOW });
    expect(announced.at(-1)).toBe(feedbackText.draft.saved('09:00'));
    // One intent, retried: one key.
    expect(new Set(writes.map((w) => w.key)).size).toBe(1);
    expect((await ownState(mock)).answers).toEqual({ 'q-fe-overall': 5 });
  });

  it('after a failure, answers put back as saved need no save', async () => {
    const network = createNetwork(draft);
    network.fail.draft.push(networkError());
    const { result, writes, mock } = setup({ as: draft }, network);
    await filled(result);
    const before = result.current.form.getValues('q0');
    await change(result, { q0: before === '1' ? '2' : '1' });
    await waitFor(() => expect(result.current.draft.state).toBe('failed'));
    await change(result, { q0: before });
    await act(() => result.current.saveNow());
    expect(result.current.draft).toEqual({ state: 'idle' });
    expect(writes).toHaveLength(1);
    expect((await ownState(mock, draft)).state).toBe('draft');
  });

  it('retries a failed save when the browser is back online, and does nothing online otherwise', async () => {
    const network = createNetwork(due);
    network.fail.draft.push(networkError());
    const { result, writes } = setup({}, network);
    await filled(result);
    act(() => window.dispatchEvent(new Event('online')));
    expect(writes).toHaveLength(0);
    await change(result, { q1: '6' });
    await waitFor(() => expect(result.current.draft.state).toBe('failed'));
    act(() => window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(result.current.draft.state).toBe('saved'));
    expect(writes).toHaveLength(2);
  });

  it('asks before unloading while a change waits, is saving or failed; not once saved', async () => {
    const network = createNetwork(due);
    const { result, holdWrites } = setup({ autosaveDelayMs: 60_000 }, network);
    await filled(result);
    const unloadPrevented = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unloadPrevented()).toBe(false);
    await change(result, { q0: '2' });
    expect(unloadPrevented()).toBe(true);

    const release = holdWrites();
    let saving!: Promise<void>;
    act(() => {
      saving = result.current.saveNow();
    });
    expect(result.current.draft.state).toBe('saving');
    expect(unloadPrevented()).toBe(true);
    release();
    await act(() => saving);
    expect(result.current.draft.state).toBe('saved');
    expect(unloadPrevented()).toBe(false);

    network.fail.draft.push(networkError());
    await change(result, { q0: '3' });
    await act(() => result.current.saveNow());
    expect(result.current.draft.state).toBe('failed');
    expect(unloadPrevented()).toBe(true);
  });

  it('saves a change still waiting when the form goes away, and nothing when there is none', async () => {
    const first = setup({ autosaveDelayMs: 60_000 });
    await filled(first.result);
    first.unmount();
    expect(first.writes).toEqual([]);

    const second = setup({ autosaveDelayMs: 60_000 });
    await filled(second.result);
    await change(second.result, { q3: 'Staff' });
    second.unmount();
    await waitFor(() => expect(second.writes).toEqual([{ operation: 'draft', answers: { 'q-fe-level': 'Staff' }, key: expect.any(String) }]));
  });

  it('on a remount, waits for a save still under way, then shows what it saved', async () => {
    const network = createNetwork(due);
    // The form unmounts and mounts again inside the same provider (same client, same scope).
    const first = setup({ autosaveDelayMs: 60_000, scope: 'page' }, network);
    await filled(first.result);
    await change(first.result, { q1: '9' });
    const release = network.holdWrites();
    first.unmount();

    const second = setup({ autosaveDelayMs: 60_000, queryClient: first.queryClient, scope: 'page' }, network);
    await waitFor(() => expect(second.result.current.view).toBe('form'));
    expect(second.result.current.filled).toBe(false);
    release();
    await filled(second.result);
    expect(second.result.current.form.getValues('q1')).toBe('9');
    expect(second.result.current.draft.state).toBe('saved');
  });

  it('on a remount in the same page, brings back answers whose save failed', async () => {
    const network = createNetwork(due);
    network.fail.draft.push(networkError());
    const first = setup({}, network);
    await filled(first.result);
    await change(first.result, { q2: 'no' });
    await waitFor(() => expect(first.result.current.draft.state).toBe('failed'));
    first.unmount();

    const second = setup({ queryClient: first.queryClient }, network);
    await filled(second.result);
    expect(second.result.current.form.getValues('q2')).toBe('no');
    expect(second.result.current.draft.state).toBe('failed');
    await act(() => second.result.current.saveNow());
    expect(second.result.current.draft.state).toBe('saved');
  });

  it('says why when the backend refuses a draft, and a later failure of another kind clears it', async () => {
    const network = createNetwork(due);
    network.fail.draft.push(new AssessmentBackendError('forbidden', 'no'), networkError());
    const { result } = setup({}, network);
    await filled(result);
    await change(result, { q1: '2' });
    await waitFor(() => expect(result.current.refusal).toBe('forbidden'));
    await act(() => result.current.saveNow());
    expect(result.current.refusal).toBeNull();
  });

  it('on a remount, shows the saved answers when a failed save was followed by one that worked', async () => {
    const network = createNetwork(due);
    network.fail.draft.push(networkError());
    const first = setup({}, network);
    await filled(first.result);
    await change(first.result, { q1: '2' });
    await waitFor(() => expect(first.result.current.draft.state).toBe('failed'));
    await change(first.result, { q1: '7' });
    await waitFor(() => expect(first.result.current.draft.state).toBe('saved'));
    first.unmount();

    const second = setup({ queryClient: first.queryClient }, network);
    await filled(second.result);
    expect(second.result.current.form.getValues('q1')).toBe('7');
    expect(second.result.current.draft.state).toBe('saved');
  });

  it('stops listening when the form goes away: leaving the page asks nothing more', async () => {
    const network = createNetwork(due);
    network.fail.draft.push(networkError());
    const { result, unmount, writes } = setup({}, network);
    await filled(result);
    await change(result, { q1: '4' });
    await waitFor(() => expect(result.current.draft.state).toBe('failed'));
    unmount();
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    window.dispatchEvent(new Event('online'));
    expect(writes).toHaveLength(1);
  });

  it('runs a submit after a draft save still under way, never beside it', async () => {
    const network = createNetwork(due);
    const { result, writes, holdWrites, queryClient } = setup({ autosaveDelayMs: 60_000 }, network);
    await filled(result);
    await change(result, required);
    const release = holdWrites();
    let saving!: Promise<void>;
    let submitting!: Promise<void>;
    act(() => {
      saving = result.current.saveNow();
      submitting = result.current.confirmSubmit();
    });
    // The submit is queued behind the save (the mutation cache holds it paused), and has not been sent.
    await waitFor(() => expect(queryClient.getMutationCache().findAll({ predicate: (mutation) => mutation.state.isPaused })).toHaveLength(1));
    expect(writes.map((w) => w.operation)).toEqual(['draft']);
    release();
    await act(() => Promise.all([saving, submitting]));
    expect(writes.map((w) => w.operation)).toEqual(['draft', 'submit']);
  });

  it('keeps the candidate’s cached list in step with the answer of a write, unless the list holds a newer revision', async () => {
    const { result, queryClient, mock } = setup();
    await filled(result);
    const scope = 'k';
    const listKey = assessmentKeys.assessments(scope, fb.candidate);
    // The list as another view loaded it (under this test's own scope, so the hook below writes where we read).
    const context = { backend: mock.backend, scope };
    await queryClient.fetchQuery(candidateAssessmentsQueryOptions(context, fb.candidate));
    const save = renderHook(() => useSaveFeedbackDraft(fb.open), {
      wrapper: ({ children }) => (
        <AssessmentKitProvider backend={mock.backend} queryClient={queryClient} scope={scope}>
          {children}
        </AssessmentKitProvider>
      ),
    });
    await act(() => save.result.current.mutateAsync({ 'q-fe-quality': 1 }));
    const list = queryClient.getQueryData<Assessment[]>(listKey)!;
    expect(list.find((a) => a.id === fb.open)!.feedback.find((f) => f.reviewerId === due)?.state).toBe('draft');
    expect(list.find((a) => a.id === fb.allSubmitted)).toEqual((await mock.backend.listCandidateAssessments(fb.candidate)).find((a) => a.id === fb.allSubmitted));

    // A newer copy (a push that overtook the answer) stays.
    queryClient.setQueryData<Assessment[]>(listKey, (items) => items!.map((a) => (a.id === fb.open ? { ...a, revision: 999 } : a)));
    await act(() => save.result.current.mutateAsync({ 'q-fe-quality': 2 }));
    expect(queryClient.getQueryData<Assessment[]>(listKey)!.find((a) => a.id === fb.open)!.revision).toBe(999);
    expect(queryClient.getQueryData<AssessmentFeedback>(assessmentKeys.feedback(scope, fb.open))!.reviewers.find((r) => r.reviewerId === due)!.answers).toEqual({
      'q-fe-quality': 2,
    });
    // No list cached for a candidate: none is made up.
    expect(queryClient.getQueryData(assessmentKeys.assessments('other', fb.candidate))).toBeUndefined();
  });
});

describe('useAssessmentFeedbackForm: submitting', () => {
  it('asks for confirmation only when every required question is answered', async () => {
    const { result, writes } = setup({ autosaveDelayMs: 60_000 });
    await filled(result);
    await act(() => result.current.requestSubmit());
    expect(result.current.confirmOpen).toBe(false);
    expect(['q0', 'q1', 'q2', 'q3', 'q4', 'q5'].map((name) => result.current.form.getFieldState(name).invalid)).toEqual([true, true, true, true, false, false]);
    expect(result.current.form.getFieldState('q0').error?.message).toBe(feedbackText.errors.required.stars);
    expect(result.current.form.getFieldState('q2').error?.message).toBe(feedbackText.errors.required.yes_no);

    await change(result, required);
    await act(() => result.current.requestSubmit());
    expect(result.current.confirmOpen).toBe(true);
    expect(writes).toEqual([]);
  });

  it('refuses a text answer over the length limit', async () => {
    const { result } = setup({ autosaveDelayMs: 60_000 });
    await filled(result);
    await change(result, { ...required, q5: 'x'.repeat(5001) });
    await act(() => result.current.requestSubmit());
    expect(result.current.confirmOpen).toBe(false);
    expect(result.current.form.getFieldState('q5').error?.message).toBe(feedbackText.errors.textTooLong(5000));
  });

  it('submits once, says so, hands the result over and stops saving drafts', async () => {
    const onSubmitted = vi.fn();
    const { result, writes, announced } = setup({ autosaveDelayMs: 60_000, onSubmitted });
    await filled(result);
    await change(result, required);
    await act(() => result.current.requestSubmit());
    await act(async () => {
      await Promise.all([result.current.confirmSubmit(), result.current.confirmSubmit()]);
    });
    expect(writes.filter((w) => w.operation === 'submit')).toEqual([{ operation: 'submit', answers: requiredAnswers, key: expect.any(String) }]);
    expect(onSubmitted).toHaveBeenCalledWith(expect.objectContaining({ viewerReviewerId: due }));
    expect(announced).toContain(feedbackText.submit.done);
    expect(result.current.confirmOpen).toBe(false);
    await waitFor(() => expect(result.current.view).toBe('submitted'));
    // Focus stays where the view puts it.
    expect(result.current.takeFocusAfterClose()).toBe(true);
    expect(result.current.takeFocusAfterClose()).toBe(false);
    await change(result, { q5: 'later' });
    await act(() => result.current.saveNow());
    expect(writes.filter((w) => w.operation === 'draft')).toEqual([]);
  });

  it('keeps the confirmation open after a network failure and retries with the same key; autosave goes on meanwhile', async () => {
    const network = createNetwork(due);
    network.fail.submit.push(networkError());
    const { result, writes } = setup({ autosaveDelayMs: 60_000 }, network);
    await filled(result);
    await change(result, required);
    await act(() => result.current.requestSubmit());
    await act(() => result.current.confirmSubmit());
    expect(result.current.confirmOpen).toBe(true);
    await waitFor(() => expect(result.current.submitError).toBeInstanceOf(AssessmentBackendError));
    expect(result.current.refusal).toBeNull();
    await change(result, { q5: 'typed meanwhile' });
    await act(() => result.current.saveNow());
    expect(writes.map((w) => w.operation)).toEqual(['submit', 'draft']);

    await change(result, { q5: '' });
    await act(() => result.current.confirmSubmit());
    const submits = writes.filter((w) => w.operation === 'submit');
    expect(submits).toHaveLength(2);
    expect(submits[1]!.key).toBe(submits[0]!.key);
  });

  it('puts answers the backend rejects on their questions, closes the confirmation, and focuses the first', async () => {
    const network = createNetwork(due);
    network.fail.submit.push(
      new AssessmentBackendError('validation', 'bad', { fieldErrors: { 'answers.q-fe-level': 'gone', 'answers.q-fe-overall': 'bad', 'answers.q-nope': 'x' } }),
    );
    const { result, writes } = setup({ autosaveDelayMs: 60_000 }, network);
    await filled(result);
    const question = document.body.appendChild(document.createElement('fieldset'));
    question.innerHTML = '<input type="radio" name="a" value="1"><input type="radio" name="a" value="2" checked>';
    const other = document.createElement('div');
    act(() => {
      result.current.questionRef('q1')(question);
      result.current.questionRef('q3')(other);
    });
    await change(result, required);
    await act(() => result.current.requestSubmit());
    await act(() => result.current.confirmSubmit());

    expect(result.current.confirmOpen).toBe(false);
    expect(result.current.submitError).toBeNull();
    expect(result.current.form.getFieldState('q1').error?.message).toBe(feedbackText.errors.invalid);
    expect(result.current.form.getFieldState('q3').error?.message).toBe(feedbackText.errors.invalid);
    expect(result.current.form.getFieldState('q0').error).toBeUndefined();
    expect(result.current.takeFocusAfterClose()).toBe(true);
    expect(document.activeElement).toBe(question.querySelector('input:checked'));

    // The backend's answer settled that intent: the next submit is a new one, with a new key.
    await act(() => result.current.confirmSubmit());
    const [first, second] = writes.filter((w) => w.operation === 'submit');
    expect(second!.key).not.toBe(first!.key);
    act(() => result.current.questionRef('q1')(null));
    question.remove();
  });

  it('focuses a question’s first control when none is chosen', async () => {
    const network = createNetwork(due);
    network.fail.submit.push(new AssessmentBackendError('validation', 'bad', { fieldErrors: { 'answers.q-fe-notes': 'too long' } }));
    const { result } = setup({ autosaveDelayMs: 60_000 }, network);
    await filled(result);
    const question = document.body.appendChild(document.createElement('div'));
    question.innerHTML = '<textarea></textarea>';
    act(() => result.current.questionRef('q5')(question));
    await change(result, required);
    await act(() => result.current.requestSubmit());
    await act(() => result.current.confirmSubmit());
    result.current.takeFocusAfterClose();
    expect(document.activeElement).toBe(question.querySelector('textarea'));
    question.remove();
  });

  it.each([
    ['feedback_submitted', new AssessmentBackendError('conflict', 'x', { reason: 'feedback_submitted' }), 'submitted'],
    ['feedback_not_open', new AssessmentBackendError('conflict', 'x', { reason: 'feedback_not_open' }), 'form'],
    ['forbidden', new AssessmentBackendError('forbidden', 'x'), 'form'],
  ] as const)('says why when the backend refuses the submit (%s), and shows what it knows', async (refusal, error, view) => {
    const network = createNetwork(due);
    network.fail.submit.push(error);
    if (refusal === 'feedback_submitted') {
      await network.mock.backend.submitFeedback({ assessmentId: fb.open, answers: requiredAnswers }, { idempotencyKey: 'elsewhere' });
    }
    const { result } = setup({ autosaveDelayMs: 60_000 }, network);
    await waitFor(() => expect(result.current.view).not.toBe('loading'));
    if (refusal !== 'feedback_submitted') {
      await filled(result);
      await change(result, required);
    }
    await act(() => result.current.confirmSubmit());
    expect(result.current.refusal).toBe(refusal);
    expect(result.current.confirmOpen).toBe(false);
    await waitFor(() => expect(result.current.view).toBe(view));
  });

  it('keeps the form, with the answers, when the backend no longer takes the user as a reviewer', async () => {
    const network = createNetwork(due);
    const { result, reads } = setup({ autosaveDelayMs: 60_000 }, network);
    await filled(result);
    await change(result, required);
    network.mock.signInAs('rev-5');
    const readsBefore = reads.length;
    await act(() => result.current.confirmSubmit());
    // The refusal is handled; a refetch would have started with it (and shown a read-only view).
    expect(result.current.refusal).toBe('forbidden');
    expect(reads).toHaveLength(readsBefore);
    expect(result.current.retrying).toBe(false);
    expect(result.current.view).toBe('form');
    expect(result.current.form.getValues('q3')).toBe('Senior');
  });

  it('shows what was submitted elsewhere when the submit finds it', async () => {
    const network = createNetwork(due);
    const { result } = setup({ autosaveDelayMs: 60_000 }, network);
    await filled(result);
    await network.mock.backend.submitFeedback({ assessmentId: fb.open, answers: requiredAnswers }, { idempotencyKey: 'elsewhere' });
    await change(result, required);
    await act(() => result.current.confirmSubmit());
    expect(result.current.refusal).toBe('feedback_submitted');
    await waitFor(() => expect(result.current.view).toBe('submitted'));
    expect(result.current.own?.answers).toEqual(requiredAnswers);
  });
});
