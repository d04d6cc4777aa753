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
