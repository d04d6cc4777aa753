import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useIntegration, useProviders, useRotateWebhookUrl } from '../data/hooks/use-integrations';
import { useAssessmentKit, useKitText } from '../data/kit-context';
import type { TextOverrides } from '../data/text';
import type { Integration } from '../domain/integration';
import type { Provider } from '../domain/provider';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { DialogShell } from '../ui/Dialog';
import { errorMessage } from '../ui/error-message';
import { RetryAlert } from '../ui/RetryAlert';
import { useRetainedError } from '../ui/use-retained-error';
import { KeyIcon, RefreshIcon, UnplugIcon, WebhookIcon } from '../ui/icons';
import { Spinner } from '../ui/Spinner';
import { commonText } from '../ui/text';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { EnableIntegrationDialog, WebhookInstructions } from '../components/enable-integration';
import {
  DisconnectConfirm,
  IntegrationDetails,
  integrationsText,
  needsWebhookSetup,
  ReadOnlyNotice,
  RotateWebhookConfirm,
  type IntegrationsText,
} from '../components/integrations';

/** How often Manage looks for the first webhook event while setup is left to finish. */
const WEBHOOK_POLL_MS = 2000;
const pollWhileSetupLeft = (integration: Integration | undefined) =>
  integration !== undefined && needsWebhookSetup(integration) ? WEBHOOK_POLL_MS : false;

export interface ManageIntegrationDialogProps {
  providerId: string;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** An element that opens the dialog; focus returns to it when the dialog closes. */
  trigger?: ReactNode;
  /** After a disconnect the backend confirmed; the dialog has closed. */
  onDisconnected?: (integration: Integration) => void;
  /** After a replacement key was verified. */
  onKeyReplaced?: (integration: Integration) => void;
  /** Text overrides for this dialog and the dialogs it opens (`{ integrations: {…}, enableIntegration: {…} }`), over the provider's. */
  text?: TextOverrides;
}

/**
 * Manage a connected integration: the key (only its last characters), who connected it and when, the webhook URL
 * and steps again, when the last event arrived; replace the key (the old one keeps working until the new one is
 * verified), make a new webhook URL (where the backend can) or disconnect, each behind a confirmation.
 */
export function ManageIntegrationDialog({
  providerId,
  open: openProp,
  defaultOpen,
  onOpenChange,
  trigger,
  onDisconnected,
  onKeyReplaced,
  text: textOverrides,
}: ManageIntegrationDialogProps) {
  const text = useKitText('integrations', integrationsText, textOverrides);
  const common = useKitText('common', commonText, textOverrides);
  const [open, setOpen] = useControllableState({ prop: openProp, defaultProp: defaultOpen ?? false, onChange: onOpenChange, caller: 'ManageIntegrationDialog' });
  const providers = useProviders();
  // While the webhook has never delivered, look for the first event, so the dialog can say when it arrives.
  const integration = useIntegration(providerId, { enabled: open, pollIntervalMs: pollWhileSetupLeft });
  const { announce } = useAssessmentKit('ManageIntegrationDialog');
  const setupLeft = integration.data !== undefined && needsWebhookSetup(integration.data);
  const eventArrived = integration.data?.lastWebhookAt != null;
  const wasSetupLeft = useRef(false);
  const provider = providers.data?.find((p) => p.id === providerId);
  // Never the id ("Manage skillforge") while the providers load: a generic title until the name is known.
  const name = provider?.name;
  useEffect(() => {
    if (open && wasSetupLeft.current && eventArrived && name) announce(text.finishSetup.received(name));
    wasSetupLeft.current = open && setupLeft;
  }, [open, setupLeft, eventArrived, announce, text, name]);

  // Kept while Try again reloads, so the focused button stays (pending) instead of vanishing into a spinner.
  const providersError = useRetainedError(providers);
  const integrationError = useRetainedError(integration);
  const error = providersError ?? integrationError;
  const retry = () => {
    if (providersError) void providers.refetch();
    if (integrationError) void integration.refetch();
  };

  let body: ReactNode;
  if (provider && integration.data) {
    body = (
      <ManageBody
        provider={provider}
        integration={integration.data}
        text={text}
        textOverrides={textOverrides}
        onDisconnected={(result) => {
          setOpen(false);
          onDisconnected?.(result);
        }}
        onKeyReplaced={onKeyReplaced}
      />
    );
  } else if (error) {
    body = (
      <RetryAlert
        title={text.manage.loadError}
        size="sm"
        retryLabel={text.retry}
        retrying={providers.isFetching || integration.isFetching}
        onRetry={retry}
      >
        {errorMessage(error, common)}
      </RetryAlert>
    );
  } else if (providers.data && !provider) {
    body = <Alert tone="warning">{common.errors.not_found}</Alert>;
  } else {
    body = (
      <div className="ak-manage__loading">
        <Spinner label={text.manage.loading} />
      </div>
    );
  }

  return (
    <DialogShell
      open={open}
      onOpenChange={setOpen}
      trigger={trigger}
      title={name ? text.manage.title(name) : text.manage.untitled}
      description={name ? text.manage.description(name) : text.manage.loading}
      closeLabel={common.close}
      size="lg"
      // Focus the dialog itself: its name and description are read first, and Tab reaches the first control.
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        (event.target as HTMLElement | null)?.focus();
      }}
      footer={
        <Button variant="primary" onClick={() => setOpen(false)}>
          {text.manage.done}
        </Button>
      }
    >
      <div className="ak-manage-dialog">{body}</div>
    </DialogShell>
  );
}

function ManageBody({
  provider,
  integration,
  text,
  textOverrides,
  onDisconnected,
  onKeyReplaced,
}: {
  provider: Provider;
  integration: Integration;
  text: IntegrationsText;
  textOverrides: TextOverrides | undefined;
  onDisconnected: (integration: Integration) => void;
  onKeyReplaced: ((integration: Integration) => void) | undefined;
}) {
  const [confirmOpen, setConfirmOpen] = useState(false);
  const rotation = useRotateWebhookUrl(provider.id);
  const [rotateOpen, setRotateOpen] = useState(false);
  const [rotated, setRotated] = useState(false);
  const id = useId();
  const name = provider.name;
  const canManage = integration.canManage;

  const setupLeft = needsWebhookSetup(integration);
  // Finishing the setup comes first; the order stays put while the dialog is open, so focus isn't lost when the
  // first event arrives.
  const [webhookFirst] = useState(setupLeft);
  // A key that needs replacing puts Replace right under the reason, the one action that matters, whole on open.
  const [replaceFirst] = useState(integration.state === 'needs_attention');

  if (integration.state === 'not_connected') {
    return <p className="ak-manage__empty">{text.manage.notConnected(name)}</p>;
  }

  const details = <IntegrationDetails integration={integration} text={text} />;

  const webhook = integration.webhookUrl ? (
    <section className="ak-manage__section" data-kind={setupLeft ? 'setup' : undefined} aria-labelledby={`${id}-webhook`}>
      <h3 className="ak-manage__heading" id={`${id}-webhook`}>
        {setupLeft ? (
          <>
            <WebhookIcon className="ak-icon" />
            {text.finishSetup.title}
          </>
        ) : (
          text.manage.webhookHeading
        )}
      </h3>
      <p className="ak-manage__text">
        {setupLeft ? (canManage ? text.finishSetup.description(name) : text.finishSetup.readOnly) : text.manage.webhookIntro(name)}
      </p>
      {rotated ? (
        <Alert tone="success" live={false}>
          {text.manage.rotated(name)}
        </Alert>
      ) : null}
      <WebhookInstructions provider={provider} webhookUrl={integration.webhookUrl} text={textOverrides} />
    </section>
  ) : null;

  // Only where the backend can make a new URL, and there is one to replace.
  const rotate =
    canManage && rotation && integration.webhookUrl ? (
      <section className="ak-manage__action-row" aria-labelledby={`${id}-rotate`}>
        <div className="ak-manage__action-text">
          <h3 className="ak-manage__heading" id={`${id}-rotate`}>
            {text.manage.rotateHeading}
          </h3>
          <p className="ak-manage__text">{text.manage.rotateDescription(name)}</p>
        </div>
        <RotateWebhookConfirm
          provider={provider}
          rotation={rotation}
          open={rotateOpen}
          onOpenChange={setRotateOpen}
          text={text}
          textOverrides={textOverrides}
          onRotated={() => {
            setRotateOpen(false);
            setRotated(true);
          }}
          trigger={<Button icon={<RefreshIcon />}>{text.manage.rotateButton}</Button>}
        />
      </section>
    ) : null;

  const replace = canManage ? (
    <section className="ak-manage__action-row" aria-labelledby={`${id}-replace`}>
      <div className="ak-manage__action-text">
        <h3 className="ak-manage__heading" id={`${id}-replace`}>
          {text.manage.replaceHeading}
        </h3>
        <p className="ak-manage__text">{text.manage.replaceDescription}</p>
      </div>
      <EnableIntegrationDialog
        providerId={provider.id}
        mode="replace"
        text={textOverrides}
        onConnected={(replaced) => onKeyReplaced?.(replaced)}
        trigger={
          <Button
            variant={integration.state === 'needs_attention' ? 'primary' : 'secondary'}
            icon={<KeyIcon />}
          >
            {text.manage.replaceButton}
          </Button>
        }
      />
    </section>
  ) : null;

  return (
    <div className="ak-manage">
      {integration.state === 'needs_attention' ? (
        <Alert tone="warning" title={integration.attentionReason ?? text.attentionFallback}>
          {canManage ? text.attentionConsequence(name) : text.readOnlyAttention}
        </Alert>
      ) : null}

      {replaceFirst ? replace : null}
      {webhookFirst ? webhook : null}
      {details}
      {webhookFirst ? null : webhook}

      {canManage ? (
        <>
          {replaceFirst ? null : replace}
          {rotate}
          <section className="ak-manage__action-row" data-tone="danger" aria-labelledby={`${id}-disconnect`}>
            <div className="ak-manage__action-text">
              <h3 className="ak-manage__heading" id={`${id}-disconnect`}>
                {text.manage.disconnectHeading}
              </h3>
              <p className="ak-manage__text">{text.manage.disconnectDescription(name)}</p>
            </div>
            <DisconnectConfirm
              provider={provider}
              open={confirmOpen}
              onOpenChange={setConfirmOpen}
              text={text}
              textOverrides={textOverrides}
              onDisconnected={(result) => {
                setConfirmOpen(false);
                onDisconnected(result);
              }}
              trigger={
                <Button className="ak-button--danger-outline" icon={<UnplugIcon />}>
                  {text.manage.disconnectButton}
                </Button>
              }
            />
          </section>
        </>
      ) : (
        <ReadOnlyNotice text={text} />
      )}
    </div>
  );
}
