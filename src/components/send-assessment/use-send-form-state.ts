import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { isAssessmentBackendError } from '../../backend/errors';
import { isActiveStatus } from '../../domain/assessment-status';
import { SEND_MESSAGE_MAX_LENGTH } from '../../domain/limits';
import type { Assessment, SendAssessmentInput } from '../../domain';
import { useCandidate, useSendAssessment } from '../../data/hooks/use-assessments';
import { useReviewersByIds, useScorecardTemplates } from '../../data/hooks/use-catalogue';
import { useProviderOptions, type ProviderOption } from '../../data/hooks/use-provider-options';
import { useQueryContext } from '../../data/hooks/use-query-context';
import { addCalendarDays, calendarDay } from '../../data/calendar-day';
import { useFormatters } from '../../data/format';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import { assessmentKeys } from '../../data/query-keys';
import { candidateAssessmentsQueryOptions, reviewersInfiniteQueryOptions, testsInfiniteQueryOptions } from '../../data/query-options';
import { withIncompleteInputs } from '../../ui/incomplete-inputs';
import { schemaResolver } from '../../ui/schema-resolver';
import { submitFailure, type FormSubmitError } from '../../ui/submit-failure';
import { useFocusWhenIdle } from '../../ui/use-focus-when-idle';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { useValuesApplied } from '../../ui/use-values-applied';
import { createSendAssessmentFormSchema, type SendAssessmentFormValues } from './schema';
import { defaultExpiry, emptySendValues, initialProvider, sameSendValues, sendPrefillOf, toSendInput, type SendPrefill } from './send-prefill';
import { sendAssessmentText } from './text';
import type { SendAssessmentForm, UseSendAssessmentFormOptions } from './send-form-types';

/** The send flow with its react-hook-form form, for the kit's own dialog; hosts get `useSendAssessmentForm`. */
export type SendFormState = Omit<SendAssessmentForm, 'fields'> & { form: UseFormReturn<SendAssessmentFormValues> };

const fieldsByBackendPath = {
  providerId: 'providerId',
  testId: 'testId',
  reviewerIds: 'reviewerIds',
  scorecard: 'scorecard',
  expiresAt: 'expiresOn',
  message: 'message',
} as const;

/**
 * Who it's for, which providers can send, the form (a schema from the translated messages and the chosen
 * provider's limits, started once per mount from the plan activity or the host's defaults), the duplicate guard
 * and the send, once per intent (`useSendAssessment`).
 */
export function useSendFormState({ candidateId, activityId = null, defaultValues, text: textOverrides, active = true, onSent }: UseSendAssessmentFormOptions): SendFormState {
  const t = useKitText('sendAssessment', sendAssessmentText, textOverrides);
  const context = useQueryContext();
  const queryClient = useQueryClient();
  const { now, announce } = useAssessmentKit('useSendAssessmentForm');
  const formatters = useFormatters();

  const candidate = useCandidate(candidateId);
  const providers = useProviderOptions({ needsAttention: t.provider.needsAttention });
  const templates = useScorecardTemplates();
  // The candidate's assessments: fetched for a plan activity (it holds the pre-fill); otherwise read from the cache
  // when another view loaded them, for the duplicate check before sending.
  const assessments = useQuery({ ...candidateAssessmentsQueryOptions(context, candidateId), enabled: active && activityId !== null });
  const planned = activityId === null ? null : (assessments.data?.find((a) => a.activityId === activityId && a.status === 'not_sent') ?? null);
  const today = calendarDay(now());

  // What the form starts with, computed once what it needs has loaded and then kept: a refetch never overwrites
  // the recruiter's input. Set while rendering (React renders again at once), so no effect fills the form.
  const loaded = providers.loaded && (activityId === null || assessments.isSuccess);
  const [prefill, setPrefill] = useState<SendPrefill | null>(null);
  if (prefill === null && active && loaded) setPrefill(sendPrefillOf(planned, defaultValues, providers.connected, today));
  const lookedUp = useReviewersByIds(prefill?.lookupIds ?? []);

  // The schema follows the chosen provider (its maximum link lifetime): built from the values it validates.
  const optionOf = (id: string) => providers.options.find((option) => option.provider.id === id) ?? null;
  const lastDayOf = (option: ProviderOption | null) => (option ? addCalendarDays(today, option.provider.linkLifetime.maxDays) : null);
  const schemaFor = (id: string) => {
    const option = optionOf(id);
    const lastDay = lastDayOf(option);
    return createSendAssessmentFormSchema(
      {
        providerRequired: t.provider.required,
        testRequired: t.test.required,
        reviewersRequired: t.reviewers.required,
        expiryRequired: t.expiry.required,
        expiryPast: t.expiry.past,
        expiryIncomplete: t.expiry.incomplete,
        expiryTooLate: option && lastDay ? t.expiry.tooLate(option.provider.name, option.provider.linkLifetime.maxDays, formatters.day(lastDay)) : '',
        messageTooLong: t.message.tooLong(SEND_MESSAGE_MAX_LENGTH),
      },
      { today, lastDay, messageMaxLength: SEND_MESSAGE_MAX_LENGTH },
    );
  };
  const form = useForm<SendAssessmentFormValues>({
    // A half-typed expiry reads as "" like an empty one: say to finish it.
    resolver: (values, resolverContext, options) =>
      withIncompleteInputs(schemaResolver(schemaFor(values.providerId)), { expiresOn: t.expiry.incomplete })(values, resolverContext, options),
    defaultValues: emptySendValues,
    // The pre-fill, once it is known (kept from then on, so it applies once).
    values: prefill?.values,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { setValue, getValues, setError, clearErrors, setFocus, control } = form;
  const [providerId, testId] = useWatch({ control, name: ['providerId', 'testId'] });
  const valuesApplied = useValuesApplied(control, prefill?.values);
  const selected = optionOf(providerId);

  /** The candidate's active assessment of the same test, once the cache or the backend named it. */
  const [duplicateSeen, setDuplicate] = useState<Assessment | null>(null);
  // A changed test or provider is another question: the warning no longer applies.
  const duplicate = duplicateSeen && duplicateSeen.testId === testId && duplicateSeen.providerId === providerId ? duplicateSeen : null;

  const chooseProvider = useCallback(
    (id: string) => {
      setValue('providerId', id, { shouldDirty: true });
      // Tests belong to a provider; the link lifetime too.
      setValue('testId', '');
      setValue('expiresOn', defaultExpiry(providers.options, id, today));
      clearErrors(['providerId', 'expiresOn']);
    },
    [providers.options, setValue, today, clearErrors],
  );

  /**
   * Starts what the form shows first (the first page of tests of the provider it will choose, and of reviewers)
   * from the event that opens it, not from the effects after its first render: the list is there that much sooner.
   */
  const prefetch = useCallback(() => {
    const { chosen } = initialProvider(providers.connected, planned?.providerId ?? defaultValues?.providerId);
    if (chosen) void queryClient.prefetchInfiniteQuery(testsInfiniteQueryOptions(context, chosen));
    void queryClient.prefetchInfiniteQuery(reviewersInfiniteQueryOptions(context));
  }, [providers.connected, planned, defaultValues, queryClient, context]);

  // ------------------------------------------------------------------ sending
  const send = useSendAssessment();
  const focusWhenIdle = useFocusWhenIdle(send.isPending, setFocus);
  const [formError, setFormError] = useState<FormSubmitError | null>(null);

  const cachedDuplicate = (input: SendAssessmentInput): Assessment | null => {
    const known = queryClient.getQueryData<Assessment[]>(assessmentKeys.assessments(context.scope, candidateId)) ?? [];
    return known.find((a) => a.id !== planned?.id && a.providerId === input.providerId && a.testId === input.testId && isActiveStatus(a.status)) ?? null;
  };
  const providerName = (id: string) => providers.options.find((o) => o.provider.id === id)?.provider.name ?? id;

  // The last failure stays on screen until the next outcome: its Try again keeps focus while the retry runs.
  async function deliver(input: SendAssessmentInput): Promise<Assessment | null> {
    announce(t.sending);
    try {
      const assessment = await send.mutateAsync(input);
      setFormError(null);
      setDuplicate(null);
      announce(t.sent(candidate.data?.name ?? '', assessment.testTitle));
      onSent?.(assessment);
      return assessment;
    } catch (error) {
      if (isAssessmentBackendError(error) && error.code === 'conflict') {
        const existing = error.reason === 'duplicate_assessment' ? (error.existingAssessment ?? cachedDuplicate(input)) : null;
        setFormError(existing ? null : { kind: 'rejected', error, message: planned ? t.errors.alreadySent : null });
        setDuplicate(existing);
        if (existing) void queryClient.invalidateQueries({ queryKey: assessmentKeys.assessments(context.scope, candidateId) });
        return null;
      }
      const { formError: failure, applied } = submitFailure(error, {
        setError,
        fields: fieldsByBackendPath,
        message: (field, serverMessage) => {
          if (field === 'providerId') return t.errors.providerUnavailable(providerName(input.providerId));
          if (field === 'testId') return t.test.unavailable(providerName(input.providerId));
          return serverMessage;
        },
        focus: focusWhenIdle,
      });
      // What the vendor refused may have changed state here too: a revoked key, an archived test.
      if (applied.includes('providerId')) void queryClient.invalidateQueries({ queryKey: assessmentKeys.integrations(context.scope) });
      if (applied.includes('testId')) void queryClient.invalidateQueries({ queryKey: assessmentKeys.tests(context.scope, input.providerId).slice(0, 4) });
      setFormError(failure);
      return null;
    }
  }

  const run = useSubmitOnce(async (allowDuplicate: boolean) => {
    let sent: Assessment | null = null;
    await form.handleSubmit(async (values) => {
      const input = toSendInput(values, { candidateId, planned, options: providers.options, today, allowDuplicate });
      const known = allowDuplicate ? null : cachedDuplicate(input);
      if (known) setDuplicate(known);
      else sent = await deliver(input);
    })();
    return sent;
  });

  return {
    candidate: candidate.data,
    candidateError: candidate.error,
    retryCandidate: () => void candidate.refetch(),
    providers,
    selectedProvider: selected,
    chooseProvider,
    planned,
    activityMissing: activityId !== null && assessments.isSuccess && planned === null,
    assessmentsError: assessments.error,
    retryAssessments: () => void assessments.refetch(),
    templates: templates.data ?? [],
    templatesError: templates.error,
    retryTemplates: () => void templates.refetch(),
    form,
    today,
    lastDay: lastDayOf(selected),
    testLabel: prefill && testId === prefill.values.testId ? prefill.testLabel : undefined,
    knownReviewers: lookedUp.data ? [...(prefill?.knownReviewers ?? []), ...lookedUp.data] : (prefill?.knownReviewers ?? []),
    resolvingReviewers: lookedUp.isPending && (prefill?.lookupIds.length ?? 0) > 0,
    submit: (event?: FormEvent) => run(event, false),
    sendAnyway: () => run(undefined, true),
    hasUnsavedInput: () => prefill !== null && !sameSendValues(getValues(), prefill.values),
    isSending: send.isPending,
    formError,
    duplicate,
    prefetch,
    ready: valuesApplied,
  };
}
