import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isAssessmentBackendError, isTransientError } from '../../backend/errors';
import { isActiveStatus, type Assessment, type SendAssessmentInput } from '../../domain';
import { useIdempotentMutation } from '../idempotency';
import { newerAssessment } from '../newer-assessments';
import { useAssessmentKit } from '../kit-context';
import { assessmentKeys } from '../query-keys';
import { candidateAssessmentsQueryOptions, candidateQueryOptions } from '../query-options';
import { useQueryContext } from './use-query-context';

export function useCandidate(candidateId: string) {
  return useQuery(candidateQueryOptions(useQueryContext(), candidateId));
}

/** Replaces (or adds, newest first) one assessment in a candidate's cached list, unless the cache has a newer revision. */
export function upsertAssessment(queryClient: QueryClient, scope: string, assessment: Assessment) {
  queryClient.setQueryData<Assessment[]>(assessmentKeys.assessments(scope, assessment.candidateId), (list) => {
    if (!list) return list;
    const index = list.findIndex((item) => item.id === assessment.id);
    if (index === -1) return [assessment, ...list];
    return list.map((item) => (item.id === assessment.id ? newerAssessment(item, assessment) : item));
  });
}

/** Worth watching: the candidate may still act on it (active), or we can't tell whether it is over (unknown). */
const mayChange = (assessment: Assessment) => isActiveStatus(assessment.status) || assessment.status === 'unknown';

/**
 * A candidate's assessments, kept live: pushed by `backend.subscribe` when the adapter has it, otherwise
 * polled while any assessment may still change. Polling pauses while the tab is hidden (TanStack Query's
 * `refetchIntervalInBackground` stays false) and, while something may change, coming back to the tab refetches
 * even when the data is fresh: a laptop that slept missed pushes and polls alike.
 */
export function useCandidateAssessments(candidateId: string) {
  const { backend, scope, pollIntervalMs } = useAssessmentKit('useCandidateAssessments');
  const queryClient = useQueryClient();
  const canSubscribe = typeof backend.subscribe === 'function';

  useEffect(() => {
    if (!backend.subscribe) return;
    return backend.subscribe(candidateId, (assessment) => upsertAssessment(queryClient, scope, assessment));
  }, [backend, candidateId, queryClient, scope]);

  return useQuery({
    ...candidateAssessmentsQueryOptions({ backend, scope }, candidateId),
    refetchInterval: (query) => (!canSubscribe && query.state.data?.some(mayChange) ? pollIntervalMs : false),
    refetchOnWindowFocus: (query) => (query.state.data?.some(mayChange) ? 'always' : true),
  });
}

/** Every write to one assessment runs after the previous one, never beside it. */
const assessmentScope = (id: string) => ({ id: `assessment:${id}` });

/** A refusal (conflict, not found, forbidden...) settles the intent: the next click is a new one, with a new key. */
const settledByRefusal = (error: Error) => isAssessmentBackendError(error) && !isTransientError(error);

export function useSendAssessment() {
  const { backend, scope } = useQueryContext();
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (input: SendAssessmentInput, idempotencyKey) => backend.sendAssessment(input, { idempotencyKey }),
    onSuccess: (assessment) => {
      upsertAssessment(queryClient, scope, assessment);
      return queryClient.invalidateQueries({ queryKey: assessmentKeys.assessments(scope, assessment.candidateId) });
    },
  });
}

/**
 * Resends one assessment. An active one gets a new link (the same assessment comes back); an expired or failed
 * one is followed by a new assessment, which joins the list. Either way the answer goes into the cache.
 */
export function useResendAssessment(assessmentId: string) {
  const { backend, scope } = useQueryContext();
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (_input: void, idempotencyKey) => backend.resendAssessment(assessmentId, { idempotencyKey }),
    scope: assessmentScope(assessmentId),
    settles: settledByRefusal,
    onSuccess: (assessment) => upsertAssessment(queryClient, scope, assessment),
  });
}

export function useCancelAssessment(assessmentId: string) {
  const { backend, scope } = useQueryContext();
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: ({ reason }: { reason?: string }, idempotencyKey) =>
      backend.cancelAssessment({ assessmentId, reason }, { idempotencyKey }),
    scope: assessmentScope(assessmentId),
    settles: settledByRefusal,
    onSuccess: (assessment) => upsertAssessment(queryClient, scope, assessment),
  });
}
