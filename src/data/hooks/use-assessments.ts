import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isActiveStatus, type Assessment, type SendAssessmentInput } from '../../domain';
import { useIdempotentMutation } from '../idempotency';
import { useAssessmentKit } from '../kit-context';
import { assessmentKeys } from '../query-keys';
import { candidateAssessmentsQueryOptions, candidateQueryOptions } from '../query-options';
import { useQueryContext } from './use-query-context';

export function useCandidate(candidateId: string) {
  return useQuery(candidateQueryOptions(useQueryContext(), candidateId));
}

/** Replaces (or adds) one assessment in a candidate's cached list. */
function upsertAssessment(queryClient: QueryClient, scope: string, assessment: Assessment) {
  queryClient.setQueryData<Assessment[]>(assessmentKeys.assessments(scope, assessment.candidateId), (list) => {
    if (!list) return list;
    const index = list.findIndex((item) => item.id === assessment.id);
    if (index === -1) return [assessment, ...list];
    return list.map((item) => (item.id === assessment.id ? assessment : item));
  });
}

/**
 * A candidate's assessments, kept live: pushed by `backend.subscribe` when the adapter has it, otherwise
 * polled while any assessment is still active (sent or in progress).
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
    refetchInterval: (query) =>
      !canSubscribe && query.state.data?.some((assessment) => isActiveStatus(assessment.status)) ? pollIntervalMs : false,
  });
}

/** Every write to one assessment runs after the previous one, never beside it. */
const assessmentScope = (id: string) => ({ id: `assessment:${id}` });

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

export function useResendAssessment(assessmentId: string) {
  const { backend, scope } = useQueryContext();
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (_input: void, idempotencyKey) => backend.resendAssessment(assessmentId, { idempotencyKey }),
    scope: assessmentScope(assessmentId),
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
    onSuccess: (assessment) => upsertAssessment(queryClient, scope, assessment),
  });
}
