import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useKitText } from '../data/kit-context';
import type { TextOverrides } from '../data/text';
import type { Integration } from '../domain/integration';
import type { Provider } from '../domain/provider';
import { Button } from '../ui/Button';
import { useRetainedError } from '../ui/use-retained-error';
import { commonText } from '../ui/text';
import { KeyIcon, PlusIcon, WebhookIcon } from '../ui/icons';
import { EnableIntegrationDialog } from '../components/enable-integration';
import { IntegrationCard, needsWebhookSetup, type HeadingLevel, type IntegrationsText } from '../components/integrations';
import { ManageIntegrationDialog } from './ManageIntegrationDialog';

export type { HeadingLevel };

export interface AssessmentIntegrationsCardProps {
  provider: Provider;
  /** The provider's integration query (from `useIntegrations`). */
  query: Pick<UseQueryResult<Integration>, 'data' | 'error' | 'isPending' | 'isFetching' | 'refetch'>;
  headingLevel: HeadingLevel;
  text: IntegrationsText;
  /** The caller's raw overrides, handed on to the dialogs this card opens. */
  textOverrides: TextOverrides | undefined;
  onConnected?: ((integration: Integration) => void) | undefined;
  onDisconnected?: ((integration: Integration) => void) | undefined;
}

/**
 * One provider's card on the integrations page, with its next step: Enable, Manage, Replace API key when it needs
 * attention, or Finish setup (Manage, at the webhook URL) when it is connected but the vendor never delivered a
 * webhook. Users who can't manage integrations see the card without buttons.
 */
export function AssessmentIntegrationsCard({
  provider,
  query,
  headingLevel,
  text,
  textOverrides,
  onConnected,
  onDisconnected,
}: AssessmentIntegrationsCardProps) {
  const common = useKitText('common', commonText, textOverrides);
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

  // Kept while Try again reloads the card, so the focused button stays (pending) until the answer is in.
  const cardError = useRetainedError(query);
  const showError = Boolean(cardError) && !integration;
  // The card's own Try again leaves with the error once the card loads.
  const recovering = useRef(false);
  useEffect(() => {
    if (showError) recovering.current = true;
    else if (integration && recovering.current) {
      recovering.current = false;
      restoreFocusIfLost();
    }
  }, [showError, integration, restoreFocusIfLost]);

  const name = provider.name;
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
        {needsWebhookSetup(integration) ? (
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
          text={textOverrides}
          onConnected={(connected) => onConnected?.(connected)}
        />
        {state !== 'not_connected' ? (
          <ManageIntegrationDialog
            providerId={provider.id}
            open={manageOpen}
            onOpenChange={setManageOpen}
            text={textOverrides}
            onDisconnected={(disconnected) => onDisconnected?.(disconnected)}
            onKeyReplaced={(replaced) => onConnected?.(replaced)}
            trigger={<Button aria-label={text.actions.manageLabel(name)}>{text.actions.manage}</Button>}
          />
        ) : null}
      </>
    );
  }

  return (
    <IntegrationCard
      provider={provider}
      integration={integration}
      error={cardError}
      retrying={query.isFetching}
      onRetry={() => void query.refetch()}
      headingLevel={headingLevel}
      headingRef={headingRef}
      actions={actions}
      actionsRef={actionsRef}
      text={text}
      common={common}
    />
  );
}
