import type { Assessment } from '../../domain';

/** A record with nothing happened yet; callers set what matters. */
export function blankAssessment(fields: Pick<Assessment, 'id' | 'candidateId' | 'providerId' | 'testId' | 'testTitle'> & Partial<Assessment>): Assessment {
  return {
    status: 'not_sent',
    vendorStatus: null,
    revision: 1,
    source: 'ad_hoc',
    activityId: null,
    stageName: null,
    sentBy: null,
    reviewers: [],
    scorecard: null,
    sentAt: null,
    startedAt: null,
    completedAt: null,
    expiresAt: null,
    score: null,
    timeTakenSeconds: null,
    reportUrl: null,
    failureReason: null,
    resentFromId: null,
    feedback: [],
    kind: 'test',
    interview: null,
    history: [],
    ...fields,
  };
}

/** Postgres' unique_violation: a constraint said "already there" (another request got there first). */
export const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
