import { useId, type RefObject } from 'react';
import type { TextOverrides } from '../../data/text';
import { Alert } from '../../ui/Alert';
import { CopyField } from '../../ui/CopyField';
import { CircleAlertIcon, CircleCheckIcon, LockIcon } from '../../ui/icons';
import type { EnablePartProps } from './parts';
import { WebhookInstructions } from './WebhookInstructions';

export function WebhookStep({
  flow,
  t,
  common,
  textOverrides,
  headingRef,
  secretConfirmRef,
}: EnablePartProps & {
  /** The caller's raw overrides, handed on to `WebhookInstructions`. */
  textOverrides: TextOverrides | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  secretConfirmRef: RefObject<HTMLInputElement | null>;
}) {
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
        <WebhookInstructions provider={provider} webhookUrl={webhookUrl} text={textOverrides} />
      ) : (
        <Alert tone="warning">{t.webhook.noUrl}</Alert>
      )}

      <WebhookStatus flow={flow} t={t} />
    </section>
  );
}

function WebhookStatus({ flow, t }: Pick<EnablePartProps, 'flow' | 't'>) {
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
