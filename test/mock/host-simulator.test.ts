import { describe, expect, it, vi } from 'vitest';
import { assessmentSchema, type SendAssessmentActivity } from '../../src/domain';
import { createMockBackend, mockIds } from '../../src/mock';

const JOB = mockIds.jobWithoutAssessmentActivity;
const STAGE = 'stage-data-technical';
/** A candidate of the data job (cand-23 onwards apply to it). */
const CANDIDATE = 'cand-24';

const activity = (overrides: Partial<SendAssessmentActivity> = {}): SendAssessmentActivity => ({
  id: 'act-data-skillforge',
  type: 'send_assessment',
  providerId: mockIds.connectedProvider,
  testId: mockIds.skillForgeTest,
  testTitle: '',
  testArchived: false,
  reviewerIds: ['rev-5', 'rev-11'],
  scorecard: { kind: 'template', templateId: 'tpl-data-pipeline' },
  feedbackFrom: 'every_reviewer',
  autoSend: false,
  ...overrides,
});

/** Puts the activity under the technical stage, through the kit's own save. */
async function planWith(mock: ReturnType<typeof createMockBackend>, ...activities: SendAssessmentActivity[]) {
  const plan = await mock.backend.getInterviewPlan(JOB);
  const stages = plan.stages.map((s) => (s.id === STAGE ? { ...s, activities: [...s.activities, ...activities] } : s));
  await mock.backend.saveInterviewPlan({ jobId: JOB, baseVersion: plan.version, stages }, { idempotencyKey: 'plan' });
}

describe('HostSimulator.moveCandidate', () => {
  it('creates the candidate’s assessment in not_sent, carrying the activity’s test, reviewers and scorecard', async () => {
    const mock = createMockBackend({ now: () => new Date('2026-11-03T08:00:00Z') });
    await planWith(mock, activity());
    const listener = vi.fn();
    mock.backend.subscribe(CANDIDATE, listener);

    const [created, ...more] = mock.host.moveCandidate(CANDIDATE, STAGE);

    expect(more).toEqual([]);
    expect(assessmentSchema.parse(created)).toEqual(created);
    expect(created).toMatchObject({
      candidateId: CANDIDATE,
      status: 'not_sent',
      source: 'plan',
      activityId: 'act-data-skillforge',
      stageName: 'Technical Assessment',
      providerId: 'skillforge',
      testId: mockIds.skillForgeTest,
      scorecard: { kind: 'template', templateId: 'tpl-data-pipeline' },
      sentAt: null,
      history: [{ status: 'not_sent', at: '2026-11-03T08:00:00.000Z', note: 'Created by the interview plan (Technical Assessment)' }],
    });
    expect(created!.testTitle).not.toBe('');
    expect(created!.reviewers.map((r) => r.id)).toEqual(['rev-5', 'rev-11']);
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ id: created!.id, status: 'not_sent' }));
    expect(await mock.backend.listCandidateAssessments(CANDIDATE)).toContainEqual(created);
    expect((await mock.backend.getCandidate(CANDIDATE)).stageId).toBe(STAGE);
  });

  it('sends at once when the activity sends on entering the stage', async () => {
    const mock = createMockBackend({ now: () => new Date('2026-11-03T08:00:00Z') });
    await planWith(mock, activity({ autoSend: true }));

    const [sent] = mock.host.moveCandidate(CANDIDATE, STAGE);

    expect(sent).toMatchObject({ status: 'sent', sentAt: '2026-11-03T08:00:00.000Z', expiresAt: '2026-11-10T08:00:00.000Z' });
    expect(sent!.history.map((h) => h.note)).toEqual([
      'Created by the interview plan (Technical Assessment)',
      'Sent automatically by the interview plan',
    ]);
  });

  it('leaves an auto-send activity for a recruiter, saying why, when its provider is not connected', async () => {
    const mock = createMockBackend({ integrationStates: { codeinterview: 'not_connected' } });
    await planWith(mock, activity({ providerId: 'codeinterview', testId: mockIds.codeInterviewTest, autoSend: true }));

    const [waiting] = mock.host.moveCandidate(CANDIDATE, STAGE);

    expect(waiting?.status).toBe('not_sent');
    expect(waiting?.history.at(-1)?.note).toBe('Not sent automatically: CodeInterview is not connected.');
  });

  it('creates nothing twice when a candidate re-enters the stage, and nothing for stages without assessment activities', async () => {
    const mock = createMockBackend();
    await planWith(mock, activity());
    expect(mock.host.moveCandidate(CANDIDATE, STAGE)).toHaveLength(1);
    expect(mock.host.moveCandidate(CANDIDATE, 'stage-data-onsite')).toEqual([]);
    expect(mock.host.moveCandidate(CANDIDATE, STAGE)).toEqual([]);
    const fromPlan = (await mock.backend.listCandidateAssessments(CANDIDATE)).filter((a) => a.activityId === 'act-data-skillforge');
    expect(fromPlan).toHaveLength(1);
  });

  it('skips an activity it cannot read, and refuses a stage or candidate the host does not have', async () => {
    const mock = createMockBackend();
    mock.host.editPlan(JOB, (plan) => {
      plan.stages.find((s) => s.id === STAGE)!.activities.push({ id: 'act-broken', type: 'send_assessment' });
    });
    expect(mock.host.moveCandidate(CANDIDATE, STAGE)).toEqual([]);
    expect(() => mock.host.moveCandidate(CANDIDATE, 'stage-fe-onsite')).toThrow(/no stage "stage-fe-onsite"/);
    expect(() => mock.host.moveCandidate('cand-nobody', STAGE)).toThrow(/no candidate/);
  });
});

describe('HostSimulator.editPlan', () => {
  it('changes the stored plan behind the kit’s back and bumps its version, so an older save is a conflict', async () => {
    const mock = createMockBackend();
    const before = await mock.backend.getInterviewPlan(JOB);
    mock.host.editPlan(JOB, (plan) => {
      plan.stages[0]!.name = 'Screening';
    });
    const after = await mock.backend.getInterviewPlan(JOB);
    expect(after).toMatchObject({ version: before.version + 1 });
    expect(after.stages[0]!.name).toBe('Screening');
    await expect(
      mock.backend.saveInterviewPlan({ jobId: JOB, baseVersion: before.version, stages: before.stages }, { idempotencyKey: 'old' }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });
});
