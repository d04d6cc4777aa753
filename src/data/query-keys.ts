import type { PageParams } from '../domain';

/**
 * Every cache key starts with ['assessment-kit', scope], so two kit providers on one QueryClient never
 * share entries, and `all(scope)` invalidates one kit without touching the host's queries.
 */
export const assessmentKeys = {
  all: (scope: string) => ['assessment-kit', scope] as const,
  providers: (scope: string) => [...assessmentKeys.all(scope), 'providers'] as const,
  integrations: (scope: string) => [...assessmentKeys.all(scope), 'integration'] as const,
  integration: (scope: string, providerId: string) => [...assessmentKeys.integrations(scope), providerId] as const,
  tests: (scope: string, providerId: string, params: Omit<PageParams, 'cursor'> = {}) =>
    [...assessmentKeys.all(scope), 'tests', providerId, params] as const,
  reviewers: (scope: string, params: Omit<PageParams, 'cursor'> = {}) =>
    [...assessmentKeys.all(scope), 'reviewers', params] as const,
  /** People looked up by id; the ids sorted, so the same set in any order is one entry. */
  reviewersByIds: (scope: string, ids: readonly string[]) =>
    [...assessmentKeys.all(scope), 'reviewers-by-id', [...ids].sort()] as const,
  scorecardTemplates: (scope: string) => [...assessmentKeys.all(scope), 'scorecard-templates'] as const,
  interviewPlan: (scope: string, jobId: string) => [...assessmentKeys.all(scope), 'interview-plan', jobId] as const,
  candidate: (scope: string, candidateId: string) => [...assessmentKeys.all(scope), 'candidate', candidateId] as const,
  assessments: (scope: string, candidateId: string) =>
    [...assessmentKeys.all(scope), 'assessments', candidateId] as const,
  feedback: (scope: string, assessmentId: string) => [...assessmentKeys.all(scope), 'feedback', assessmentId] as const,
};
