import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { isAssessmentBackendError } from '../../backend/errors';
import { isActiveStatus, SEND_MESSAGE_MAX_LENGTH } from '../../domain';
import type { Assessment, Integration, Provider, Reviewer, ScorecardChoice, SendAssessmentInput } from '../../domain';
import { useCandidate, useSendAssessment } from '../../data/hooks/use-assessments';
import { useReviewersByIds, useScorecardTemplates } from '../../data/hooks/use-catalogue';
import { useIntegrations, useProviders } from '../../data/hooks/use-integrations';
import { useQueryContext } from '../../data/hooks/use-query-context';
import { useFormatters } from '../../data/format';
import { useAssessmentKit } from '../../data/kit-context';
import { assessmentKeys } from '../../data/query-keys';
import { candidateAssessmentsQueryOptions, reviewersInfiniteQueryOptions, testsInfiniteQueryOptions } from '../../data/query-options';
import { applyFieldErrors } from '../../ui/form-errors';
import { withIncompleteInputs } from '../../ui/incomplete-inputs';
import { schemaResolver } from '../../ui/schema-resolver';
import { useFocusWhenIdle } from '../../ui/use-focus-when-idle';
import { addCalendarDays, calendarDay, endOfCalendarDay, middayOf } from './dates';
import {
  createSendAssessmentFormSchema,
  NO_SCORECARD,
  PLAN_SCORECARD,
  templateScorecard,
  type SendAssessmentFormValues,
} from './schema';
import type { SendAssessmentText } from './text';

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

export interface UseSendAssessmentFormOptions {
  candidateId: string;
  /** Send this plan activity (the candidate's `not_sent` assessment created by it) instead of a new one. */
  activityId?: string | null;
  defaultValues?: SendAssessmentDefaults;
  text: SendAssessmentText;
  /**
   * Whether the dialog is open: the form fills, and a plan activity's assessments load, only while it is. The
   * candidate, providers and integrations load as soon as the hook mounts, so a closed dialog opens ready.
   */
  active?: boolean;
  onSent?: (assessment: Assessment) => void;
}

/** A provider as the form offers it. */
export interface ProviderOption {
  provider: Provider;
  integration: Integration;
  /** Why it can't be used (needs attention); null when it is connected. */
  unavailableReason: string | null;
}

/**
 * Why the last send failed, when it's not about one field:
 * - `retryable`: network, timeout, 5xx, rate limit or an unreadable answer: Retry sends the same intent (same key).
 * - `rejected`: the backend refused it for a reason the recruiter can act on (`message` says what to do).
 */
export type SendAssessmentFormError = { kind: 'retryable'; error: unknown } | { kind: 'rejected'; error: unknown; message: string | null };

const fieldsByBackendPath = {
  providerId: 'providerId',
  testId: 'testId',
  reviewerIds: 'reviewerIds',
  scorecard: 'scorecard',
  expiresAt: 'expiresOn',
  message: 'message',
} as const;

const emptyValues: SendAssessmentFormValues = {
  providerId: '',
  testId: '',
  reviewerIds: [],
  scorecard: NO_SCORECARD,
  expiresOn: '',
  message: '',
};

function scorecardValue(choice: ScorecardChoice | null | undefined): string {
  if (!choice) return NO_SCORECARD;
  return choice.kind === 'template' ? templateScorecard(choice.templateId) : PLAN_SCORECARD;
}

/**
 * The headless send flow behind `SendAssessmentDialog`: who it's for, which providers can send, the form (with a
 * schema from the translated messages and the chosen provider's limits), the duplicate guard and the send itself.
 *
 * One idempotency key per intent (`useSendAssessment`): a double click or Enter twice sends once, Retry after a
 * failure reuses the key, a changed form or a confirmed duplicate (`allowDuplicate`) is a new intent.
 */
export function useSendAssessmentForm({
  candidateId,
  activityId = null,
  defaultValues,
  text: t,
  active = true,
  onSent,
}: UseSendAssessmentFormOptions) {
  const context = useQueryContext();
  const queryClient = useQueryClient();
  const { now, announce } = useAssessmentKit('useSendAssessmentForm');
  const formatters = useFormatters();

  const candidate = useCandidate(candidateId);
  const providers = useProviders();
  const integrations = useIntegrations(providers.data?.map((p) => p.id) ?? []);
  const templates = useScorecardTemplates();
  // The candidate's assessments: fetched for a plan activity (it holds the pre-fill); otherwise read from the cache
  // when another view loaded them, for the duplicate check before sending.
  const assessments = useQuery({ ...candidateAssessmentsQueryOptions(context, candidateId), enabled: active && activityId !== null });
  const planned = activityId === null ? null : (assessments.data?.find((a) => a.activityId === activityId && a.status === 'not_sent') ?? null);

  const providerOptions = useMemo<ProviderOption[]>(() => {
    const list: ProviderOption[] = [];
    providers.data?.forEach((provider, index) => {
      const integration = integrations[index]?.data;
      if (!integration || integration.state === 'not_connected') return;
      list.push({
        provider,
        integration,
        unavailableReason: integration.state === 'connected' ? null : t.provider.needsAttention(provider.name, integration.attentionReason),
      });
    });
    return list;
  }, [providers.data, integrations, t]);
  const connected = providerOptions.filter((option) => option.unavailableReason === null);
  const integrationsPending = integrations.some((query) => query.isPending);
  const integrationsError = integrations.find((query) => query.isError)?.error ?? null;
  /** Whether the user may set an integration up (the read-only variant when not). */
  const canSetUp = integrations.some((query) => query.data?.canManage === true);

  // ------------------------------------------------------------------ form
  const today = calendarDay(now());
  const [providerId, setProviderIdState] = useState('');
  const selected = providerOptions.find((option) => option.provider.id === providerId) ?? null;
  const lifetime = selected?.provider.linkLifetime ?? null;
  const lastDay = lifetime ? addCalendarDays(today, lifetime.maxDays) : null;
  const defaultDay = lifetime ? addCalendarDays(today, lifetime.defaultDays) : '';

  const schema = useMemo(
    () =>
      createSendAssessmentFormSchema(
        {
          providerRequired: t.provider.required,
          testRequired: t.test.required,
          reviewersRequired: t.reviewers.required,
          expiryRequired: t.expiry.required,
          expiryPast: t.expiry.past,
          expiryTooLate:
            selected && lastDay ? t.expiry.tooLate(selected.provider.name, selected.provider.linkLifetime.maxDays, formatters.date(middayOf(lastDay))) : '',
          messageTooLong: t.message.tooLong(SEND_MESSAGE_MAX_LENGTH),
        },
        { today, lastDay, messageMaxLength: SEND_MESSAGE_MAX_LENGTH },
      ),
    [t, selected, lastDay, today, formatters],
  );
  const schemaRef = useRef(schema);
  schemaRef.current = schema;
  const form = useForm<SendAssessmentFormValues>({
    // The schema follows the chosen provider (its maximum link lifetime): read it when validating. A half-typed
    // expiry reads as "" like an empty one: say to finish it.
    resolver: (values, resolverContext, options) =>
      withIncompleteInputs(schemaResolver(schemaRef.current), { expiresOn: t.expiry.incomplete })(values, resolverContext, options),
    defaultValues: emptyValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { reset: resetForm, setValue, getValues, setError, clearErrors, setFocus } = form;

  /** The test title to show for a pre-filled test until the catalogue names it. */
  const [testLabel, setTestLabel] = useState<string | undefined>(undefined);
  /** Reviewers known from the pre-fill (a plan assessment carries them whole). */
  const [knownReviewers, setKnownReviewers] = useState<Reviewer[]>([]);
  const [lookupIds, setLookupIds] = useState<string[]>([]);
  const lookedUp = useReviewersByIds(lookupIds);

  const chooseProvider = useCallback(
    (id: string, { keepTest = false }: { keepTest?: boolean } = {}) => {
      setProviderIdState(id);
      const option = providerOptions.find((candidateOption) => candidateOption.provider.id === id);
      setValue('providerId', id, { shouldDirty: true });
      // Tests belong to a provider; the link lifetime too.
      if (!keepTest) {
        setValue('testId', '');
        setTestLabel(undefined);
      }
      if (option) setValue('expiresOn', addCalendarDays(today, option.provider.linkLifetime.defaultDays));
      clearErrors(['providerId', 'expiresOn']);
      setDuplicate(null);
    },
    [providerOptions, setValue, today, clearErrors],
  );

  // Fill the form once per opening, when what it needs has loaded; the form shows once it is filled.
  const [filled, setFilled] = useState(false);
  /** What the form was filled with: anything else is the recruiter's unsaved input. */
  const filledValues = useRef<SendAssessmentFormValues>(emptyValues);
  const hasUnsavedInput = useCallback(() => !sameValues(getValues(), filledValues.current), [getValues]);
  const loaded = providers.isSuccess && !integrationsPending && (activityId === null || assessments.isSuccess);
  useEffect(() => {
    if (!active) {
      setFilled(false);
      return;
    }
    if (filled || !loaded) return;
    setFilled(true);
    const source = planned
      ? {
          providerId: planned.providerId,
          testId: planned.testId,
          testTitle: planned.testTitle,
          reviewerIds: planned.reviewers.map((r) => r.id),
          scorecard: planned.scorecard,
          message: '',
        }
      : defaultValues;
    const { chosen, prefilled } = initialProvider(connected, source?.providerId);
    const prefilledProvider = prefilled ? chosen : '';
    const option = connected.find((o) => o.provider.id === chosen);
    // setValue, not reset: reset drops the refs of mounted Controller fields, and a failed submit could no longer focus them.
    const values: SendAssessmentFormValues = {
      providerId: chosen,
      testId: prefilledProvider ? (source?.testId ?? '') : '',
      reviewerIds: source?.reviewerIds ?? [],
      scorecard: scorecardValue(source?.scorecard),
      expiresOn: option ? addCalendarDays(today, option.provider.linkLifetime.defaultDays) : '',
      message: source?.message ?? '',
    };
    for (const [name, value] of Object.entries(values)) setValue(name as keyof SendAssessmentFormValues, value);
    filledValues.current = values;
    setProviderIdState(chosen);
    setTestLabel(prefilledProvider ? source?.testTitle : undefined);
    const known = planned?.reviewers ?? [];
    setKnownReviewers(known);
    setLookupIds((source?.reviewerIds ?? []).filter((id) => !known.some((r) => r.id === id)));
  }, [active, loaded, filled, planned, defaultValues, connected, setValue, today]);

  /**
   * Starts what the form shows first (the first page of tests of the provider it will choose, and of reviewers)
   * from the event that opens it, not from the effects after its first render: the list is there that much sooner.
   */
  const prefetch = useCallback(() => {
    const { chosen } = initialProvider(connected, planned?.providerId ?? defaultValues?.providerId);
    if (chosen) void queryClient.prefetchInfiniteQuery(testsInfiniteQueryOptions(context, chosen));
    void queryClient.prefetchInfiniteQuery(reviewersInfiniteQueryOptions(context));
  }, [connected, planned, defaultValues, queryClient, context]);

  // ------------------------------------------------------------------ sending
  const send = useSendAssessment();
  const focusWhenIdle = useFocusWhenIdle(send.isPending, setFocus);
  const [formError, setFormError] = useState<SendAssessmentFormError | null>(null);
  /** The candidate's active assessment of the same test, once the cache or the backend named it. */
  const [duplicate, setDuplicate] = useState<Assessment | null>(null);
  const submitting = useRef(false);
  const onSentRef = useRef(onSent);
  onSentRef.current = onSent;

  const toInput = useCallback(
    (values: SendAssessmentFormValues, allowDuplicate: boolean): SendAssessmentInput => {
      const scorecard: ScorecardChoice | null =
        values.scorecard === PLAN_SCORECARD && planned?.scorecard
          ? planned.scorecard
          : values.scorecard.startsWith('template:')
            ? { kind: 'template', templateId: values.scorecard.slice('template:'.length) }
            : null;
      const option = providerOptions.find((o) => o.provider.id === values.providerId);
      const defaultExpiry = option ? addCalendarDays(today, option.provider.linkLifetime.defaultDays) : '';
      return {
        candidateId,
        providerId: values.providerId,
        testId: values.testId,
        reviewerIds: values.reviewerIds,
        scorecard,
        activityId: planned?.activityId ?? null,
        // The provider's own default when the recruiter kept it: exactly its lifetime from the moment it is sent.
        expiresAt: values.expiresOn === defaultExpiry ? null : endOfCalendarDay(values.expiresOn),
        message: values.message.trim() === '' ? null : values.message.trim(),
        ...(allowDuplicate ? { allowDuplicate: true } : {}),
      };
    },
    [candidateId, planned, providerOptions, today],
  );

  const cachedDuplicate = useCallback(
    (input: SendAssessmentInput): Assessment | null => {
      const known = queryClient.getQueryData<Assessment[]>(assessmentKeys.assessments(context.scope, candidateId)) ?? [];
      return (
        known.find(
          (a) => a.id !== planned?.id && a.providerId === input.providerId && a.testId === input.testId && isActiveStatus(a.status),
        ) ?? null
      );
    },
    [queryClient, context.scope, candidateId, planned],
  );

  const providerName = (id: string) => providerOptions.find((o) => o.provider.id === id)?.provider.name ?? id;

  // The last failure stays on screen until the next outcome: its Try again keeps focus while the retry runs.
  async function deliver(input: SendAssessmentInput) {
    announce(t.sending);
    try {
      const assessment = await send.mutateAsync(input);
      setFormError(null);
      setDuplicate(null);
      announce(t.sent(candidate.data?.name ?? '', assessment.testTitle));
      onSentRef.current?.(assessment);
      return assessment;
    } catch (error) {
      if (!isAssessmentBackendError(error)) {
        setFormError({ kind: 'retryable', error });
        return null;
      }
      switch (error.code) {
        case 'conflict':
          const existing = error.reason === 'duplicate_assessment' ? (error.existingAssessment ?? cachedDuplicate(input)) : null;
          if (existing) {
            setFormError(null);
            setDuplicate(existing);
            void queryClient.invalidateQueries({ queryKey: assessmentKeys.assessments(context.scope, candidateId) });
          } else {
            setFormError({ kind: 'rejected', error, message: planned ? t.errors.alreadySent : null });
          }
          return null;
        case 'validation': {
          const { applied, unmatched } = applyFieldErrors(setError, error.fieldErrors, fieldsByBackendPath, {
            shouldFocus: false,
            message: (field, serverMessage) => {
              if (field === 'providerId') return t.errors.providerUnavailable(providerName(input.providerId));
              if (field === 'testId') return t.test.unavailable(providerName(input.providerId));
              return serverMessage;
            },
          });
          if (applied[0]) focusWhenIdle(applied[0]);
          // What the vendor refused may have changed state here too: a revoked key, an archived test.
          if (applied.includes('providerId')) void queryClient.invalidateQueries({ queryKey: assessmentKeys.integrations(context.scope) });
          if (applied.includes('testId')) void queryClient.invalidateQueries({ queryKey: assessmentKeys.tests(context.scope, input.providerId).slice(0, 4) });
          setFormError(applied.length === 0 || Object.keys(unmatched).length > 0 ? { kind: 'rejected', error, message: Object.values(unmatched)[0] ?? null } : null);
          return null;
        }
        case 'forbidden':
        case 'not_found':
          setFormError({ kind: 'rejected', error, message: null });
          return null;
        default:
          setFormError({ kind: 'retryable', error });
          return null;
      }
    }
  }

  async function run(event: FormEvent | undefined, allowDuplicate: boolean): Promise<Assessment | null> {
    event?.preventDefault();
    // A second Enter or click before React re-renders: the first submit is still validating or sending.
    if (submitting.current) return null;
    submitting.current = true;
    let sent: Assessment | null = null;
    try {
      await form.handleSubmit(async (values) => {
        const input = toInput(values, allowDuplicate);
        if (!allowDuplicate) {
          const known = cachedDuplicate(input);
          if (known) {
            setDuplicate(known);
            return;
          }
        }
        sent = await deliver(input);
      })();
    } finally {
      submitting.current = false;
    }
    return sent;
  }

  const submit = (event?: FormEvent) => run(event, false);
  /** The recruiter saw the active assessment and wants a second one: a new intent, with a new key. */
  const sendAnyway = () => run(undefined, true);

  /** Back to an empty form for the next opening (the dialog mounts a fresh hook per opening instead). */
  const { reset: resetSend } = send;
  const reset = useCallback(() => {
    setFilled(false);
    filledValues.current = emptyValues;
    submitting.current = false;
    resetForm(emptyValues);
    resetSend();
    setFormError(null);
    setDuplicate(null);
    setProviderIdState('');
    setTestLabel(undefined);
    setLookupIds([]);
  }, [resetForm, resetSend]);

  // A changed test or provider is another question: the duplicate warning no longer applies.
  const watchedTest = form.watch('testId');
  useEffect(() => setDuplicate((current) => (current && current.testId !== watchedTest ? null : current)), [watchedTest]);

  return {
    candidate,
    providers,
    integrationsPending,
    integrationsError,
    providerOptions,
    connected,
    canSetUp,
    selectedProvider: selected,
    chooseProvider,
    planned,
    /** A plan activity that can't be sent (already sent, or gone). */
    activityMissing: activityId !== null && assessments.isSuccess && planned === null,
    assessmentsQuery: assessments,
    templates,
    form,
    getValues,
    today,
    lastDay,
    defaultDay,
    testLabel,
    knownReviewers: lookedUp.data ? [...knownReviewers, ...lookedUp.data] : knownReviewers,
    resolvingReviewers: lookedUp.isPending && lookupIds.length > 0,
    submit,
    sendAnyway,
    /** Whether the recruiter changed anything since the form was filled: closing then asks first. */
    hasUnsavedInput,
    isSending: send.isPending,
    formError,
    duplicate,
    reset,
    /** Call from the event that opens the form (the dialog's trigger does): its first lists start loading at once. */
    prefetch,
    ready: loaded && filled,
  };
}

function sameValues(a: SendAssessmentFormValues, b: SendAssessmentFormValues): boolean {
  return (Object.keys(a) as Array<keyof SendAssessmentFormValues>).every((name) => JSON.stringify(a[name]) === JSON.stringify(b[name]));
}

/** The provider the form starts with: the one asked for when it is connected, else the only connected one. */
function initialProvider(connected: readonly ProviderOption[], wanted: string | undefined) {
  if (wanted && connected.some((option) => option.provider.id === wanted)) return { chosen: wanted, prefilled: true };
  return { chosen: connected.length === 1 ? connected[0]!.provider.id : '', prefilled: false };
}

export type SendAssessmentForm = ReturnType<typeof useSendAssessmentForm>;
