import { useId, type RefObject } from 'react';
import { CircleCheckIcon } from '../../ui/icons';
import type { EnablePartProps } from './parts';

/** The last step: what is connected, whether events arrive, and what recruiters can do now. */
export function DoneStep({ flow, t, headingRef }: Pick<EnablePartProps, 'flow' | 't'> & { headingRef: RefObject<HTMLHeadingElement | null> }) {
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
