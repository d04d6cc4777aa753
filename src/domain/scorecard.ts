import * as z from 'zod/mini';
import { id } from './common';

export const scorecardQuestionTypes = ['stars', 'score', 'yes_no', 'text', 'single_select', 'multi_select'] as const;
export const scorecardQuestionTypeSchema = z.enum(scorecardQuestionTypes);
/** stars: 1-5; score: 1-10; yes_no; text: open answer; single_select / multi_select: from `options`. */
export type ScorecardQuestionType = z.infer<typeof scorecardQuestionTypeSchema>;

export const scorecardQuestionSchema = z.object({
  id,
  prompt: z.string().check(z.minLength(1)),
  type: scorecardQuestionTypeSchema,
  required: z.boolean(),
  /** Choices for single_select and multi_select; empty for other types. */
  options: z.array(z.string()),
});
export type ScorecardQuestion = z.infer<typeof scorecardQuestionSchema>;

export const scorecardTemplateSchema = z.object({
  id,
  name: z.string().check(z.minLength(1)),
  questions: z.array(scorecardQuestionSchema),
});
export type ScorecardTemplate = z.infer<typeof scorecardTemplateSchema>;

export const scorecardTemplateListSchema = z.object({ templates: z.array(scorecardTemplateSchema) });

/** What reviewers fill in: a saved template, or questions written for this activity alone. */
export const scorecardChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('template'), templateId: id }),
  z.object({ kind: z.literal('questions'), questions: z.array(scorecardQuestionSchema) }),
]);
export type ScorecardChoice = z.infer<typeof scorecardChoiceSchema>;
