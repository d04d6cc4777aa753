import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useFormatters } from '../../data/format';
import { useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import type { Integration } from '../../domain/integration';
import type { Provider } from '../../domain/provider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/error-message';
import { useRetainedError } from '../../ui/use-retained-error';
import { commonText } from '../../ui/text';
import { KeyIcon, PlusIcon, RefreshIcon, TriangleAlertIcon, WebhookIcon } from '../../ui/icons';
import { EnableIntegrationDialog } from '../enable-integration';
import { IntegrationStatePill } from './IntegrationStatePill';
import { needsWebhookSetup } from './needs-webhook-setup';
import { ManageIntegrationDialog, MaskedKey } from './ManageIntegrationDialog';
import { ProviderLogo } from './ProviderLogo';
import type { IntegrationsText } from './text';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface IntegrationCardProps {
  provider: Provider;
  /** The provider's integration query (from `useIntegrations`). */
  query: Pick<UseQueryResult<Integration>, 'data' | 'error' | 'isPending' | 'isFetching' | 'refetch'>;
  headingLevel: HeadingLevel;
  text: IntegrationsText;
  /** The caller's raw overrides, handed on to the dialogs this card opens. */
  overrides: TextOverrides | undefined;
  onConnected?: ((integration: Integration) => void) | undefined;
  onDisconnected?: ((integration: Integration) => void) | undefined;
}

/**
 * One provider: logo, name, description, state (icon + word), the key's last characters and the last webhook for
 * connected ones, and the next step: Enable, Manage, Replace API key when it needs attention, or Finish setup
 * (Manage, at the webhook URL) when it is connected but the vendor never delivered a webhook. Users who can't
 * manage integrations see the same card without buttons.
 */
export function IntegrationCard({
  provider,
  query,
  headingLevel,
  text,
  overrides,
  onConnected,
  onDisconnected,
}: IntegrationCardProps) {
  const common = useKitText('common', commonText, overrides);
  const format = useFormatters();
  const headingId = useId();
  const Heading = `h${headingLevel}` as 'h3';
  const integration = query.data;
  const state = integration?.state;
  const canManage = integration?.canManage ?? false;

  const [manageOpen, setManageOpen] = useState(false);
  const [enableOpen, setEnableOpen] = useState(false);
  // Frozen while the dialog is open: connecting changes the state, and the dialog must not switch modes midway.
  const [enableMode, setEnableMode] = useState<'connect' | 'replace'>('connect');
  const currentMode = state === 'not_connected' ? 'connect' : 'replace';

  // When an action's button goes away (Enable becomes Manage after connecting, Manage becomes Enable after
  // disconnecting, a card's Try again once it loads) focus would fall to the page: move it to the card's new
  // action instead, or to its heading when it has none.
  const actionsRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const restoreFocusIfLost = useCallback(() => {
    clearTimeout(focusTimer.current);
    focusTimer.current = setTimeout(() => {
      const active = document.activeElement;
      if (active && active !== document.body) return;
      (actionsRef.current?.querySelector<HTMLElement>('button') ?? headingRef.current)?.focus();
    }, 0);
  }, []);
  useEffect(() => () => clearTimeout(focusTimer.current), []);
  const previousState = useRef(state);
  useEffect(() => {
    if (previousState.current !== undefined && previousState.current !== state) restoreFocusIfLost();
    previousState.current = state;
  }, [state, restoreFocusIfLost]);

  const changeEnableOpen = (open: boolean) => {
    if (open) setEnableMode(currentMode);
    setEnableOpen(open);
    if (!open) restoreFocusIfLost();
  };

  const name = provider.name;
  const setupLeft = integration !== undefined && needsWebhookSetup(integration);
  let actions: ReactNode = null;
  if (integration && canManage) {
    const enableTrigger =
      state === 'not_connected' ? (
        <Button icon={<PlusIcon />} aria-label={text.actions.enableLabel(name)}>
          {text.actions.enable}
        </Button>
      ) : state === 'needs_attention' ? (
        <Button variant="primary" icon={<KeyIcon />} aria-label={text.actions.replaceKeyLabel(name)}>
          {text.actions.replaceKey}
        </Button>
      ) : undefined;
    actions = (
      <>
        {setupLeft ? (
          // Opens Manage, whose first section is the webhook URL and the vendor's steps.
          <Button variant="primary" icon={<WebhookIcon />} aria-label={text.finishSetup.actionLabel(name)} onClick={() => setManageOpen(true)}>
            {text.finishSetup.action}
          </Button>
        ) : null}
        <EnableIntegrationDialog
          providerId={provider.id}
          mode={enableOpen ? enableMode : currentMode}
          open={enableOpen}
          onOpenChange={changeEnableOpen}
          trigger={enableTrigger}
          text={overrides}
          onConnected={(connected) => onConnected?.(connected)}
        />
        {state !== 'not_connected' ? (
          <ManageIntegrationDialog
            providerId={provider.id}
            open={manageOpen}
            onOpenChange={setManageOpen}
            text={overrides}
            onDisconnected={(disconnected) => onDisconnected?.(disconnected)}
            onKeyReplaced={(replaced) => onConnected?.(replaced)}
            trigger={<Button aria-label={text.actions.manageLabel(name)}>{text.actions.manage}</Button>}
          />
        ) : null}
      </>
    );
  }

  // Kept while Try again reloads the card, so the focused button stays (pending) until the answer is in.
  const cardError = useRetainedError(query);
  const showError = Boolean(cardError) && !integration;
  const loading = !integration && !showError;

  // The card's own Try again leaves with the error once the card loads.
  const recovering = useRef(false);
  useEffect(() => {
    if (showError) recovering.current = true;
    else if (integration && recovering.current) {
      recovering.current = false;
      restoreFocusIfLost();
    }
  }, [showError, integration, restoreFocusIfLost]);

  return (
    <article
      className="ak-card ak-integration-card"
      data-state={state ?? (showError ? 'error' : 'loading')}
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
        <div className="ak-integration-card__attention">
          <TriangleAlertIcon className="ak-icon" />
          <p className="ak-integration-card__attention-text">
            <strong className="ak-integration-card__attention-reason">{integration.attentionReason ?? text.attentionFallback}</strong>{' '}
            {canManage ? text.attentionConsequence(name) : text.readOnlyAttention}
          </p>
        </div>
      ) : null}

      {setupLeft ? (
        <div className="ak-integration-card__attention" data-kind="setup">
          <WebhookIcon className="ak-icon" />
          <p className="ak-integration-card__attention-text">
            <strong className="ak-integration-card__attention-reason">{text.finishSetup.title}</strong>{' '}
            {canManage ? text.finishSetup.description(name) : text.finishSetup.readOnly}
          </p>
        </div>
      ) : null}

      {showError ? (
        <Alert
          tone="danger"
          className="ak-integration-card__error"
          title={text.cardError}
          actions={
            <Button
              size="sm"
              icon={<RefreshIcon />}
              pending={query.isFetching}
              aria-label={text.retryCardLabel(name)}
              onClick={() => void query.refetch()}
            >
              {text.retry}
            </Button>
          }
        >
          {errorMessage(cardError, common)}
        </Alert>
      ) : null}
    </article>
  );
}
