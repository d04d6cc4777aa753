import { describe, expect, it } from 'vitest';
import {
  assessmentSchema,
  assessmentStatuses,
  assessmentTestSchema,
  candidateSchema,
  integrationSchema,
  interviewPlanSchema,
  isSendAssessmentActivity,
  providerSchema,
  reviewerSchema,
  scorecardQuestionTypes,
  scorecardTemplateSchema,
} from '../../src/domain';
import { createMockBackend, createSeed, MOCK_NOW, mockIds } from '../../src/mock';

const db = createSeed();

describe('seed', () => {
  it('is deterministic', () => {
    expect(createSeed()).toEqual(db);
  });

  it('passes the domain schemas unchanged, for every object', () => {
    // `parse` must not rewrite anything either (a `catch` turning a bad URL into null would hide a seed bug).
    for (const provider of db.providers) expect(providerSchema.parse(provider)).toEqual(provider);
    for (const tests of Object.values(db.testsByProvider)) {
      for (const test of tests) expect(assessmentTestSchema.parse(test)).toEqual(test);
    }
    for (const reviewer of db.reviewers) expect(reviewerSchema.parse(reviewer)).toEqual(reviewer);
    for (const template of db.scorecardTemplates) expect(scorecardTemplateSchema.parse(template)).toEqual(template);
    for (const plan of Object.values(db.plans)) expect(interviewPlanSchema.parse(plan)).toEqual(plan);
    for (const candidate of db.candidates) expect(candidateSchema.parse(candidate)).toEqual(candidate);
    for (const assessment of db.assessments) expect(assessmentSchema.parse(assessment)).toEqual(assessment);
  });

  it('returns schema-valid integrations through the backend', async () => {
    const { backend } = createMockBackend();
    for (const provider of db.providers) {
      const integration = await backend.getIntegration(provider.id);
      expect(integrationSchema.parse(integration)).toEqual(integration);
    }
  });

  it('has one provider in each integration state, and only CodeInterview without signing', () => {
    expect(Object.fromEntries(Object.values(db.integrations).map((i) => [i.providerId, i.state]))).toEqual({
      codeinterview: 'not_connected',
      skillforge: 'connected',
      devscreen: 'needs_attention',
    });
    expect(db.providers.map((p) => [p.id, p.signsWebhooks])).toEqual([
      ['codeinterview', false],
      ['skillforge', true],
      ['devscreen', false],
    ]);
    expect(db.integrations.skillforge?.webhookUrl).toMatch(/^https:\/\/ats\.example\.com\/webhooks\/assessments\/skillforge\/[0-9a-f]{32}$/);
    expect(db.integrations.devscreen?.attentionReason).toBe('The API key was revoked in DevScreen.');
  });

  it('has at least 40 tests per provider, about 25 reviewers and every scorecard question type', () => {
    for (const provider of db.providers) expect(db.testsByProvider[provider.id]?.length).toBeGreaterThanOrEqual(40);
    expect(db.reviewers).toHaveLength(25);
    const types = new Set(db.scorecardTemplates.flatMap((t) => t.questions.map((q) => q.type)));
    expect([...types].sort()).toEqual([...scorecardQuestionTypes].sort());
    for (const q of db.scorecardTemplates.flatMap((t) => t.questions)) {
      expect(q.options.length > 0).toBe(q.type === 'single_select' || q.type === 'multi_select');
    }
  });

  it('has 32 candidates across three jobs (one for reviewer feedback, one for live interviews), assessments in every status, and one candidate with all of them', () => {
    expect(db.candidates).toHaveLength(32);
    expect(new Set(db.candidates.map((c) => c.jobId))).toEqual(new Set(['job-frontend', 'job-backend', 'job-data']));
    expect(new Set(db.assessments.map((a) => a.status))).toEqual(new Set(assessmentStatuses));
    const everyStatus = db.assessments.filter((a) => a.candidateId === mockIds.candidateWithEveryStatus);
    expect(Object.fromEntries(everyStatus.map((a) => [a.status, a.id]))).toEqual(mockIds.assessmentsOfCandidateWithEveryStatus);
    expect(db.assessments.filter((a) => a.candidateId === mockIds.candidateWithNoAssessments)).toEqual([]);
  });

  it('keeps timestamps consistent: in the past, in order, links valid for 7 days, history ending in the status', () => {
    for (const a of db.assessments.filter((x) => x.kind === 'test')) {
      const times = a.history.map((h) => h.at);
      expect(times).toEqual([...times].sort());
      expect(times.every((t) => t <= MOCK_NOW)).toBe(true);
      expect(a.history.at(-1)?.status).toBe(a.status);
      if (a.sentAt) expect(Date.parse(a.expiresAt!) - Date.parse(a.sentAt)).toBe(7 * 86_400_000);
      if (a.status === 'sent' || a.status === 'in_progress') expect(a.expiresAt! > MOCK_NOW).toBe(true);
      if (a.status === 'expired') expect(a.expiresAt! <= MOCK_NOW).toBe(true);
      if (a.status === 'not_sent') expect([a.source, a.sentAt]).toEqual(['plan', null]);
      if (a.status === 'completed') {
        expect(a.score).not.toBeNull();
        expect(a.reportUrl).toMatch(/^https:\/\//);
        expect(a.startedAt! <= a.completedAt!).toBe(true);
      } else {
        expect(a.score).toBeNull();
      }
      expect(a.activityId !== null).toBe(a.source === 'plan');
    }
  });

  it('has a live interview in each state beside a test, consistent like the tests: history in order, in the past, ending in the status', () => {
    const ids = mockIds.liveInterviews;
    const theirs = db.assessments.filter((a) => a.candidateId === ids.candidate);
    const interviews = theirs.filter((a) => a.kind === 'live_interview');
    expect(new Set(interviews.map((a) => a.status))).toEqual(new Set(['sent', 'in_progress', 'completed', 'cancelled']));
    expect(theirs.filter((a) => a.kind === 'test').map((a) => a.id)).toEqual([ids.test]);
    for (const a of interviews) {
      const times = a.history.map((h) => h.at);
      expect(times).toEqual([...times].sort());
      expect(times.every((t) => t <= MOCK_NOW)).toBe(true);
      expect(a.history.at(-1)?.status).toBe(a.status);
      expect(a.interview?.candidateUrl).toMatch(/^https:\/\//);
      if (a.interview?.scheduledAt && a.status === 'sent') expect(a.interview.scheduledAt > MOCK_NOW).toBe(true);
      expect(a.feedback.length > 0).toBe(a.status === 'completed');
      expect([a.expiresAt, a.score, a.reportUrl]).toEqual([null, null, null]);
    }
    expect(interviews.find((a) => a.id === ids.ended)?.interview?.playbackUrl).toMatch(/^https:\/\//);
    expect(interviews.find((a) => a.id === ids.endedWithoutPlayback)?.interview?.playbackUrl).toBeNull();
  });

  it('points plan activities and plan-created assessments at things that exist', () => {
    const activities = Object.values(db.plans).flatMap((p) => p.stages.flatMap((s) => s.activities));
    const sendActivities = activities.filter(isSendAssessmentActivity);
    expect(sendActivities.map((a) => a.providerId)).toContain('codeinterview');
    expect(activities.some((a) => !isSendAssessmentActivity(a))).toBe(true);
    for (const activity of sendActivities) {
      const test = db.testsByProvider[activity.providerId]?.find((t) => t.id === activity.testId);
      expect(test?.title).toBe(activity.testTitle);
    }
    for (const a of db.assessments.filter((x) => x.source === 'plan')) {
      expect(sendActivities.map((x) => x.id)).toContain(a.activityId);
    }
    for (const plan of Object.values(db.plans)) {
      expect(plan.stages.length).toBeGreaterThanOrEqual(4);
      expect(plan.stages.length).toBeLessThanOrEqual(6);
    }
  });

  it('offers a large catalogue of 10,000 tests per provider and 2,000 distinct reviewers', () => {
    const large = createSeed({ catalogue: 'large' });
    expect(large.testsByProvider.codeinterview).toHaveLength(10_000);
    expect(large.reviewers).toHaveLength(2_000);
    expect(new Set(large.testsByProvider.codeinterview!.map((t) => t.title)).size).toBe(10_000);
    expect(new Set(large.reviewers.map((r) => r.email)).size).toBe(2_000);
    // The default catalogue is a prefix, so ids in stories work with either.
    expect(large.testsByProvider.codeinterview!.slice(0, 52)).toEqual(db.testsByProvider.codeinterview);
    for (const test of large.testsByProvider.devscreen!) assessmentTestSchema.parse(test);
    for (const reviewer of large.reviewers) reviewerSchema.parse(reviewer);
  });
});
