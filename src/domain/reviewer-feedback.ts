import * as z from 'zod/mini';
import { id, isoDateTime } from './common';

/**
 * Where one reviewer stands with an assessment's scorecard: `due` (nothing saved yet), `draft` (saved, not
 * submitted) or `submitted` (final). Feedback opens when the candidate has completed the assessment.
 */
export const reviewerFeedbackStates = ['due', 'draft', 'submitted'] as const;
export type ReviewerFeedbackState = (typeof reviewerFeedbackStates)[number];

/** One assigned reviewer's feedback state, by reviewer id (the reviewer is one of the assessment's `reviewers`). */
export const reviewerFeedbackStatusSchema = z.object({
  reviewerId: id,
  state: z.enum(reviewerFeedbackStates),
  /** When the feedback was submitted; null until then. */
  submittedAt: z._default(z.nullable(isoDateTime), null),
});
export type ReviewerFeedbackStatus = z.infer<typeof reviewerFeedbackStatusSchema>;
