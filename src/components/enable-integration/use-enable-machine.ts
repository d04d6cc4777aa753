import { useCallback, useEffect, useMemo, useReducer, useRef, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { isAssessmentBackendError } from '../../backend/errors';
import type { Integration, Provider } from '../../domain';
import { isNewerWebhook } from '../../domain/integration-rules';
import { useIntegration, useProviders, useVerifyApiKey } from '../../data/hooks/use-integrations';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import { useLatestRef } from '../../ui/use-latest-ref';
import { useRetainedError } from '../../ui/use-retained-error';
import { useSecondsUntil } from '../../ui/use-seconds-until';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { apiKeyResolver, type ApiKeyFormValues } from './api-key-form';
import {
  connectSteps,
  flowReducer,
  initialFlowState,
  replaceSteps,
  type EnableIntegrationFormError,
  type EnableIntegrationMode,
  type EnableIntegrationStep,
} from './flow-state';
import { enableIntegrationText, type EnableIntegrationText } from './text';

export interface UseEnableIntegrationFlowOptions {
  providerId: string;
  mode?: EnableIntegrationMode;
  /** Fires once the key is verified (not on Finish), so the host can update even if the user closes early. */
  onConnected?: (integration: Integration) => void;
  /** Text overrides (any feature's keys, e.g. `{ enableIntegration: {…} }`), over the provider's. */
  text?: TextOverrides;
  /** Whether the dialog is open: polling and queries only run while it is. */
  active?: boolean;
  /** How often to re-check the integration while waiting for the first webhook event. */
  webhookPollIntervalMs?: number;
}

/** The flow's state without its form: what `EnableIntegrationFlow` shares with the kit's own dialog. */
export interface EnableIntegrationFlowState {
  step: EnableIntegrationStep;
  /** The steps this flow goes through, for a progress display: replace mode skips the unchanged webhook. */
  steps: readonly EnableIntegrationStep[];
  stepIndex: number;
  mode: EnableIntegrationMode;
  /** The flow's text: the defaults, the provider's overrides and `text`. */
  text: EnableIntegrationText;
  /** The vendor; undefined while the providers load, when they failed, and for an id the backend doesn't know. */
  provider: Provider | undefined;
  /** The providers are loading (and have not failed). */
  providersLoading: boolean;
  /** Why the providers couldn't be loaded; kept while `retryProviders` runs, so a Try again button can stay. */
  providersError: unknown;
  /** `retryProviders` is running. */
  providersRetrying: boolean;
  retryProviders: () => void;
  /** The integration: live (polled on the webhook step), or as verification returned it. */
  integration: Integration | undefined;
  /** The integration as verification returned it; null before. */
  verifiedIntegration: Integration | null;
  /** Checks the key and, once the vendor accepts it, moves on. Safe to call twice: a second call does nothing. */
  submit: (event?: FormEvent) => Promise<void>;
  isVerifying: boolean;
  formError: EnableIntegrationFormError | null;
  /** Seconds until a rate-limited key check may be tried again; 0 when nothing blocks it. */
  retryInSeconds: number;
  /** Shown once, on the webhook step; never cached. */
  signingSecret: string | null;
  secretSaved: boolean;
  secretConfirmMissing: boolean;
  setSecretSaved: (saved: boolean) => void;
  webhookReceived: boolean;
  /** From the webhook step to done; refused (false, with a message) while a shown secret is unconfirmed. */
  continueToDone: () => boolean;
  /** False while the key is checked (the kit's rule for a write in flight) and while a shown-once secret is unconfirmed. */
  canClose: boolean;
  secretUnsaved: boolean;
  focusApiKey: () => void;
}

/** The kit's dialog binds the key field with react-hook-form itself. */
export interface EnableIntegrationMachine extends EnableIntegrationFlowState {
  form: UseFormReturn<ApiKeyFormValues>;
}

/** The focused element, looking into open shadow roots (`document.activeElement` stops at a shadow host). */
function focusedElement(): Element | null {
  let active = typeof document === 'undefined' ? null : document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The state machine behind `useEnableIntegrationFlow` and `EnableIntegrationDialog` (see the public hook). */
export function useEnableIntegrationMachine({
  providerId,
  mode = 'connect',
  onConnected,
  text: textOverrides,
  active = true,
  webhookPollIntervalMs = 2000,
}: UseEnableIntegrationFlowOptions): EnableIntegrationMachine {
  const text = useKitText('enableIntegration', enableIntegrationText, textOverrides);
  const [state, dispatch] = useReducer(flowReducer, initialFlowState);
  const { announce } = useAssessmentKit('useEnableIntegrationFlow');
  const providers = useProviders();
  const providersError = useRetainedError(providers);
  const provider: Provider | undefined = providers.data?.find((p) => p.id === providerId);
  // Read by callbacks and effects that must not re-run when the text, the name or the host's callback change.
  const latest = useLatestRef({ text, providerName: provider?.name ?? '', onConnected });

  // Polls only while the webhook step is open (a closed dialog's query is disabled altogether).
  const integrationQuery = useIntegration(providerId, {
    enabled: active,
    pollIntervalMs: state.step === 'webhook' ? webhookPollIntervalMs : false,
  });
  const integration = integrationQuery.data ?? state.verified ?? undefined;
  const webhookReceived =
    state.verified !== null && isNewerWebhook(integration?.lastWebhookAt ?? null, state.baselineLastWebhookAt);
  useEffect(() => {
    if (webhookReceived) announce(latest.current.text.webhook.received);
  }, [webhookReceived, announce, latest]);

  const providerName = provider?.name ?? '';
  const resolver = useMemo(() => apiKeyResolver({ required: text.apiKey.required(providerName) }), [text, providerName]);
  const form = useForm<ApiKeyFormValues>({
    resolver,
    defaultValues: { apiKey: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Never keep values of unmounted fields: the key must not outlive its step.
    shouldUnregister: true,
    // The flow moves focus itself, once the message is on the field (`showFieldMessage`).
    shouldFocusError: false,
  });
  const { reset: resetForm, setError, setFocus, getFieldState } = form;
  useEffect(() => () => resetForm(), [resetForm]);

  const verification = useVerifyApiKey(providerId, mode);
  const { verify } = verification;
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /**
   * Puts a message on the key field, then focus there. Focus landing on the field reads the message with it (its
   * description), so it is said only when focus was there already (Enter in the field): never heard twice.
   */
  const showFieldMessage = useCallback(
    (type: 'required' | 'server', message: string) => {
      const before = focusedElement();
      // Rendered before focus moves, so the field already carries the message when it is reached.
      flushSync(() => setError('apiKey', { type, message }));
      // The field itself, focused now (react-hook-form's `setFocus` waits a task, too late to compare).
      getFieldState('apiKey').error?.ref?.focus?.();
      if (focusedElement() === before) announce(message, 'assertive');
    },
    [setError, getFieldState, announce],
  );

  const onValid = useCallback(
    async ({ apiKey }: ApiKeyFormValues) => {
      const { text: t, providerName: name } = latest.current;
      dispatch({ type: 'formError', error: null });
      announce(t.apiKey.verifying(name));
      try {
        // The form schema already trimmed the key.
        const result = await verify(apiKey);
        if (!mounted.current) {
          // The host unmounted the dialog meanwhile: nothing to show, but the host still hears it connected.
          latest.current.onConnected?.(result.integration);
          return;
        }
        resetForm();
        dispatch({ type: 'verified', integration: result.integration, signingSecret: result.signingSecret, mode });
        announce(t.webhook.verified(name, result.integration.apiKeySuffix));
        latest.current.onConnected?.(result.integration);
      } catch (error) {
        if (!mounted.current) return;
        const failure = classifyVerifyError(error, t, name);
        if (failure.kind === 'field') return showFieldMessage('server', failure.message);
        dispatch({ type: 'formError', error: failure.error });
        if (failure.say) announce(failure.say, 'assertive');
      }
    },
    [verify, resetForm, showFieldMessage, announce, mode, latest],
  );

  // While the vendor throttles, Connect waits out Retry-After instead of spending another attempt.
  const retryInSeconds = useSecondsUntil(state.formError?.kind === 'rate_limited' ? state.formError.retryAt : null);
  const retryBlocked = retryInSeconds > 0;
  // The end of the wait is said once; the seconds in between are only shown.
  const wasBlocked = useRef(false);
  useEffect(() => {
    if (wasBlocked.current && !retryBlocked && state.formError?.kind === 'rate_limited') {
      announce(latest.current.text.errors.rateLimitOver);
    }
    wasBlocked.current = retryBlocked;
  }, [retryBlocked, state.formError, announce, latest]);

  const check = useCallback(async () => {
    if (retryBlocked) {
      // Enter during the wait spends no attempt, and says how long is left.
      announce(latest.current.text.errors.rateLimited(retryInSeconds));
      return null;
    }
    await form.handleSubmit(onValid, (errors) => {
      if (errors.apiKey?.message) showFieldMessage('required', errors.apiKey.message);
    })();
    return null;
  }, [retryBlocked, retryInSeconds, form, onValid, showFieldMessage, announce, latest]);
  const submitOnce = useSubmitOnce(check);
  const submit = useCallback(async (event?: FormEvent) => void (await submitOnce(event)), [submitOnce]);

  const setSecretSaved = useCallback((saved: boolean) => dispatch({ type: 'secretSaved', saved }), []);
  const continueToDone = useCallback(() => {
    if (state.signingSecret !== null && !state.secretSaved) {
      dispatch({ type: 'secretConfirmMissing' });
      return false;
    }
    dispatch({ type: 'done' });
    return true;
  }, [state.signingSecret, state.secretSaved]);

  const isVerifying = verification.isPending;
  const secretUnsaved = state.signingSecret !== null && !state.secretSaved;
  // Replace mode shows the webhook step only when the vendor sent a new secret with the new key.
  const steps = mode === 'replace' && !state.withWebhookStep ? replaceSteps : connectSteps;

  return {
    step: state.step,
    steps,
    stepIndex: steps.indexOf(state.step),
    mode,
    text,
    provider,
    providersLoading: providers.isPending && !providersError,
    providersError,
    providersRetrying: providers.isFetching,
    retryProviders: () => void providers.refetch(),
    integration,
    verifiedIntegration: state.verified,
    form,
    submit,
    isVerifying,
    formError: state.formError,
    retryInSeconds,
    signingSecret: state.signingSecret,
    secretSaved: state.secretSaved,
    secretConfirmMissing: state.secretConfirmMissing,
    setSecretSaved,
    webhookReceived,
    continueToDone,
    canClose: !isVerifying && !secretUnsaved,
    secretUnsaved,
    focusApiKey: useCallback(() => setFocus('apiKey'), [setFocus]),
  };
}

type VerifyFailure = { kind: 'field'; message: string } | { kind: 'form'; error: EnableIntegrationFormError; say?: string };

/** What a failed check means for the user: a message on the key field, or a form-level error and what to say at once. */
function classifyVerifyError(error: unknown, t: EnableIntegrationText, name: string): VerifyFailure {
  // An error Alert (role="alert") says itself.
  if (!isAssessmentBackendError(error)) return { kind: 'form', error: { kind: 'retryable', error } };
  switch (error.code) {
    case 'invalid_api_key':
      return { kind: 'field', message: t.apiKey.invalid(name) };
    case 'validation':
      // The server's own wording may be English-only: the field gets our (translatable) messages.
      return { kind: 'field', message: error.fieldErrors.apiKey ? t.apiKey.invalid(name) : t.apiKey.required(name) };
    case 'rate_limited': {
      const seconds = error.retryAfterSeconds;
      const retryAt = seconds === null ? null : Date.now() + seconds * 1000;
      return { kind: 'form', error: { kind: 'rate_limited', retryAfterSeconds: seconds, retryAt }, say: t.errors.rateLimited(seconds) };
    }
    case 'forbidden':
      return { kind: 'form', error: { kind: 'not_allowed', error } };
    case 'conflict':
      return { kind: 'form', error: { kind: 'conflict', error }, say: t.errors.alreadyConnectedTitle };
    default:
      return { kind: 'form', error: { kind: 'retryable', error } };
  }
}
