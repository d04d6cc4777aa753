import { useId, type ReactNode, type Ref } from 'react';
import { useFormatters } from '../../data/format';
import type { Integration } from '../../domain/integration';
import type { Provider } from '../../domain/provider';
import { errorMessage } from '../../ui/error-message';
import { TriangleAlertIcon, WebhookIcon } from '../../ui/icons';
import { RetryAlert } from '../../ui/RetryAlert';
import type { CommonText } from '../../ui/text';
import { IntegrationStatePill } from './IntegrationStatePill';
import { MaskedKey } from './MaskedKey';
import { needsWebhookSetup } from './needs-webhook-setup';
import { ProviderLogo } from './ProviderLogo';
import type { IntegrationsText } from './text';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface IntegrationCardProps {
  provider: Provider;
  /** The integration once loaded. */
  integration: Integration | undefined;
  /** Why it couldn't be loaded (kept while a retry runs); shown with Try again while there is no integration. */
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
  headingLevel: HeadingLevel;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The next step (Enable, Manage, Replace API key, Finish setup), composed by the page. */
  actions?: ReactNode;
  actionsRef?: Ref<HTMLDivElement>;
  text: IntegrationsText;
  common: CommonText;
}

/**
 * One provider: logo, name, description, state (icon + word), the key's last characters and the last webhook for
 * connected ones, why it needs attention or setup, and the actions the page gives it. Users who can't manage
 * integrations get the same card without actions.
 */
export function IntegrationCard({
  provider,
  integration,
  error,
  retrying,
  onRetry,
  headingLevel,
  headingRef,
  actions,
  actionsRef,
  text,
  common,
}: IntegrationCardProps) {
  const format = useFormatters();
  const headingId = useId();
  const Heading = `h${headingLevel}` as 'h3';
  const name = provider.name;
  const canManage = integration?.canManage ?? false;
  const setupLeft = integration !== undefined && needsWebhookSetup(integration);
  const showError = Boolean(error) && !integration;
  const loading = !integration && !showError;

  return (
    <article
      className="ak-card ak-integration-card"
      data-state={integration?.state ?? (showError ? 'error' : 'loading')}
      aria-labelledby={headingId}
    >
      <div className="ak-integration-card__main">
        <ProviderLogo provider={provider} />
        <div className="ak-integration-card__body">
          <div className="ak-integration-card__title-row">
            <Heading className="ak-integration-card__name" id={headingId} ref={headingRef} tabIndex={-1}>
              {name}
            </Heading>
            {integration ? <IntegrationStatePill state={integration.state} text={text} /> : null}
            {loading ? (
              // Not a live region: it is there from the first render, and loading isn't news.
              <span className="ak-integration-card__loading">
                <span className="ak-skeleton" data-shape="pill" aria-hidden="true" />
                <span className="ak-visually-hidden">{text.loadingCard(name)}</span>
              </span>
            ) : null}
          </div>
          {provider.description ? <p className="ak-integration-card__description">{provider.description}</p> : null}
          {integration && integration.state !== 'not_connected' ? (
            <dl className="ak-integration-card__meta">
              {integration.apiKeySuffix ? (
                <div className="ak-integration-card__meta-item">
                  <dt className="ak-integration-card__meta-label">{text.apiKey}</dt>
                  <dd className="ak-integration-card__meta-value">
                    <MaskedKey suffix={integration.apiKeySuffix} text={text} />
                  </dd>
                </div>
              ) : null}
              {setupLeft ? null : (
                <div className="ak-integration-card__meta-item">
                  <dt className="ak-integration-card__meta-label">{text.lastWebhook}</dt>
                  <dd className="ak-integration-card__meta-value">
                    {integration.lastWebhookAt ? (
                      <time className="ak-time" dateTime={integration.lastWebhookAt} title={format.dateTime(integration.lastWebhookAt)}>
                        {text.lastWebhookAgo(format.relative(integration.lastWebhookAt))}
                      </time>
                    ) : (
                      text.noEvents
                    )}
                  </dd>
                </div>
              )}
            </dl>
          ) : null}
        </div>
        {actions ? (
          <div className="ak-integration-card__actions" ref={actionsRef}>
            {actions}
          </div>
        ) : null}
      </div>

      {integration?.state === 'needs_attention' ? (
        <CardNote icon={<TriangleAlertIcon className="ak-icon" />} title={integration.attentionReason ?? text.attentionFallback}>
          {canManage ? text.attentionConsequence(name) : text.readOnlyAttention}
        </CardNote>
      ) : null}

      {setupLeft ? (
        <CardNote kind="setup" icon={<WebhookIcon className="ak-icon" />} title={text.finishSetup.title}>
          {canManage ? text.finishSetup.description(name) : text.finishSetup.readOnly}
        </CardNote>
      ) : null}

      {showError ? (
        <RetryAlert
          className="ak-integration-card__error"
          title={text.cardError}
          size="sm"
          retryLabel={text.retry}
          retrying={retrying}
          retryButton={{ 'aria-label': text.retryCardLabel(name) }}
          onRetry={onRetry}
        >
          {errorMessage(error, common)}
        </RetryAlert>
      ) : null}
    </article>
  );
}

function CardNote({ kind, icon, title, children }: { kind?: 'setup'; icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <div className="ak-integration-card__attention" data-kind={kind}>
      {icon}
      <p className="ak-integration-card__attention-text">
        <strong className="ak-integration-card__attention-reason">{title}</strong> {children}
      </p>
    </div>
  );
}

/** A card's shape while the list loads (hidden from assistive technology: the list says it is loading). */
export function IntegrationCardSkeleton() {
  return (
    <div className="ak-card ak-integration-card" data-state="skeleton">
      <div className="ak-integration-card__main">
        <span className="ak-skeleton" data-shape="logo" />
        <div className="ak-integration-card__body">
          <span className="ak-skeleton" data-shape="title" />
          <span className="ak-skeleton" data-shape="line" />
        </div>
        <span className="ak-skeleton" data-shape="button" />
      </div>
    </div>
  );
}
