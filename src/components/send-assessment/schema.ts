import * as z from 'zod/mini';
import { isCalendarDay } from '../../data/calendar-day';

export interface SendAssessmentFormMessages {
  providerRequired: string;
  testRequired: string;
  reviewersRequired: string;
  expiryRequired: string;
  /** Typed text that names no day yet ("16 Nov"); the required message when not given. */
  expiryIncomplete?: string;
  expiryPast: string;
  expiryTooLate: string;
  messageTooLong: string;
}

export interface SendAssessmentFormLimits {
  /** Today in the recruiter's calendar, `YYYY-MM-DD`: the link must expire after it. */
  today: string;
  /** The last day the provider allows, `YYYY-MM-DD`; null until a provider is chosen. */
  lastDay: string | null;
  messageMaxLength: number;
}

/**
 * The send form, built from the (possibly translated) messages and the chosen provider's limits. Dates are
 * calendar days (`YYYY-MM-DD`, as the kit's date field and a native date input hold them), so they compare as
 * strings; anything else in `expiresOn` is text typed into the field that names no day yet. `scorecard` holds a choice as
 * `domain/scorecard-choice.ts` encodes it.
 */
export function createSendAssessmentFormSchema(messages: SendAssessmentFormMessages, limits: SendAssessmentFormLimits) {
  return z.object({
    providerId: z.string().check(z.minLength(1, messages.providerRequired)),
    testId: z.string().check(z.minLength(1, messages.testRequired)),
    reviewerIds: z.array(z.string()).check(z.minLength(1, messages.reviewersRequired)),
    scorecard: z.string(),
    expiresOn: z.string().check(
      z.minLength(1, messages.expiryRequired),
      z.refine((day) => day === '' || isCalendarDay(day), messages.expiryIncomplete ?? messages.expiryRequired),
      z.refine((day) => !isCalendarDay(day) || day > limits.today, messages.expiryPast),
      z.refine((day) => !isCalendarDay(day) || limits.lastDay === null || day <= limits.lastDay, messages.expiryTooLate),
    ),
    message: z.string().check(z.maxLength(limits.messageMaxLength, messages.messageTooLong)),
  });
}

export type SendAssessmentFormValues = z.output<ReturnType<typeof createSendAssessmentFormSchema>>;
