import * as z from 'zod/mini';
import { id, pageSchema, safeUrl } from './common';

export const reviewerSchema = z.object({
  id,
  name: z.string().check(z.minLength(1)),
  email: z.string(),
  title: z.nullable(z.string()),
  avatarUrl: safeUrl,
});
export type Reviewer = z.infer<typeof reviewerSchema>;

export const reviewerPageSchema = pageSchema(reviewerSchema);

/** People looked up by id (`getReviewers`); ids the backend doesn't know are left out. */
export const reviewerListSchema = z.object({ reviewers: z.array(reviewerSchema) });

/** The most ids one `getReviewers` call may ask for. */
export const MAX_REVIEWER_LOOKUP = 100;
