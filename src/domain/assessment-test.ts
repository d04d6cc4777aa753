import * as z from 'zod/mini';
import { id, isoDateTime, pageSchema } from './common';

/** A test that was configured in the vendor (CodeInterview: the RemoteInterview section). */
export const assessmentTestSchema = z.object({
  id,
  providerId: id,
  title: z.string().check(z.minLength(1)),
  durationMinutes: z.number().check(z.int(), z.positive()),
  languages: z.array(z.string()),
  updatedAt: isoDateTime,
  /** Archived in the vendor: still listed (plans and past sends name it) but it can't be sent. Absent means false. */
  archived: z._default(z.boolean(), false),
});
export type AssessmentTest = z.infer<typeof assessmentTestSchema>;

export const assessmentTestPageSchema = pageSchema(assessmentTestSchema);
