import { useId, type ReactNode } from 'react';
import { useFormatters } from '../../data/format';
import type { Integration } from '../../domain/integration';
import { IntegrationStatePill } from './IntegrationStatePill';
import { MaskedKey } from './MaskedKey';
import type { IntegrationsText } from './text';

/** A connection's details: state, the key's last characters, the last webhook event, who connected it and when. */
export function IntegrationDetails({ integration, text }: { integration: Integration; text: IntegrationsText }) {
  const format = useFormatters();
  const headingId = useId();
  return (
    <section className="ak-manage__section" aria-labelledby={headingId}>
      <h3 className="ak-manage__heading ak-visually-hidden" id={headingId}>
        {text.manage.detailsHeading}
      </h3>
      <dl className="ak-manage__details">
        <Detail label={text.manage.status}>
          <IntegrationStatePill state={integration.state} text={text} />
        </Detail>
        <Detail label={text.manage.apiKey}>
          {integration.apiKeySuffix ? <MaskedKey suffix={integration.apiKeySuffix} text={text} /> : text.manage.unknown}
        </Detail>
        <Detail label={text.manage.lastWebhook}>
          {integration.lastWebhookAt ? (
            <time className="ak-time" dateTime={integration.lastWebhookAt} title={format.dateTime(integration.lastWebhookAt)}>
              {text.manage.lastWebhookValue(format.relative(integration.lastWebhookAt))}
            </time>
          ) : (
            <span className="ak-manage__muted">{text.manage.noEvents}</span>
          )}
        </Detail>
        <Detail label={text.manage.connectedBy}>{integration.connectedBy ?? text.manage.unknown}</Detail>
        <Detail label={text.manage.connectedAt}>
          {integration.connectedAt ? (
            <time className="ak-time" dateTime={integration.connectedAt}>{format.date(integration.connectedAt)}</time>
          ) : (
            text.manage.unknown
          )}
        </Detail>
      </dl>
    </section>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="ak-manage__detail">
      <dt className="ak-manage__detail-label">{label}</dt>
      <dd className="ak-manage__detail-value">{children}</dd>
    </div>
  );
}
