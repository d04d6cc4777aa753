import { useEffect, useId, useRef, useState, type ClipboardEvent, type ReactNode, type RefObject } from 'react';
import type { Integration } from '../../domain';
import { useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import { commonText, type CommonText } from '../../ui/text';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CopyField } from '../../ui/CopyField';
import {
  DialogBody,
  DialogCloseButton,
  DialogContent,
  DialogFooter,
  DialogHeader,
  DialogRoot,
  DialogTitle,
  DialogTrigger,
} from '../../ui/Dialog';
import { useControllableOpen } from '../../ui/use-controllable-open';
import { useRetainedError } from '../../ui/use-retained-error';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import {
  CheckIcon,
  CircleAlertIcon,
  CircleCheckIcon,
  EyeIcon,
  EyeOffIcon,
  KeyIcon,
  LockIcon,
  RefreshIcon,
} from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { enableIntegrationText, type EnableIntegrationText } from './text';
import {
  useEnableIntegrationFlow,
  type EnableIntegrationFlow,
  type EnableIntegrationMode,
} from './useEnableIntegrationFlow';
import { renderMenuPath, WebhookInstructions } from './WebhookInstructions';

export interface EnableIntegrationDialogProps {
  /** The vendor to connect, e.g. "codeinterview". Its name and instructions come from the backend. */
  providerId: string;
  /**
   * `connect` (default) for a vendor that is not connected; `replace` for a connected one getting a new key. The
   * old key keeps working until the new one is verified.
   */
  mode?: EnableIntegrationMode;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** An element that opens the dialog; focus returns to it on close. */
  trigger?: ReactNode;
  /**
   * Fires as soon as the key is verified (before the webhook step), so the host can update even if the user closes
   * the dialog early. The kit's own cache is already updated by then. The dialog can't be closed while the key is
   * checked; if the host closes or unmounts it anyway, the check still runs to its end and this still fires.
   */
  onConnected?: (integration: Integration) => void;
  /** Text overrides for this dialog (any feature's keys, e.g. `{ enableIntegration: {…}, common: {…} }`), over the provider's. */
  text?: TextOverrides;
}

/**
 * Connect a vendor (or replace its key): API key -> verify -> webhook URL -> done.
 *
 * The API key lives only in the form while step 1 is on screen: it never reaches the query cache, storage, the URL
 * or logs, and the form is cleared on success and gone with the opening on close.
 */
export function EnableIntegrationDialog({
  providerId,
  mode = 'connect',
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  trigger,
  onConnected,
  text,
}: EnableIntegrationDialogProps) {
  const [open, setOpen] = useControllableOpen(openProp, defaultOpen, onOpenChange);
  return (
    <DialogRoot open={open} onOpenChange={setOpen}>
      {trigger ? <DialogTrigger>{trigger}</DialogTrigger> : null}
      {/* One flow per opening: its key, errors and secret start empty with it, and nothing resets them on close. */}
      {open ? (
        <EnableIntegrationContent
          providerId={providerId}
          mode={mode}
          onConnected={onConnected}
          text={text}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </DialogRoot>
  );
}

function EnableIntegrationContent({
  providerId,
  mode,
  onConnected,
  text,
  onClose,
}: Pick<EnableIntegrationDialogProps, 'providerId' | 'onConnected' | 'text'> & {
  mode: EnableIntegrationMode;
  onClose: () => void;
}) {
  const t = useKitText('enableIntegration', enableIntegrationText, text);
  const common = useKitText('common', commonText, text);
  const flow = useEnableIntegrationFlow({ providerId, mode, onConnected, text: t });
  const { canClose } = flow;

  // Focus: the key field on open (once it exists), the new step's heading after each step change.
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const secretConfirmRef = useRef<HTMLInputElement>(null);
  const wantsKeyFocus = useRef(true);
  const providerReady = flow.provider !== undefined;
  const { focusApiKey } = flow;
  useEffect(() => {
    if (flow.step !== 'apiKey' || !providerReady || !wantsKeyFocus.current) return;
    wantsKeyFocus.current = false;
    focusApiKey();
  }, [flow.step, providerReady, focusApiKey]);
  const previousStep = useRef(flow.step);
  useEffect(() => {
    if (previousStep.current !== flow.step && flow.step !== 'apiKey') stepHeadingRef.current?.focus();
    previousStep.current = flow.step;
  }, [flow.step]);

  const name = flow.provider?.name;
  const title = name === undefined ? t.loadingTitle : mode === 'replace' ? t.replaceTitle(name) : t.title(name);
  const formId = useId();

  return (
    <DialogContent
      // The kit's rule for a write in flight: held open while the key is checked (and while a secret is unsaved).
      preventClose={!canClose}
      // A held Escape hears why the dialog stays.
      busyLabel={flow.isVerifying && name !== undefined ? t.apiKey.verifying(name) : undefined}
      described={false}
      onOpenAutoFocus={(event) => {
        // The key field takes focus as soon as it exists; until then Radix focuses the first control.
        if (flow.step === 'apiKey' && providerReady) {
          event.preventDefault();
          wantsKeyFocus.current = false;
          focusApiKey();
        }
      }}
    >
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        {canClose ? <DialogCloseButton label={common.close} /> : null}
      </DialogHeader>
      <DialogBody>
        <div className="ak-enable" data-step={flow.step}>
          {name === undefined ? null : <StepProgress flow={flow} t={t} common={common} />}
          <DialogBodyContent flow={flow} t={t} common={common} overrides={text} formId={formId} headingRef={stepHeadingRef} secretConfirmRef={secretConfirmRef} />
        </div>
      </DialogBody>
      <DialogFooter>
        <EnableFooter
          flow={flow}
          t={t}
          common={common}
          formId={formId}
          onClose={onClose}
          // Continue without confirming the secret: take the user to the box (it scrolls into view).
          onSecretConfirmMissing={() => secretConfirmRef.current?.focus()}
        />
      </DialogFooter>
    </DialogContent>
  );
}

/** What 1Password, LastPass, Bitwarden and Dashlane honour to leave a field alone. */
const passwordManagerOptOuts = {
  'data-1p-ignore': true,
  'data-lpignore': 'true',
  'data-bwignore': true,
  'data-form-type': 'other',
};

type PartProps = {
  flow: EnableIntegrationFlow;
  t: EnableIntegrationText;
  common: CommonText;
  /** The caller's raw overrides, handed on to nested kit components. */
  overrides?: TextOverrides | undefined;
};

function StepProgress({ flow, t }: PartProps) {
  return (
    <ol className="ak-enable-steps" aria-label={t.progress.label}>
      {flow.steps.map((step, index) => {
        const state = index < flow.stepIndex ? 'complete' : index === flow.stepIndex ? 'current' : 'upcoming';
        return (
          <li key={step} className="ak-enable-steps__item" data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="ak-enable-steps__marker" aria-hidden="true">
              {state === 'complete' ? <CheckIcon className="ak-icon" /> : index + 1}
            </span>
            <span className="ak-enable-steps__label">{t.progress.steps[step]}</span>
            {state === 'complete' ? <VisuallyHidden>{`, ${t.progress.completed}`}</VisuallyHidden> : null}
          </li>
        );
      })}
    </ol>
  );
}

function DialogBodyContent({
  flow,
  t,
  common,
  overrides,
  formId,
  headingRef,
  secretConfirmRef,
}: PartProps & {
  formId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  secretConfirmRef: RefObject<HTMLInputElement | null>;
}) {
  // Kept while Try again reloads them, so the focused button stays (pending) instead of vanishing into a spinner.
  const providersError = useRetainedError(flow.providers);
  if (providersError) {
    return (
      <Alert
        tone="danger"
        title={errorMessage(providersError, common)}
        actions={
          // Stays (pending) while it refetches, so focus stays on it; the key field takes focus once the form appears.
          <Button size="sm" icon={<RefreshIcon />} pending={flow.providers.isFetching} onClick={() => void flow.providers.refetch()}>
            {common.retry}
          </Button>
        }
      />
    );
  }
  if (flow.providers.isPending) return <Spinner label={common.loading} />;
  if (!flow.provider) return <Alert tone="warning">{t.providerNotFound}</Alert>;
  if (flow.step === 'apiKey') return <ApiKeyStep flow={flow} t={t} common={common} formId={formId} />;
  if (flow.step === 'webhook') {
    return <WebhookStep flow={flow} t={t} common={common} overrides={overrides} headingRef={headingRef} secretConfirmRef={secretConfirmRef} />;
  }
  return <DoneStep flow={flow} t={t} common={common} headingRef={headingRef} />;
}

function ApiKeyStep({ flow, t, common, formId }: PartProps & { formId: string }) {
  const [revealed, setRevealed] = useState(false);
  const inputId = useId();
  const provider = flow.provider!;
  const { register, formState, setValue, getValues } = flow.form;
  const fieldError = formState.errors.apiKey?.message;
  const locked = flow.isVerifying;
  const registration = register('apiKey', {
    // Typing after a rejected key clears the server's message.
    onChange: () => {
      if (formState.errors.apiKey?.type === 'server') flow.form.clearErrors('apiKey');
    },
  });

  function trimPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData('text');
    const trimmed = pasted.trim();
    if (trimmed === pasted || locked) return;
    event.preventDefault();
    const input = event.currentTarget;
    const current = getValues('apiKey') ?? '';
    const start = input.selectionStart ?? current.length;
    const end = input.selectionEnd ?? start;
    const next = current.slice(0, start) + trimmed + current.slice(end);
    setValue('apiKey', next, { shouldValidate: formState.isSubmitted, shouldDirty: true });
    if (formState.errors.apiKey?.type === 'server') flow.form.clearErrors('apiKey');
    const caret = start + trimmed.length;
    input.setSelectionRange(caret, caret);
  }

  const formError = flow.formError;
  return (
    <form
      id={formId}
      className="ak-enable__form"
      noValidate
      onSubmit={(event) => void flow.submit(event)}
      onKeyDown={(event) => {
        // During a rate-limit wait Connect is aria-disabled, so the browser's Enter-submits-the-form click on it
        // does nothing: take Enter here instead, and the flow says how long is left.
        if (event.key !== 'Enter' || flow.retryInSeconds <= 0 || !(event.target instanceof HTMLInputElement)) return;
        event.preventDefault();
        void flow.submit();
      }}
    >
      <p className="ak-enable__intro">
        {flow.mode === 'replace'
          ? t.apiKey.replaceIntro(provider.name, flow.integration?.apiKeySuffix ?? null)
          : t.apiKey.intro(provider.name)}
      </p>

      {formError ? <FormErrorAlert flow={flow} t={t} common={common} /> : null}

      <Field
        id={inputId}
        label={t.apiKey.label(provider.name)}
        error={fieldError}
        hint={
          <span className="ak-enable__privacy">
            <LockIcon className="ak-icon" />
            {t.apiKey.privacyNote}
          </span>
        }
        addon={
          <button
            type="button"
            className="ak-icon-button ak-enable__reveal"
            aria-pressed={revealed}
            aria-label={t.apiKey.show}
            aria-controls={inputId}
            title={t.apiKey.show}
            onClick={() => setRevealed((value) => !value)}
          >
            {revealed ? <EyeOffIcon className="ak-icon" /> : <EyeIcon className="ak-icon" />}
          </button>
        }
      >
        <input
          className="ak-input ak-enable__key-input"
          // A password field while masked: the browser then gives screen readers dots, never the key (a text field
          // masked by CSS still exposes its value), and masks it without an inline style a strict CSP would drop.
          type={revealed ? 'text' : 'password'}
          data-masked={revealed ? undefined : true}
          // Not a login: "one-time-code" makes Chrome's password manager treat the field as no password (it neither
          // offers to save nor fills it), and the other password managers are told to ignore it.
          autoComplete="one-time-code"
          {...passwordManagerOptOuts}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          data-monospace
          // Locked, not disabled: focus stays put and the value is still read out.
          readOnly={locked}
          aria-disabled={locked || undefined}
          aria-required="true"
          {...registration}
          onPaste={trimPaste}
        />
      </Field>

      {provider.apiKeySteps.length > 0 ? (
        <section className="ak-panel ak-enable__where" aria-labelledby={`${inputId}-where`}>
          <h3 className="ak-enable__where-title" id={`${inputId}-where`}>
            <KeyIcon className="ak-icon" />
            {t.apiKey.whereToFind(provider.name)}
          </h3>
          <ol className="ak-numbered-steps" aria-labelledby={`${inputId}-where`}>
            {provider.apiKeySteps.map((step, index) => (
              <li key={index} className="ak-numbered-steps__item">{renderMenuPath(step, t.webhook.pathSeparator)}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {/* Said through the announcer; shown here, just above the buttons, on one full-width line. */}
      {flow.isVerifying ? <p className="ak-enable__verifying">{t.apiKey.verifying(provider.name)}</p> : null}
    </form>
  );
}

/**
 * A failure of the check itself. No alert has its own "Try again": the primary button sends the same key again,
 * and keeps focus while it does.
 */
function FormErrorAlert({ flow, t, common }: PartProps) {
  const error = flow.formError;
  const provider = flow.provider!;
  if (!error) return null;
  switch (error.kind) {
    case 'rate_limited':
      return (
        <Alert tone="warning" title={t.errors.rateLimitedTitle(provider.name)}>
          {/* Not a live region: it ticks silently and reads as the current count. The start and the end of the wait are announced. */}
          <span className="ak-enable__countdown">
            {error.retryAt === null
              ? t.errors.rateLimited(null)
              : flow.retryInSeconds > 0
                ? t.errors.rateLimited(flow.retryInSeconds)
                : t.errors.rateLimitOver}
          </span>
        </Alert>
      );
    case 'not_allowed':
      return (
        <Alert tone="danger" title={t.errors.notAllowedTitle}>
          {errorMessage(error.error, common)}
        </Alert>
      );
    case 'conflict':
      return (
        <Alert tone="warning" title={t.errors.alreadyConnectedTitle}>
          {errorMessage(error.error, common)}
        </Alert>
      );
    case 'retryable':
      return (
        <Alert tone="danger" title={t.errors.failedTitle}>
          {errorMessage(error.error, common)}
        </Alert>
      );
  }
}

function WebhookStep({
  flow,
  t,
  common,
  overrides,
  headingRef,
  secretConfirmRef,
}: PartProps & { headingRef: RefObject<HTMLHeadingElement | null>; secretConfirmRef: RefObject<HTMLInputElement | null> }) {
  const provider = flow.provider!;
  const integration = flow.integration;
  const headingId = useId();
  const confirmId = useId();
  const webhookUrl = integration?.webhookUrl ?? flow.verifiedIntegration?.webhookUrl ?? null;

  return (
    <section className="ak-enable__step" aria-labelledby={headingId}>
      {/* Said when the step opens (the announcer); focus goes to the heading below. */}
      <p className="ak-enable__verified">
        <CircleCheckIcon className="ak-icon" />
        {t.webhook.verified(provider.name, flow.verifiedIntegration?.apiKeySuffix ?? null)}
      </p>
      <div className="ak-enable__step-head">
        <h3 className="ak-enable__heading" id={headingId} tabIndex={-1} ref={headingRef}>
          {t.webhook.heading(provider.name)}
        </h3>
        <p className="ak-enable__intro">
          {flow.mode === 'replace' ? t.webhook.replaceIntro(provider.name) : t.webhook.intro(provider.name)}
        </p>
      </div>

      {flow.signingSecret ? (
        <div className="ak-enable__secret" data-saved={flow.secretSaved || undefined}>
          <CopyField
            label={t.secret.label}
            hint={t.secret.hint(provider.name)}
            value={flow.signingSecret}
            copyLabel={common.copy}
            copiedLabel={common.copied}
            copyFailedLabel={common.copyFailed}
          />
          <div className="ak-enable__confirm" data-invalid={flow.secretConfirmMissing || undefined}>
            <input
              ref={secretConfirmRef}
              id={confirmId}
              type="checkbox"
              className="ak-checkbox"
              checked={flow.secretSaved}
              aria-invalid={flow.secretConfirmMissing || undefined}
              aria-describedby={`${confirmId}-note`}
              onChange={(event) => flow.setSecretSaved(event.currentTarget.checked)}
            />
            <label className="ak-enable__confirm-label" htmlFor={confirmId}>{t.secret.confirm}</label>
          </div>
          <p className="ak-enable__secret-note" id={`${confirmId}-note`} data-tone={flow.secretConfirmMissing ? 'danger' : undefined}>
            {flow.secretConfirmMissing ? <CircleAlertIcon className="ak-icon" /> : <LockIcon className="ak-icon" />}
            {flow.secretSaved ? null : flow.secretConfirmMissing ? t.secret.confirmRequired : t.secret.closeBlocked}
          </p>
        </div>
      ) : null}

      {webhookUrl ? (
        <WebhookInstructions provider={provider} webhookUrl={webhookUrl} text={overrides} />
      ) : (
        <Alert tone="warning">{t.webhook.noUrl}</Alert>
      )}

      <WebhookStatus flow={flow} t={t} common={common} />
    </section>
  );
}

function WebhookStatus({ flow, t }: PartProps) {
  const provider = flow.provider!;
  const received = flow.webhookReceived;
  return (
    // Not a live region: "Webhook received" is said through the announcer when it arrives.
    <div className="ak-webhook-status" data-state={received ? 'received' : 'waiting'}>
      <span className="ak-webhook-status__icon" aria-hidden="true">
        {received ? <CircleCheckIcon className="ak-icon" /> : <span className="ak-webhook-status__pulse" />}
      </span>
      <span className="ak-webhook-status__body">
        <span className="ak-webhook-status__title">{received ? t.webhook.received : t.webhook.waiting}</span>
        <span className="ak-webhook-status__hint">
          {received ? t.webhook.receivedHint(provider.name) : t.webhook.waitingHint(provider.name)}
        </span>
      </span>
    </div>
  );
}

function DoneStep({ flow, t, headingRef }: PartProps & { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const provider = flow.provider!;
  const headingId = useId();
  const suffix = flow.integration?.apiKeySuffix ?? flow.verifiedIntegration?.apiKeySuffix ?? null;
  // Any event at all, not only one since this dialog opened: a replaced key keeps the webhook that already works.
  const receiving = (flow.integration?.lastWebhookAt ?? null) !== null;
  return (
    <section className="ak-enable__step ak-enable__done" aria-labelledby={headingId}>
      <span className="ak-enable__done-icon" aria-hidden="true">
        <CircleCheckIcon className="ak-icon" />
      </span>
      <h3 className="ak-enable__heading" id={headingId} tabIndex={-1} ref={headingRef}>
        {flow.mode === 'replace' ? t.done.replacedHeading(provider.name) : t.done.heading(provider.name)}
      </h3>
      <dl className="ak-enable__summary">
        <div className="ak-enable__summary-item">
          <dt className="ak-enable__summary-label">{t.done.keyLabel}</dt>
          <dd className="ak-enable__summary-value">{t.done.keyValue(suffix)}</dd>
        </div>
        <div className="ak-enable__summary-item">
          <dt className="ak-enable__summary-label">{t.done.webhookLabel}</dt>
          <dd className="ak-enable__summary-value" data-state={receiving ? 'received' : 'waiting'}>
            {receiving ? t.done.webhookReceived : t.done.webhookWaiting}
          </dd>
        </div>
      </dl>
      <p className="ak-enable__intro">{t.done.next(provider.name)}</p>
    </section>
  );
}

function EnableFooter({
  flow,
  t,
  formId,
  onClose,
  onSecretConfirmMissing,
}: PartProps & { formId: string; onClose: () => void; onSecretConfirmMissing: () => void }) {
  const provider = flow.provider;
  if (!provider) {
    return (
      <Button onClick={onClose} variant="secondary">
        {t.cancel}
      </Button>
    );
  }
  if (flow.step === 'apiKey') {
    return (
      <>
        {/* Held while the key is checked: the vendor may already have accepted it. */}
        <Button onClick={onClose} aria-disabled={!flow.canClose || undefined} className="ak-enable-action">
          {t.cancel}
        </Button>
        <Button
          type="submit"
          form={formId}
          variant="primary"
          pending={flow.isVerifying}
          aria-disabled={flow.retryInSeconds > 0 || undefined}
          className="ak-enable-action"
        >
          {flow.mode === 'replace' ? t.apiKey.replaceSubmit : t.apiKey.submit(provider.name)}
        </Button>
      </>
    );
  }
  if (flow.step === 'webhook') {
    return (
      <Button
        variant="primary"
        className="ak-enable-action"
        onClick={() => {
          if (!flow.continueToDone()) onSecretConfirmMissing();
        }}
      >
        {t.webhook.continue}
      </Button>
    );
  }
  return (
    <Button variant="primary" onClick={onClose} className="ak-enable-action">
      {t.done.finish}
    </Button>
  );
}
