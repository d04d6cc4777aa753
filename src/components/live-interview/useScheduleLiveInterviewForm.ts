import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { isAssessmentBackendError, isTransientError } from '../../backend/errors';
import { LIVE_INTERVIEW_TITLE_MAX_LENGTH } from '../../domain';
import type { Assessment, CreateLiveInterviewInput, Integration, Provider } from '../../domain';
import { useCandidate } from '../../data/hooks/use-assessments';
import { useScorecardTemplates } from '../../data/hooks/use-catalogue';
import { useIntegrations, useProviders } from '../../data/hooks/use-integrations';
import { useCreateLiveInterview } from '../../data/hooks/use-live-interviews';
import { useAssessmentKit } from '../../data/kit-context';
import { applyFieldErrors } from '../../ui/form-errors';
import { withIncompleteInputs } from '../../ui/incomplete-inputs';
import { schemaResolver } from '../../ui/schema-resolver';
import { useFocusWhenIdle } from '../../ui/use-focus-when-idle';
import { NO_SCORECARD } from '../send-assessment/schema';
import { createScheduleLiveInterviewFormSchema, toLocalInputValue, type ScheduleLiveInterviewFormValues } from './schema';
import type { LiveInterviewText } from './text';

export interface UseScheduleLiveInterviewFormOptions {
  candidateId: string;
  text: LiveInterviewText;
  /** Whether the dialog is open: the form fills once it is (the dialog mounts the hook afresh per opening). */
  active?: boolean;
  onCreated?: (interview: Assessment) => void;
}

/** A provider with live interviews, as the form offers it. */
export interface LiveInterviewProviderOption {
  provider: Provider;
  integration: Integration;
  /** Why it can't be used now (needs attention); null when connected. */
  unavailableReason: string | null;
}

/**
 * Why the last create failed, when it's not about one field: `retryable` (network, 5xx, rate limit, unreadable
 * answer: Retry sends the same intent with the same key) or `rejected` (the backend refused; `message` says why).
 */
export type ScheduleLiveInterviewFormError = { kind: 'retryable'; error: unknown } | { kind: 'rejected'; error: unknown; message: string | null };

const emptyValues: ScheduleLiveInterviewFormValues = { providerId: '', title: '', interviewerIds: [], scorecard: NO_SCORECARD, scheduledAt: '' };

const fieldsByBackendPath = {
  providerId: 'providerId',
  title: 'title',
  interviewerIds: 'interviewerIds',
  scorecard: 'scorecard',
  scheduledAt: 'scheduledAt',
} as const;

/**
 * The headless flow behind `ScheduleLiveInterviewDialog`: who it's for, which providers have live interviews, the
 * form (a schema from the translated messages), and the create, sent once per intent: a double click or Enter twice
 * creates one pad, Retry after a failure reuses the idempotency key, a changed form is a new intent.
 */
export function useScheduleLiveInterviewForm({ candidateId, text: t, active = true, onCreated }: UseScheduleLiveInterviewFormOptions) {
  const { now, announce } = useAssessmentKit('useScheduleLiveInterviewForm');
  const candidate = useCandidate(candidateId);
  const providers = useProviders();
  const integrations = useIntegrations(providers.data?.map((p) => p.id) ?? []);
  const templates = useScorecardTemplates();

  // Connected (or needing attention) providers, split by whether they have live interviews.
  const { providerOptions, testsOnly } = useMemo(() => {
    const options: LiveInterviewProviderOption[] = [];
    const withoutLive: Provider[] = [];
    providers.data?.forEach((provider, index) => {
      const integration = integrations[index]?.data;
      if (!integration || integration.state === 'not_connected') return;
      if (!provider.capabilities.liveInterviews) {
        if (integration.state === 'connected') withoutLive.push(provider);
        return;
      }
      const unavailableReason = integration.state === 'connected' ? null : t.provider.needsAttention(provider.name, integration.attentionReason);
      options.push({ provider, integration, unavailableReason });
    });
    return { providerOptions: options, testsOnly: withoutLive };
  }, [providers.data, integrations, t]);
  const connected = providerOptions.filter((option) => option.unavailableReason === null);
  const integrationsError = integrations.find((query) => query.isError)?.error ?? null;
  const canSetUp = integrations.some((query) => query.data?.canManage === true);
  const loaded = providers.isSuccess && !integrations.some((query) => query.isPending);

  const nowValue = toLocalInputValue(now());
  const schema = useMemo(
    () =>
      createScheduleLiveInterviewFormSchema(
        {
          providerRequired: t.provider.required,
          titleRequired: t.interviewTitle.required,
          titleTooLong: t.interviewTitle.tooLong(LIVE_INTERVIEW_TITLE_MAX_LENGTH),
          interviewersRequired: t.interviewers.required,
          whenPast: t.when.past,
        },
        { now: nowValue, titleMaxLength: LIVE_INTERVIEW_TITLE_MAX_LENGTH },
      ),
    [t, nowValue],
  );
  const form = useForm<ScheduleLiveInterviewFormValues>({
    // A half-typed date and time reads as "" like an empty one: it is an error, never "no set time".
    resolver: withIncompleteInputs(schemaResolver(schema), { scheduledAt: t.when.incomplete }),
    defaultValues: emptyValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { setValue, setError, setFocus, getValues, reset: resetForm } = form;

  // Fill once per opening, when the providers and the candidate are known: the only provider, a title from the
  // candidate and job (without the candidate, whose error shows above the form, the user writes one).
  const [filled, setFilled] = useState(false);
  /** What the form was filled with: anything else is the user's unsaved input. */
  const filledValues = useRef(emptyValues);
  const candidateSettled = !candidate.isPending;
  useEffect(() => {
    if (!active || filled || !loaded || !candidateSettled) return;
    setFilled(true);
    if (connected.length === 1) setValue('providerId', connected[0]!.provider.id);
    if (candidate.data) setValue('title', t.interviewTitle.suggestion(candidate.data.name, candidate.data.jobTitle));
    filledValues.current = getValues();
  }, [active, filled, loaded, candidateSettled, candidate.data, connected, setValue, getValues, t]);
  const hasUnsavedInput = useCallback(() => {
    const now = getValues();
    return (Object.keys(now) as Array<keyof ScheduleLiveInterviewFormValues>).some(
      (name) => JSON.stringify(now[name]) !== JSON.stringify(filledValues.current[name]),
    );
  }, [getValues]);

  // ------------------------------------------------------------------ creating
  const create = useCreateLiveInterview();
  const focusWhenIdle = useFocusWhenIdle(create.isPending, setFocus);
  const [created, setCreated] = useState<Assessment | null>(null);
  const [formError, setFormError] = useState<ScheduleLiveInterviewFormError | null>(null);
  const submitting = useRef(false);
  // Set as the answer lands, before React shows the links: a click already on its way creates nothing more.
  const done = useRef(false);
  const latest = useRef({ onCreated, providerOptions, candidateName: candidate.data?.name ?? '' });
  latest.current = { onCreated, providerOptions, candidateName: candidate.data?.name ?? '' };

  const toInput = useCallback(
    (values: ScheduleLiveInterviewFormValues): CreateLiveInterviewInput => ({
      candidateId,
      providerId: values.providerId,
      title: values.title.trim(),
      interviewerIds: values.interviewerIds,
      scorecard: values.scorecard === NO_SCORECARD ? null : { kind: 'template', templateId: values.scorecard.slice('template:'.length) },
      // A datetime-local value has no offset: the Date constructor reads it in the viewer's time zone.
      scheduledAt: values.scheduledAt === '' ? null : new Date(values.scheduledAt).toISOString(),
    }),
    [candidateId],
  );

  // The last failure stays on screen until the next outcome: its Try again keeps focus while the retry runs.
  const deliver = useCallback(
    async (input: CreateLiveInterviewInput) => {
      announce(t.creating);
      try {
        const interview = await create.mutateAsync(input);
        done.current = true;
        setFormError(null);
        setCreated(interview);
        announce(t.created.announcement(latest.current.candidateName));
        latest.current.onCreated?.(interview);
      } catch (error) {
        if (!isAssessmentBackendError(error) || isTransientError(error) || error.code === 'rate_limited' || error.code === 'bad_response') {
          setFormError({ kind: 'retryable', error });
          return;
        }
        if (error.code !== 'validation') {
          setFormError({ kind: 'rejected', error, message: null });
          return;
        }
        const providerName = latest.current.providerOptions.find((o) => o.provider.id === input.providerId)?.provider.name ?? input.providerId;
        const { applied, unmatched } = applyFieldErrors(setError, error.fieldErrors, fieldsByBackendPath, {
          shouldFocus: false,
          // The server's words may be in another language than the form's: use ours where we have them.
          message: (field, serverMessage) => {
            if (field === 'providerId') return t.errors.providerUnavailable(providerName);
            if (field === 'interviewerIds') return t.interviewers.required;
            if (field === 'scheduledAt') return t.when.past;
            return serverMessage;
          },
        });
        if (applied[0]) focusWhenIdle(applied[0]);
        setFormError(applied.length === 0 || Object.keys(unmatched).length > 0 ? { kind: 'rejected', error, message: Object.values(unmatched)[0] ?? null } : null);
      }
    },
    [create, announce, setError, focusWhenIdle, t],
  );

  const submit = useCallback(
    async (event?: FormEvent) => {
      event?.preventDefault();
      // A second Enter or click before React re-renders: the first submit is still validating or creating, or done.
      if (submitting.current || done.current) return;
      submitting.current = true;
      try {
        await form.handleSubmit((values) => deliver(toInput(values)))();
      } finally {
        submitting.current = false;
      }
    },
    [form, deliver, toInput],
  );

  /** Back to an empty form for the next opening (the dialog mounts a fresh hook per opening instead). */
  const { reset: resetCreate } = create;
  const reset = useCallback(() => {
    setFilled(false);
    filledValues.current = emptyValues;
    submitting.current = false;
    done.current = false;
    resetForm(emptyValues);
    resetCreate();
    setCreated(null);
    setFormError(null);
  }, [resetForm, resetCreate]);

  return {
    candidate,
    providers,
    integrationsError,
    providerOptions,
    connected,
    testsOnly,
    canSetUp,
    templates,
    form,
    nowValue,
    submit,
    /** Whether the user changed anything since the form was filled: closing then asks first. */
    hasUnsavedInput,
    isCreating: create.isPending,
    formError,
    created,
    reset,
    ready: loaded && filled,
  };
}

export type ScheduleLiveInterviewForm = ReturnType<typeof useScheduleLiveInterviewForm>;
