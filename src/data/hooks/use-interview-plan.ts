import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SaveInterviewPlanInput } from '../../backend/types';
import { useIdempotentMutation } from '../idempotency';
import { assessmentKeys } from '../query-keys';
import { interviewPlanQueryOptions } from '../query-options';
import { useQueryContext } from './use-query-context';

export function useInterviewPlan(jobId: string) {
  return useQuery(interviewPlanQueryOptions(useQueryContext(), jobId));
}

/** Saves are serialised per job; a save based on an old version rejects with `conflict` for the UI to offer a reload. */
export function useSaveInterviewPlan(jobId: string) {
  const { backend, scope } = useQueryContext();
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (input: Omit<SaveInterviewPlanInput, 'jobId'>, idempotencyKey) =>
      backend.saveInterviewPlan({ ...input, jobId }, { idempotencyKey }),
    scope: { id: `interview-plan:${jobId}` },
    onSuccess: (plan) => {
      queryClient.setQueryData(assessmentKeys.interviewPlan(scope, jobId), plan);
    },
  });
}
