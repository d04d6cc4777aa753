import type { Assessment, Reviewer, ScorecardChoice, SendAssessmentInput } from '../../domain';
import type { ProviderOption } from '../../data/hooks/use-provider-options';
import { NO_SCORECARD, scorecardChoiceOf, scorecardValue } from '../../domain/scorecard-choice';
import { addCalendarDays } from '../../data/calendar-day';
import { endOfCalendarDay } from './dates';
import type { SendAssessmentFormValues } from './schema';

/** What a host may pre-fill (ad hoc); a plan activity pre-fills from the candidate's plan-created assessment. */
export interface SendAssessmentDefaults {
  providerId?: string;
  testId?: string;
  /** Shown for `testId` until the catalogue names it. */
  testTitle?: string;
  /** Named through `getReviewers` when they are on no loaded page. */
  reviewerIds?: string[];
  scorecard?: ScorecardChoice | null;
  message?: string;
}

export const emptySendValues: SendAssessmentFormValues = {
  providerId: '',
  testId: '',
  reviewerIds: [],
  scorecard: NO_SCORECARD,
  expiresOn: '',
  message: '',
};

/** What one opening of the form starts with. */
export interface SendPrefill {
  values: SendAssessmentFormValues;
  /** The pre-filled test's title, until the catalogue names it. */
  testLabel: string | undefined;
  /** Reviewers known whole (a plan assessment carries them). */
  knownReviewers: Reviewer[];
  /** Pre-filled reviewers to name through the backend. */
  lookupIds: string[];
}

/** The provider the form starts with: the one asked for when it is connected, else the only connected one. */
export function initialProvider(connected: readonly ProviderOption[], wanted: string | undefined) {
  if (wanted && connected.some((option) => option.provider.id === wanted)) return { chosen: wanted, prefilled: true };
  return { chosen: connected.length === 1 ? connected[0]!.provider.id : '', prefilled: false };
}

/** The link lifetime's default end for a provider, as the expiry field holds it; '' without one. */
export function defaultExpiry(options: readonly ProviderOption[], providerId: string, today: string): string {
  const option = options.find((o) => o.provider.id === providerId);
  return option ? addCalendarDays(today, option.provider.linkLifetime.defaultDays) : '';
}

/** The form's start: the plan activity's assessment, else the host's defaults, with the provider's default expiry. */
export function sendPrefillOf(planned: Assessment | null, defaults: SendAssessmentDefaults | undefined, connected: readonly ProviderOption[], today: string): SendPrefill {
  const source: SendAssessmentDefaults | undefined = planned
    ? {
        providerId: planned.providerId,
        testId: planned.testId,
        testTitle: planned.testTitle,
        reviewerIds: planned.reviewers.map((r) => r.id),
        scorecard: planned.scorecard,
        message: '',
      }
    : defaults;
  const { chosen, prefilled } = initialProvider(connected, source?.providerId);
  const knownReviewers = planned?.reviewers ?? [];
  return {
    values: {
      providerId: chosen,
      // Tests belong to a provider: a test pre-filled for another one is dropped.
      testId: prefilled ? (source?.testId ?? '') : '',
      reviewerIds: source?.reviewerIds ?? [],
      scorecard: scorecardValue(source?.scorecard),
      expiresOn: defaultExpiry(connected, chosen, today),
      message: source?.message ?? '',
    },
    testLabel: prefilled ? source?.testTitle : undefined,
    knownReviewers,
    lookupIds: (source?.reviewerIds ?? []).filter((id) => !knownReviewers.some((r) => r.id === id)),
  };
}

/** The send the form's values stand for. */
export function toSendInput(
  values: SendAssessmentFormValues,
  { candidateId, planned, options, today, allowDuplicate }: { candidateId: string; planned: Assessment | null; options: readonly ProviderOption[]; today: string; allowDuplicate: boolean },
): SendAssessmentInput {
  const message = values.message.trim();
  return {
    candidateId,
    providerId: values.providerId,
    testId: values.testId,
    reviewerIds: values.reviewerIds,
    scorecard: scorecardChoiceOf(values.scorecard, planned?.scorecard ?? null),
    activityId: planned?.activityId ?? null,
    // The provider's own default when the recruiter kept it: exactly its lifetime from the moment it is sent.
    expiresAt: values.expiresOn === defaultExpiry(options, values.providerId, today) ? null : endOfCalendarDay(values.expiresOn),
    message: message === '' ? null : message,
    ...(allowDuplicate ? { allowDuplicate: true } : {}),
  };
}

export function sameSendValues(a: SendAssessmentFormValues, b: SendAssessmentFormValues): boolean {
  return (Object.keys(a) as Array<keyof SendAssessmentFormValues>).every((name) => JSON.stringify(a[name]) === JSON.stringify(b[name]));
}
