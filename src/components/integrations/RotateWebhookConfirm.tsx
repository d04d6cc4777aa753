import type { ReactNode } from 'react';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import type { useRotateWebhookUrl } from '../../data/hooks/use-integrations';
import type { Integration } from '../../domain/integration';
import type { Provider } from '../../domain/provider';
import { Alert } from '../../ui/Alert';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/error-message';
import { RefreshIcon } from '../../ui/icons';
import { commonText } from '../../ui/text';
import type { IntegrationsText } from './text';

export interface RotateWebhookConfirmProps {
  provider: Pick<Provider, 'name'>;
  /** The backend's new-URL write (`useRotateWebhookUrl`), held by Manage, which shows the new URL. */
  rotation: NonNullable<ReturnType<typeof useRotateWebhookUrl>>;
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
 * "Replace <Provider>'s webhook URL?": the kit's `ConfirmDialog` (focus on Keep the current URL), since the current
 * URL stops working at once. It follows the kit's rule for a write in flight, as Disconnect does: open while the
 * request runs, a failure shown inside with the confirm button (still focused) as its retry, success said aloud.
 */
export function RotateWebhookConfirm({ provider, rotation, open, onOpenChange, trigger, onRotated, text, textOverrides }: RotateWebhookConfirmProps) {
  const common = useKitText('common', commonText, textOverrides);
  const { announce } = useAssessmentKit('RotateWebhookConfirm');

  const changeOpen = (next: boolean) => {
    if (next) rotation.reset();
    onOpenChange(next);
  };
  const run = async () => {
    announce(text.rotate.pending);
    try {
      const integration = await rotation.mutateAsync();
      announce(text.rotate.done(provider.name));
      onRotated(integration);
    } catch {
      // Shown from `rotation.error`; the dialog stays open for a retry.
    }
  };

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={changeOpen}
      trigger={trigger}
      tone="warning"
      icon={<RefreshIcon />}
      title={text.rotate.title(provider.name)}
      description={text.rotate.description(provider.name)}
      cancelLabel={text.rotate.cancel}
      confirmLabel={text.rotate.confirm}
      onConfirm={() => void run()}
      closesOnConfirm={false}
      pending={rotation.isPending}
      busyLabel={text.rotate.pending}
    >
      {rotation.error ? (
        <Alert tone="danger" title={text.rotate.errorTitle}>
          {errorMessage(rotation.error, common)}
        </Alert>
      ) : null}
    </ConfirmDialog>
  );
}
