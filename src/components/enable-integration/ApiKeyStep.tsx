import { useId, useState, type ClipboardEvent } from 'react';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { EyeIcon, EyeOffIcon, KeyIcon, LockIcon } from '../../ui/icons';
import type { EnablePartProps } from './parts';
import { renderMenuPath } from './WebhookInstructions';

/** What 1Password, LastPass, Bitwarden and Dashlane honour to leave a field alone. */
const passwordManagerOptOuts = {
  'data-1p-ignore': true,
  'data-lpignore': 'true',
  'data-bwignore': true,
  'data-form-type': 'other',
};

export function ApiKeyStep({ flow, t, common, formId }: EnablePartProps & { formId: string }) {
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
          <h3 className="ak-icon-title ak-enable__where-title" id={`${inputId}-where`}>
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
function FormErrorAlert({ flow, t, common }: EnablePartProps) {
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
