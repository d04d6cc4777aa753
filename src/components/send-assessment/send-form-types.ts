// The headless send flow's public shapes, apart from the hooks that build them (the kit's own state hook and the
// host's hook both use them).
import type { FormEvent } from 'react';
import type { Assessment, Candidate, Reviewer, ScorecardTemplate } from '../../domain';
import type { ProviderOption, ProviderOptions } from '../../data/hooks/use-provider-options';
import type { TextOverrides } from '../../data/text';
import type { FormFields } from '../../ui/form-field-bindings';
import type { FormSubmitError } from '../../ui/submit-failure';
import type { SendAssessmentFormValues } from './schema';
import type { SendAssessmentDefaults } from './send-prefill';

export interface UseSendAssessmentFormOptions {
  candidateId: string;
  /** Send this plan activity (the candidate's `not_sent` assessment created by it) instead of a new one. */
  activityId?: string | null;
  defaultValues?: SendAssessmentDefaults;
  /** Text overrides (`sendAssessment`), over the provider's, as the dialog's `text` prop. */
  text?: TextOverrides;
  /**
   * Whether the form is in use (the dialog is open): it starts, and a plan activity's assessments load, only then.
   * The candidate and providers load as soon as the hook mounts. Mount the hook afresh (a `key`) for each use.
   */
  active?: boolean;
  onSent?: (assessment: Assessment) => void;
}

/** Why the last send failed, when it's not about one field (the kit's one form-error type). */
export type SendAssessmentFormError = FormSubmitError;

/** The send flow, for a host that draws its own form. */
export interface SendAssessmentForm {
  /** Who it's for; undefined while it loads or when it failed (`candidateError`). */
  candidate: Candidate | undefined;
  candidateError: unknown;
  retryCandidate: () => void;
  /** Connected providers and those needing attention (with why), which can send now, and whether the user may set one up. */
  providers: ProviderOptions;
  selectedProvider: ProviderOption | null;
  /** Choose a provider: its test is cleared and the expiry set to its default. */
  chooseProvider: (providerId: string) => void;
  /** The plan activity's assessment being sent; null for an ad hoc send. */
  planned: Assessment | null;
  /** A plan activity that can't be sent (already sent, or gone). */
  activityMissing: boolean;
  assessmentsError: unknown;
  retryAssessments: () => void;
  templates: ScorecardTemplate[];
  templatesError: unknown;
  retryTemplates: () => void;
  fields: FormFields<SendAssessmentFormValues>;
  /** Today and the chosen provider's last allowed expiry day, `YYYY-MM-DD`. */
  today: string;
  lastDay: string | null;
  /** The pre-filled test's title until the catalogue names it. */
  testLabel: string | undefined;
  /** Pre-filled reviewers known by name, and whether others are still being named. */
  knownReviewers: Reviewer[];
  resolvingReviewers: boolean;
  /** Validates and sends once: a second call while one runs resolves to null. */
  submit: (event?: FormEvent) => Promise<Assessment | null>;
  /** The recruiter saw the active assessment and wants a second one: a new intent, with a new key. */
  sendAnyway: () => Promise<Assessment | null>;
  /** Whether the recruiter changed anything since the form started: closing then asks first. */
  hasUnsavedInput: () => boolean;
  isSending: boolean;
  formError: SendAssessmentFormError | null;
  /** The candidate's active assessment of the chosen test, once known: ask before sending another. */
  duplicate: Assessment | null;
  /** Call from the event that opens the form: its first lists start loading at once. */
  prefetch: () => void;
  /** The form has started (what it needs has loaded). */
  ready: boolean;
}
