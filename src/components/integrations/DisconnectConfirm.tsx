import { useRef, type ReactNode } from 'react';
import { useDisconnectIntegration } from '../../data/hooks/use-integrations';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import type { Integration } from '../../domain/integration';
import type { Provider } from '../../domain/provider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DialogShell } from '../../ui/Dialog';
import { errorMessage } from '../../ui/error-message';
import { commonText } from '../../ui/text';
import { UnplugIcon } from '../../ui/icons';
import type { IntegrationsText } from './text';

export interface DisconnectConfirmProps {
  provider: Pick<Provider, 'id' | 'name'>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opens it; focus returns there on Cancel. */
  trigger: ReactNode;
  /** After the backend confirmed: the integration, now not connected. */
  onDisconnected: (integration: Integration) => void;
  text: IntegrationsText;
  overrides: TextOverrides | undefined;
}

/**
 * "Disconnect <Provider>?": an alert dialog (focus starts on Cancel, outside clicks do nothing) that says what
 * happens to assessments already sent. While the request runs it can't be dismissed, and "Disconnecting…" is said;
 * a failure keeps it open with the reason, and the same button (still focused) tries again. Success is said too:
 * the button that had focus goes away with the dialog.
 */
export function DisconnectConfirm({
  provider,
  open,
  onOpenChange,
  trigger,
  onDisconnected,
  text,
  overrides,
}: DisconnectConfirmProps) {
  const common = useKitText('common', commonText, overrides);
  const { announce } = useAssessmentKit('DisconnectConfirm');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const disconnect = useDisconnectIntegration(provider.id);
  const pending = disconnect.isPending;

  const run = async () => {
    announce(text.disconnect.pending(provider.name));
    try {
      const integration = await disconnect.mutateAsync();
      announce(text.disconnect.done(provider.name));
      onDisconnected(integration);
    } catch {
      // Shown from `disconnect.error`; the dialog stays open for a retry.
    }
  };

  const changeOpen = (next: boolean) => {
    if (!next && pending) return;
    if (next) disconnect.reset();
    onOpenChange(next);
  };

  return (
    <DialogShell
      role="alertdialog"
      className="ak-disconnect-confirm"
      size="sm"
      open={open}
      onOpenChange={changeOpen}
      trigger={trigger}
      icon={<UnplugIcon />}
      iconTone="danger"
      title={text.disconnect.title(provider.name)}
      description={text.disconnect.description(provider.name)}
      closeLabel={common.close}
      preventClose={pending}
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        cancelRef.current?.focus();
      }}
      footer={
        <>
          <Button ref={cancelRef} onClick={() => changeOpen(false)} aria-disabled={pending || undefined}>
            {text.disconnect.cancel}
          </Button>
          <Button variant="danger" pending={pending} onClick={run}>
            {text.disconnect.confirm(provider.name)}
          </Button>
        </>
      }
    >
      {/* No "Try again" of its own: the Disconnect button below does it, and keeps focus while it runs. */}
      {disconnect.error ? (
        <Alert tone="danger" title={text.disconnect.errorTitle}>
          {errorMessage(disconnect.error, common)}
        </Alert>
      ) : null}
    </DialogShell>
  );
}
