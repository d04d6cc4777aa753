import { useRef, useState, type FormEvent } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { LIVE_INTERVIEW_TITLE_MAX_LENGTH } from '../../domain/limits';
import type { Assessment, CreateLiveInterviewInput, Provider } from '../../domain';
import { NO_SCORECARD, scorecardChoiceOf } from '../../domain/scorecard-choice';
import { useCandidate } from '../../data/hooks/use-assessments';
import { useScorecardTemplates } from '../../data/hooks/use-catalogue';
import { useCreateLiveInterview } from '../../data/hooks/use-live-interviews';
import { useProviderOptions } from '../../data/hooks/use-provider-options';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import { withIncompleteInputs } from '../../ui/incomplete-inputs';
import { schemaResolver } from '../../ui/schema-resolver';
import { submitFailure, type FormSubmitError } from '../../ui/submit-failure';
import { useFocusWhenIdle } from '../../ui/use-focus-when-idle';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { useValuesApplied } from '../../ui/use-values-applied';
import { createScheduleLiveInterviewFormSchema, toLocalInputValue, type ScheduleLiveInterviewFormValues } from './schema';
import { liveInterviewText } from './text';
import type { ScheduleLiveInterviewForm, UseScheduleLiveInterviewFormOptions } from './schedule-form-types';

/** The schedule flow with its react-hook-form form, for the kit's own dialog; hosts get `useScheduleLiveInterviewForm`. */
export type ScheduleFormState = Omit<ScheduleLiveInterviewForm, 'fields'> & { form: UseFormReturn<ScheduleLiveInterviewFormValues> };

const emptyValues: ScheduleLiveInterviewFormValues = { providerId: '', title: '', interviewerIds: [], scorecard: NO_SCORECARD, scheduledAt: '' };

const fieldsByBackendPath = {
  providerId: 'providerId',
  title: 'title',
  interviewerIds: 'interviewerIds',
  scorecard: 'scorecard',
  scheduledAt: 'scheduledAt',
} as const;

const hasLiveInterviews = (provider: Provider) => provider.capabilities.liveInterviews;

function sameValues(a: ScheduleLiveInterviewFormValues, b: ScheduleLiveInterviewFormValues): boolean {
  return (Object.keys(a) as Array<keyof ScheduleLiveInterviewFormValues>).every((name) => JSON.stringify(a[name]) === JSON.stringify(b[name]));
}

/**
 * Who it's for, which providers have live interviews, the form (a schema from the translated messages, started
 * once per mount with the only provider and a title from the candidate and job), and the create, sent once per
 * intent: a double click or Enter twice creates one pad, Retry reuses the idempotency key, a changed form is a new
 * intent.
 */
export function useScheduleFormState({ candidateId, text: textOverrides, active = true, onCreated }: UseScheduleLiveInterviewFormOptions): ScheduleFormState {
  const t = useKitText('liveInterview', liveInterviewText, textOverrides);
  const { now, announce } = useAssessmentKit('useScheduleLiveInterviewForm');
  const candidate = useCandidate(candidateId);
  const providers = useProviderOptions({ needsAttention: t.provider.needsAttention, offers: hasLiveInterviews });
  const templates = useScorecardTemplates();

  // What the form starts with, once the providers and the candidate are known (without the candidate, whose error
  // shows above the form, the user writes a title), then kept. Set while rendering: no effect fills the form.
  const [initial, setInitial] = useState<ScheduleLiveInterviewFormValues | null>(null);
  if (initial === null && active && providers.loaded && !candidate.isPending) {
    setInitial({
      ...emptyValues,
      providerId: providers.connected.length === 1 ? providers.connected[0]!.provider.id : '',
      title: candidate.data ? t.interviewTitle.suggestion(candidate.data.name, candidate.data.jobTitle) : '',
    });
  }

  const nowValue = toLocalInputValue(now());
  const schema = createScheduleLiveInterviewFormSchema(
    {
      providerRequired: t.provider.required,
      titleRequired: t.interviewTitle.required,
      titleTooLong: t.interviewTitle.tooLong(LIVE_INTERVIEW_TITLE_MAX_LENGTH),
      interviewersRequired: t.interviewers.required,
      whenPast: t.when.past,
      whenIncomplete: t.when.incomplete,
    },
    { now: nowValue, titleMaxLength: LIVE_INTERVIEW_TITLE_MAX_LENGTH },
  );
  const form = useForm<ScheduleLiveInterviewFormValues>({
    // A half-typed date and time reads as "" like an empty one: it is an error, never "no set time".
    resolver: withIncompleteInputs(schemaResolver(schema), { scheduledAt: t.when.incomplete }),
    defaultValues: emptyValues,
    // The start, once it is known (kept from then on, so it applies once).
    values: initial ?? undefined,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { setValue, setError, setFocus, getValues, clearErrors } = form;
  const valuesApplied = useValuesApplied(form.control, initial);

  // ------------------------------------------------------------------ creating
  const create = useCreateLiveInterview();
  const focusWhenIdle = useFocusWhenIdle(create.isPending, setFocus);
  const [created, setCreated] = useState<Assessment | null>(null);
  const [formError, setFormError] = useState<FormSubmitError | null>(null);
  // Set as the answer lands, before React shows the links: a click already on its way creates nothing more.
  const done = useRef(false);

  const toInput = (values: ScheduleLiveInterviewFormValues): CreateLiveInterviewInput => ({
    candidateId,
    providerId: values.providerId,
    title: values.title.trim(),
    interviewerIds: values.interviewerIds,
    scorecard: scorecardChoiceOf(values.scorecard),
    // A datetime-local value has no offset: the Date constructor reads it in the viewer's time zone.
    scheduledAt: values.scheduledAt === '' ? null : new Date(values.scheduledAt).toISOString(),
  });

  // The last failure stays on screen until the next outcome: its Try again keeps focus while the retry runs.
  async function deliver(input: CreateLiveInterviewInput): Promise<Assessment | null> {
    announce(t.creating);
    try {
      const interview = await create.mutateAsync(input);
      done.current = true;
      setFormError(null);
      setCreated(interview);
      announce(t.created.announcement(candidate.data?.name ?? ''));
      onCreated?.(interview);
      return interview;
    } catch (error) {
      const providerName = providers.options.find((o) => o.provider.id === input.providerId)?.provider.name ?? input.providerId;
      const { formError: failure } = submitFailure(error, {
        setError,
        fields: fieldsByBackendPath,
        // The server's words may be in another language than the form's: use ours where we have them.
        message: (field, serverMessage) => {
          if (field === 'providerId') return t.errors.providerUnavailable(providerName);
          if (field === 'interviewerIds') return t.interviewers.required;
          if (field === 'scheduledAt') return t.when.past;
          return serverMessage;
        },
        focus: focusWhenIdle,
      });
      setFormError(failure);
      return null;
    }
  }

  const run = useSubmitOnce(async () => {
    // Created already: the links are the outcome, nothing more is created.
    if (done.current) return null;
    let interview: Assessment | null = null;
    await form.handleSubmit(async (values) => {
      interview = await deliver(toInput(values));
    })();
    return interview;
  });

  return {
    candidate: candidate.data,
    candidateError: candidate.error,
    retryCandidate: () => void candidate.refetch(),
    providers,
    chooseProvider: (id: string) => {
      setValue('providerId', id, { shouldDirty: true });
      clearErrors('providerId');
    },
    templates: templates.data ?? [],
    templatesError: templates.error,
    retryTemplates: () => void templates.refetch(),
    form,
    nowValue,
    submit: (event?: FormEvent) => run(event),
    // Once created, the links are the outcome: closing loses no input.
    hasUnsavedInput: () => initial !== null && created === null && !sameValues(getValues(), initial),
    isCreating: create.isPending,
    formError,
    created,
    ready: valuesApplied,
  };
}
