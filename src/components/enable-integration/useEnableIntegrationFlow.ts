import { useCallback, useEffect, useMemo, useReducer, useRef, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useForm } from 'react-hook-form';
import { isAssessmentBackendError } from '../../backend/errors';
import type { Integration, Provider } from '../../domain';
import { isNewerWebhook } from '../../domain/integration-rules';
import { useIntegration, useProviders, useVerifyApiKey } from '../../data/hooks/use-integrations';
import { useAssessmentKit } from '../../data/kit-context';
import { apiKeyResolver, type ApiKeyFormValues } from './api-key-form';
import { useSecondsUntil } from '../../ui/use-seconds-until';
import type { EnableIntegrationText } from './text';

export type EnableIntegrationMode = 'connect' | 'replace';
export type EnableIntegrationStep = 'apiKey' | 'webhook' | 'done';
const connectSteps: readonly EnableIntegrationStep[] = ['apiKey', 'webhook', 'done'];
/** A new key leaves the webhook URL as it was: nothing to do there, unless the vendor sent a new signing secret. */
const replaceSteps: readonly EnableIntegrationStep[] = ['apiKey', 'done'];

/**
 * A failure of the verification request that is not about the field itself:
 * - `retryable`: network, server, unreadable answer, a session that expired: the same key can be sent again.
 * - `rate_limited`: the vendor is throttling; `retryAfterSeconds` says when to try again (`retryAt`, ms since epoch).
 * - `not_allowed`: forbidden: retrying will not help.
 * - `conflict`: the integration changed meanwhile (e.g. connected in another tab).
 */
export type EnableIntegrationFormError =
  | { kind: 'retryable'; error: unknown }
  | { kind: 'rate_limited'; retryAfterSeconds: number | null; retryAt: number | null }
  | { kind: 'not_allowed'; error: unknown }
  | { kind: 'conflict'; error: unknown };

interface FlowState {
  step: EnableIntegrationStep;
  /** Whether this run goes through the webhook step (always when connecting; when replacing, only for a new secret). */
  withWebhookStep: boolean;
  /** The integration as verification returned it. */
  verified: Integration | null;
  /** `lastWebhookAt` at verification: a later value means a new event arrived. */
  baselineLastWebhookAt: string | null;
  /** Shown once; dropped when the dialog closes. Never cached. */
  signingSecret: string | null;
  secretSaved: boolean;
  /** The user tried to continue without confirming the secret. */
  secretConfirmMissing: boolean;
  formError: EnableIntegrationFormError | null;
}

type FlowAction =
  | { type: 'verified'; integration: Integration; signingSecret: string | null; mode: EnableIntegrationMode }
  | { type: 'formError'; error: EnableIntegrationFormError | null }
  | { type: 'secretSaved'; saved: boolean }
  | { type: 'secretConfirmMissing' }
  | { type: 'done' };

const initialState: FlowState = {
  step: 'apiKey',
  withWebhookStep: false,
  verified: null,
  baselineLastWebhookAt: null,
  signingSecret: null,
  secretSaved: false,
  secretConfirmMissing: false,
  formError: null,
};

function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'verified': {
      const withWebhookStep = action.mode === 'connect' || action.signingSecret !== null;
      return {
        ...initialState,
        step: withWebhookStep ? 'webhook' : 'done',
        withWebhookStep,
        verified: action.integration,
        baselineLastWebhookAt: action.integration.lastWebhookAt,
        signingSecret: action.signingSecret,
      };
    }
    case 'formError':
      return { ...state, formError: action.error };
    case 'secretSaved':
      return { ...state, secretSaved: action.saved, secretConfirmMissing: false };
    case 'secretConfirmMissing':
      return { ...state, secretConfirmMissing: true };
    case 'done':
      // The secret leaves memory with the step that showed it.
      return { ...state, step: 'done', signingSecret: null };
  }
}

export interface UseEnableIntegrationFlowOptions {
  providerId: string;
  mode?: EnableIntegrationMode;
  /** Fires once the key is verified (not on Finish), so the host can update even if the user closes early. */
  onConnected?: (integration: Integration) => void;
  text: EnableIntegrationText;
  /** Whether the dialog is open: polling and queries only run while it is. */
  active?: boolean;
  /** How often to re-check the integration while waiting for the first webhook event. */
  webhookPollIntervalMs?: number;
}

/**
 * The headless state machine behind `EnableIntegrationDialog`: apiKey -> (verifying) -> webhook -> done.
 *
 * Mount it once per opening, as the dialog does (render it only while open, or give it a `key` per opening): its
 * state starts empty with it, and nothing resets it on close.
 *
 * The API key lives only in react-hook-form's transient state: it goes to `useVerifyApiKey().verify`, which keeps it
 * out of the TanStack cache, and the form is reset on success and on unmount.
 *
 * While the key is checked the flow can't be closed (`canClose` is false): the vendor may already have accepted it,
 * and the answer may carry a secret shown only once. The check is never aborted: if the host unmounts the flow
 * anyway, the answer still updates the kit's cache and `onConnected` still tells the host; nothing is shown or said.
 *
 * Every state change a sighted user sees is said through the kit's announcer: checking, accepted, rejected,
 * rate limited (the start and the end of the wait, never each second) and the first webhook event.
 */
export function useEnableIntegrationFlow({
  providerId,
  mode = 'connect',
  onConnected,
  text,
  active = true,
  webhookPollIntervalMs = 2000,
}: UseEnableIntegrationFlowOptions) {
  const [state, dispatch] = useReducer(flowReducer, initialState);
  const { announce } = useAssessmentKit('useEnableIntegrationFlow');
  const providers = useProviders();
  const provider: Provider | undefined = providers.data?.find((p) => p.id === providerId);
  const providerName = provider?.name ?? '';
  // Read by callbacks and effects that must not re-run when the text object or the name changes identity.
  const textRef = useRef(text);
  textRef.current = text;
  const providerNameRef = useRef(providerName);
  providerNameRef.current = providerName;

  // Polls only while the webhook step is open (a closed dialog's query is disabled altogether).
  const integrationQuery = useIntegration(providerId, {
    enabled: active,
    pollIntervalMs: state.step === 'webhook' ? webhookPollIntervalMs : false,
  });
  const integration = integrationQuery.data ?? state.verified ?? undefined;
  const webhookReceived =
    state.verified !== null && isNewerWebhook(integration?.lastWebhookAt ?? null, state.baselineLastWebhookAt);
  useEffect(() => {
    if (webhookReceived) announce(textRef.current.webhook.received);
  }, [webhookReceived, announce]);

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

  const verification = useVerifyApiKey(providerId, mode);
  const { verify } = verification;

  /** Blocks a second submit (double click, Enter twice) from the first event on, before React re-renders. */
  const submitting = useRef(false);
  const onConnectedRef = useRef(onConnected);
  onConnectedRef.current = onConnected;
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
      const t = textRef.current;
      const name = providerNameRef.current;
      dispatch({ type: 'formError', error: null });
      announce(t.apiKey.verifying(name));
      try {
        // The form schema already trimmed the key.
        const result = await verify(apiKey);
        if (!mounted.current) {
          // The host unmounted the dialog meanwhile: nothing to show, but the host still hears it connected.
          onConnectedRef.current?.(result.integration);
          return;
        }
        resetForm();
        dispatch({ type: 'verified', integration: result.integration, signingSecret: result.signingSecret, mode });
        announce(t.webhook.verified(name, result.integration.apiKeySuffix));
        onConnectedRef.current?.(result.integration);
      } catch (error) {
        if (!mounted.current) return;
        if (!isAssessmentBackendError(error)) {
          // An error Alert (role="alert") says itself.
          dispatch({ type: 'formError', error: { kind: 'retryable', error } });
          return;
        }
        switch (error.code) {
          case 'invalid_api_key':
            showFieldMessage('server', t.apiKey.invalid(name));
            return;
          case 'validation':
            // The server's own wording may be English-only: the field gets our (translatable) messages.
            showFieldMessage('server', error.fieldErrors.apiKey ? t.apiKey.invalid(name) : t.apiKey.required(name));
            return;
          case 'rate_limited':
            dispatch({
              type: 'formError',
              error: {
                kind: 'rate_limited',
                retryAfterSeconds: error.retryAfterSeconds,
                retryAt: error.retryAfterSeconds === null ? null : Date.now() + error.retryAfterSeconds * 1000,
              },
            });
            announce(t.errors.rateLimited(error.retryAfterSeconds), 'assertive');
            return;
          case 'forbidden':
            dispatch({ type: 'formError', error: { kind: 'not_allowed', error } });
            return;
          case 'conflict':
            dispatch({ type: 'formError', error: { kind: 'conflict', error } });
            announce(t.errors.alreadyConnectedTitle, 'assertive');
            return;
          default:
            dispatch({ type: 'formError', error: { kind: 'retryable', error } });
        }
      }
    },
    [verify, resetForm, showFieldMessage, announce, mode],
  );

  // While the vendor throttles, Connect waits out Retry-After instead of spending another attempt.
  const retryInSeconds = useSecondsUntil(state.formError?.kind === 'rate_limited' ? state.formError.retryAt : null);
  const retryBlocked = retryInSeconds > 0;
  // The end of the wait is said once; the seconds in between are only shown.
  const wasBlocked = useRef(false);
  useEffect(() => {
    if (wasBlocked.current && !retryBlocked && state.formError?.kind === 'rate_limited') {
      announce(textRef.current.errors.rateLimitOver);
    }
    wasBlocked.current = retryBlocked;
  }, [retryBlocked, state.formError, announce]);

  const retryInSecondsRef = useRef(retryInSeconds);
  retryInSecondsRef.current = retryInSeconds;
  const submit = useCallback(
    async (event?: FormEvent) => {
      event?.preventDefault();
      if (submitting.current) return;
      if (retryBlocked) {
        // Enter during the wait spends no attempt, and says how long is left.
        announce(textRef.current.errors.rateLimited(retryInSecondsRef.current));
        return;
      }
      submitting.current = true;
      try {
        await form.handleSubmit(onValid, (errors) => {
          if (errors.apiKey?.message) showFieldMessage('required', errors.apiKey.message);
        })();
      } finally {
        submitting.current = false;
      }
    },
    [form, onValid, retryBlocked, announce, showFieldMessage],
  );

  const setSecretSaved = useCallback((saved: boolean) => dispatch({ type: 'secretSaved', saved }), []);

  /** From the webhook step to done; refused (with a message) while a shown secret is unconfirmed. */
  const continueToDone = useCallback(() => {
    if (state.signingSecret !== null && !state.secretSaved) {
      dispatch({ type: 'secretConfirmMissing' });
      return false;
    }
    dispatch({ type: 'done' });
    return true;
  }, [state.signingSecret, state.secretSaved]);

  useEffect(() => () => resetForm(), [resetForm]);

  const isVerifying = verification.isPending;
  const secretUnsaved = state.signingSecret !== null && !state.secretSaved;

  // Replace mode shows the webhook step only when the vendor sent a new secret with the new key.
  const steps = mode === 'replace' && !state.withWebhookStep ? replaceSteps : connectSteps;

  return {
    step: state.step,
    /** The steps this flow goes through, for a progress display: replace mode skips the unchanged webhook. */
    steps,
    stepIndex: steps.indexOf(state.step),
    mode,
    providers,
    provider,
    /** The integration: live (polled on the webhook step), or as verification returned it. */
    integration,
    /** The integration as verification returned it; null before. */
    verifiedIntegration: state.verified,
    form,
    submit,
    isVerifying,
    formError: state.formError,
    /** Seconds until a rate-limited key check may be tried again; 0 when nothing blocks it. */
    retryInSeconds,
    signingSecret: state.signingSecret,
    secretSaved: state.secretSaved,
    secretConfirmMissing: state.secretConfirmMissing,
    setSecretSaved,
    webhookReceived,
    continueToDone,
    /** False while the key is checked (the kit's rule for a write in flight) and while a shown-once secret is unconfirmed. */
    canClose: !isVerifying && !secretUnsaved,
    secretUnsaved,
    focusApiKey: useCallback(() => setFocus('apiKey'), [setFocus]),
  };
}

export type EnableIntegrationFlow = ReturnType<typeof useEnableIntegrationFlow>;

/** The focused element, looking into open shadow roots (`document.activeElement` stops at a shadow host). */
function focusedElement(): Element | null {
  let active = typeof document === 'undefined' ? null : document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
