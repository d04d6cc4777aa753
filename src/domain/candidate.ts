import * as z from 'zod/mini';
import { id } from './common';

export const candidateSchema = z.object({
  id,
  name: z.string().check(z.minLength(1)),
  email: z.string(),
  jobId: id,
  jobTitle: z.string(),
  stageId: z.nullable(z.string()),
});
export type Candidate = z.infer<typeof candidateSchema>;
