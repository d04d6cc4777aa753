import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { AssessmentBackend } from '../backend/types';
import type { PageParams } from '../domain';
import { keepNewerAssessments } from './newer-assessments';
import { assessmentKeys } from './query-keys';

/** What every factory needs: the adapter, and the scope that keeps this kit's keys apart. */
export interface QueryContext {
  backend: AssessmentBackend;
  scope: string;
}

const DEFAULT_PAGE_SIZE = 25;
/**
 * How a catalogue (tests, reviewers) pages: by the server's opaque cursor, from none. Catalogues change rarely, so a
 * page fetched when a dialog opened is reused for 30 s.
 */
const cataloguePaging = {
  initialPageParam: null as string | null,
  getNextPageParam: (lastPage: { nextCursor: string | null }) => lastPage.nextCursor,
  staleTime: 30_000,
};

export function providersQueryOptions({ backend, scope }: QueryContext) {
  return queryOptions({
    queryKey: assessmentKeys.providers(scope),
    queryFn: ({ signal }) => backend.listProviders({ signal }),
    staleTime: 5 * 60_000,
  });
}

export function integrationQueryOptions({ backend, scope }: QueryContext, providerId: string) {
  return queryOptions({
    queryKey: assessmentKeys.integration(scope, providerId),
    queryFn: ({ signal }) => backend.getIntegration(providerId, { signal }),
  });
}

export function testsInfiniteQueryOptions(
  { backend, scope }: QueryContext,
  providerId: string,
  { search = '', limit = DEFAULT_PAGE_SIZE }: Omit<PageParams, 'cursor'> = {},
) {
  return infiniteQueryOptions({
    queryKey: assessmentKeys.tests(scope, providerId, { search, limit }),
    queryFn: ({ signal, pageParam }) => backend.listTests({ providerId, search, limit, cursor: pageParam }, { signal }),
    ...cataloguePaging,
  });
}

export function reviewersInfiniteQueryOptions(
  { backend, scope }: QueryContext,
  { search = '', limit = DEFAULT_PAGE_SIZE }: Omit<PageParams, 'cursor'> = {},
) {
  return infiniteQueryOptions({
    queryKey: assessmentKeys.reviewers(scope, { search, limit }),
    queryFn: ({ signal, pageParam }) => backend.listReviewers({ search, limit, cursor: pageParam }, { signal }),
    ...cataloguePaging,
  });
}

/** People by id (at most `MAX_REVIEWER_LOOKUP`), to name chosen reviewers that are on no loaded page. */
export function reviewersByIdsQueryOptions({ backend, scope }: QueryContext, ids: readonly string[]) {
  return queryOptions({
    queryKey: assessmentKeys.reviewersByIds(scope, ids),
    queryFn: ({ signal }) => backend.getReviewers(ids, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function scorecardTemplatesQueryOptions({ backend, scope }: QueryContext) {
  return queryOptions({
    queryKey: assessmentKeys.scorecardTemplates(scope),
    queryFn: ({ signal }) => backend.listScorecardTemplates({ signal }),
    staleTime: 5 * 60_000,
  });
}

export function interviewPlanQueryOptions({ backend, scope }: QueryContext, jobId: string) {
  return queryOptions({
    queryKey: assessmentKeys.interviewPlan(scope, jobId),
    queryFn: ({ signal }) => backend.getInterviewPlan(jobId, { signal }),
  });
}

export function candidateQueryOptions({ backend, scope }: QueryContext, candidateId: string) {
  return queryOptions({
    queryKey: assessmentKeys.candidate(scope, candidateId),
    queryFn: ({ signal }) => backend.getCandidate(candidateId, { signal }),
  });
}

export function candidateAssessmentsQueryOptions({ backend, scope }: QueryContext, candidateId: string) {
  return queryOptions({
    queryKey: assessmentKeys.assessments(scope, candidateId),
    queryFn: ({ signal }) => backend.listCandidateAssessments(candidateId, { signal }),
    // An answer never turns an assessment back to an older revision than the cache already holds.
    structuralSharing: keepNewerAssessments,
  });
}

/** An assessment's reviewer feedback, as the signed-in user may see it. */
export function assessmentFeedbackQueryOptions({ backend, scope }: QueryContext, assessmentId: string) {
  return queryOptions({
    queryKey: assessmentKeys.feedback(scope, assessmentId),
    queryFn: ({ signal }) => backend.getAssessmentFeedback(assessmentId, { signal }),
  });
}
