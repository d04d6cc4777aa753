import type { ReactNode } from 'react';
import { useDisconnectIntegration } from '../../data/hooks/use-integrations';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import type { Integration } from '../../domain/integration';
import type { Provider } from '../../domain/provider';
import { Alert } from '../../ui/Alert';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
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
  textOverrides: TextOverrides | undefined;
}

/**
 * "Disconnect <Provider>?": the kit's `ConfirmDialog` (focus starts on Cancel, outside clicks do nothing) saying what
 * happens to assessments already sent. It follows the kit's rule for a write in flight: while the request runs it
 * stays open (Escape is held and says "Disconnecting…", Cancel is unavailable); a failure keeps it open with the
 * reason, and the same button (still focused) tries again; success is said, as the button that had focus goes away
 * with the dialog. Each opening starts fresh: the last request's error is dropped as it opens.
 */
export function DisconnectConfirm({ provider, open, onOpenChange, trigger, onDisconnected, text, textOverrides }: DisconnectConfirmProps) {
  const common = useKitText('common', commonText, textOverrides);
  const { announce } = useAssessmentKit('DisconnectConfirm');
  const disconnect = useDisconnectIntegration(provider.id);

  const changeOpen = (next: boolean) => {
    if (next) disconnect.reset();
    onOpenChange(next);
  };
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

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={changeOpen}
      trigger={trigger}
      className="ak-disconnect-confirm"
      icon={<UnplugIcon />}
      title={text.disconnect.title(provider.name)}
      description={text.disconnect.description(provider.name)}
      cancelLabel={text.disconnect.cancel}
      confirmLabel={text.disconnect.confirm(provider.name)}
      onConfirm={() => void run()}
      closesOnConfirm={false}
      pending={disconnect.isPending}
      busyLabel={text.disconnect.pending(provider.name)}
    >
      {/* No "Try again" of its own: the Disconnect button does it, and keeps focus while it runs. */}
      {disconnect.error ? (
        <Alert tone="danger" title={text.disconnect.errorTitle}>
          {errorMessage(disconnect.error, common)}
        </Alert>
      ) : null}
    </ConfirmDialog>
  );
}
