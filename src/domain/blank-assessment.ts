import type { Assessment } from './assessment';

/**
 * An assessment record with nothing happened yet; callers set what matters. One definition for every store that
 * creates records (the server half, the in-memory mock), so a field added to `Assessment` gets its empty value once.
 */
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
