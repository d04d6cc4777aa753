// The headless schedule flow's public shapes, apart from the hooks that build them (the kit's own state hook and
// the host's hook both use them).
import type { FormEvent } from 'react';
import type { Assessment, Candidate, ScorecardTemplate } from '../../domain';
import type { ProviderOption, ProviderOptions } from '../../data/hooks/use-provider-options';
import type { TextOverrides } from '../../data/text';
import type { FormFields } from '../../ui/form-field-bindings';
import type { FormSubmitError } from '../../ui/submit-failure';
import type { ScheduleLiveInterviewFormValues } from './schema';

export interface UseScheduleLiveInterviewFormOptions {
  candidateId: string;
  /** Text overrides (`liveInterview`), over the provider's, as the dialog's `text` prop. */
  text?: TextOverrides;
  /** Whether the form is in use (the dialog is open): it starts only then. Mount the hook afresh (a `key`) for each use. */
  active?: boolean;
  onCreated?: (interview: Assessment) => void;
}

/** A provider with live interviews, as the form offers it (the same shape as the send form's). */
export type LiveInterviewProviderOption = ProviderOption;

/** Why the last create failed, when it's not about one field (the kit's one form-error type). */
export type ScheduleLiveInterviewFormError = FormSubmitError;

/** The schedule flow, for a host that draws its own form. */
export interface ScheduleLiveInterviewForm {
  /** Who it's with; undefined while it loads or when it failed (`candidateError`). */
  candidate: Candidate | undefined;
  candidateError: unknown;
  retryCandidate: () => void;
  /**
   * Connected providers with live interviews and those needing attention (with why), which can create a pad now,
   * those without live interviews (`turnedAway`, named when none has them), and whether the user may set one up.
   */
  providers: ProviderOptions;
  chooseProvider: (providerId: string) => void;
  templates: ScorecardTemplate[];
  templatesError: unknown;
  retryTemplates: () => void;
  fields: FormFields<ScheduleLiveInterviewFormValues>;
  /** Now, as a `datetime-local` input holds it: the earliest time to schedule. */
  nowValue: string;
  /** Validates and creates once: a second call while one runs, or after the pad exists, resolves to null. */
  submit: (event?: FormEvent) => Promise<Assessment | null>;
  /** Whether the user changed anything since the form started (and nothing was created): closing then asks first. */
  hasUnsavedInput: () => boolean;
  isCreating: boolean;
  formError: ScheduleLiveInterviewFormError | null;
  /** The interview, once created: its links are the outcome. */
  created: Assessment | null;
  /** The form has started (what it needs has loaded). */
  ready: boolean;
}
