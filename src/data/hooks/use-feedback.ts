import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isAssessmentBackendError, isTransientError } from '../../backend/errors';
import type { Assessment, AssessmentFeedback, FeedbackAnswers } from '../../domain';
import { useIdempotentMutation } from '../idempotency';
import { newerAssessment } from '../newer-assessments';
import { assessmentKeys } from '../query-keys';
import { assessmentFeedbackQueryOptions } from '../query-options';
import { useQueryContext } from './use-query-context';

/** An assessment's reviewer feedback as the signed-in user may see it (questions, rule, states, visible answers). */
export function useAssessmentFeedback(assessmentId: string) {
  return useQuery(assessmentFeedbackQueryOptions(useQueryContext(), assessmentId));
}

/** Draft saves and the submit of one assessment's feedback run one after another, never beside each other. */
export const feedbackMutationScope = (assessmentId: string) => ({ id: `feedback:${assessmentId}` });

/** A refusal (not a reviewer, not open, already submitted, invalid) settles the intent; a retry can't change it. */
const settledByRefusal = (error: Error) => isAssessmentBackendError(error) && !isTransientError(error);

/**
 * The answer of a write goes into the cache: the feedback itself, and the assessment in its candidate's list (its
 * reviewer states changed), unless the list already holds a newer revision.
 */
function storeFeedback(queryClient: QueryClient, scope: string, feedback: AssessmentFeedback) {
  const { assessment } = feedback;
  queryClient.setQueryData(assessmentKeys.feedback(scope, assessment.id), feedback);
  queryClient.setQueryData<Assessment[]>(assessmentKeys.assessments(scope, assessment.candidateId), (list) =>
    list?.map((item) => (item.id === assessment.id ? newerAssessment(item, assessment) : item)),
  );
}

/** Saves the signed-in reviewer's draft answers; a retry of the same answers reuses the idempotency key. */
export function useSaveFeedbackDraft(assessmentId: string) {
  const { backend, scope } = useQueryContext();
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (answers: FeedbackAnswers, idempotencyKey) => backend.saveFeedbackDraft({ assessmentId, answers }, { idempotencyKey }),
    scope: feedbackMutationScope(assessmentId),
    settles: settledByRefusal,
    onSuccess: (feedback) => storeFeedback(queryClient, scope, feedback),
  });
}

/**
 * Submits the signed-in reviewer's feedback, once: a double click sends one request, and a retry after a failure
 * sends the same answers with the same idempotency key.
 */
export function useSubmitFeedback(assessmentId: string) {
  const { backend, scope } = useQueryContext();
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (answers: FeedbackAnswers, idempotencyKey) => backend.submitFeedback({ assessmentId, answers }, { idempotencyKey }),
    scope: feedbackMutationScope(assessmentId),
    settles: settledByRefusal,
    onSuccess: (feedback) => storeFeedback(queryClient, scope, feedback),
  });
}
