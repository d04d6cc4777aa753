import type { ReactNode } from 'react';
import { useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import type { Integration } from '../../domain/integration';
import type { Provider } from '../../domain/provider';
import { RefreshIcon } from '../../ui/icons';
import { commonText } from '../../ui/text';
import { WriteConfirmDialog, type ConfirmedWrite } from '../../ui/WriteConfirmDialog';
import type { IntegrationsText } from './text';

export interface RotateWebhookConfirmProps {
  provider: Pick<Provider, 'name'>;
  /** The backend's new-URL write (`useRotateWebhookUrl`), held by Manage, which shows the new URL. */
  rotation: ConfirmedWrite<Integration>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opens it; focus returns there as it closes. */
  trigger: ReactNode;
  /** After the backend made the new URL: the integration with it. */
  onRotated: (integration: Integration) => void;
  text: IntegrationsText;
  textOverrides: TextOverrides | undefined;
}

/**
 * "Replace <Provider>'s webhook URL?": the kit's confirmation of a write (focus on Keep the current URL), since the
 * current URL stops working at once; open while the request runs, a failure shown with the confirm button as retry.
 */
export function RotateWebhookConfirm({ provider, rotation, open, onOpenChange, trigger, onRotated, text, textOverrides }: RotateWebhookConfirmProps) {
  const common = useKitText('common', commonText, textOverrides);
  return (
    <WriteConfirmDialog
      write={rotation}
      open={open}
      onOpenChange={onOpenChange}
      trigger={trigger}
      tone="warning"
      icon={<RefreshIcon />}
      title={text.rotate.title(provider.name)}
      description={text.rotate.description(provider.name)}
      cancelLabel={text.rotate.cancel}
      confirmLabel={text.rotate.confirm}
      pendingLabel={text.rotate.pending}
      doneLabel={text.rotate.done(provider.name)}
      errorTitle={text.rotate.errorTitle}
      common={common}
      onDone={onRotated}
    />
  );
}
