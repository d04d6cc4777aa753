import type { ReactNode } from 'react';
import { useDisconnectIntegration } from '../../data/hooks/use-integrations';
import { useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import type { Integration } from '../../domain/integration';
import type { Provider } from '../../domain/provider';
import { commonText } from '../../ui/text';
import { UnplugIcon } from '../../ui/icons';
import { WriteConfirmDialog } from '../../ui/WriteConfirmDialog';
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
 * "Disconnect <Provider>?": the kit's confirmation of a write (focus starts on Cancel, outside clicks do nothing),
 * saying what happens to assessments already sent; it stays open while the disconnect runs and shows a failure with
 * the Disconnect button as its retry.
 */
export function DisconnectConfirm({ provider, open, onOpenChange, trigger, onDisconnected, text, textOverrides }: DisconnectConfirmProps) {
  const common = useKitText('common', commonText, textOverrides);
  const disconnect = useDisconnectIntegration(provider.id);
  return (
    <WriteConfirmDialog
      write={disconnect}
      open={open}
      onOpenChange={onOpenChange}
      trigger={trigger}
      className="ak-disconnect-confirm"
      icon={<UnplugIcon />}
      title={text.disconnect.title(provider.name)}
      description={text.disconnect.description(provider.name)}
      cancelLabel={text.disconnect.cancel}
      confirmLabel={text.disconnect.confirm(provider.name)}
      pendingLabel={text.disconnect.pending(provider.name)}
      doneLabel={text.disconnect.done(provider.name)}
      errorTitle={text.disconnect.errorTitle}
      common={common}
      onDone={onDisconnected}
    />
  );
}
