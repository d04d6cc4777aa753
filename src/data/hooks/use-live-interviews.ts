import { useQueryClient } from '@tanstack/react-query';
import type { CreateLiveInterviewInput } from '../../domain';
import { useIdempotentMutation } from '../idempotency';
import { upsertAssessment } from './use-assessments';
import { useQueryContext } from './use-query-context';

/**
 * Creates a live interview's pad, once per intent: a double click sends one request, a retry after any failure the
 * same input with the same idempotency key (an unreadable answer may hide a pad the vendor did create, so even then
 * the key stays). The new interview joins the candidate's cached list at once.
 */
export function useCreateLiveInterview() {
  const { backend, scope } = useQueryContext();
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (input: CreateLiveInterviewInput, idempotencyKey) => backend.createLiveInterview(input, { idempotencyKey }),
    onSuccess: (interview) => upsertAssessment(queryClient, scope, interview),
  });
}

/** Emails the candidate their link to one live interview (through the host); the answer goes into the cache. */
export function useSendInterviewLink(assessmentId: string) {
  const { backend, scope } = useQueryContext();
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (_input: void, idempotencyKey) => backend.sendInterviewLink(assessmentId, { idempotencyKey }),
    // Writes to one assessment run one after another (the same scope as resend and cancel).
    scope: { id: `assessment:${assessmentId}` },
    onSuccess: (interview) => upsertAssessment(queryClient, scope, interview),
  });
}
