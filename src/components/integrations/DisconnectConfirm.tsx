import { useRef, type ReactNode } from 'react';
import { useDisconnectIntegration } from '../../data/hooks/use-integrations';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import type { Integration } from '../../domain/integration';
import type { Provider } from '../../domain/provider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogRoot, DialogTitle, DialogTrigger } from '../../ui/Dialog';
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
 * "Disconnect <Provider>?": an alert dialog (focus starts on Cancel, outside clicks do nothing) that says what
 * happens to assessments already sent. It follows the kit's rule for a write in flight: while the request runs it
 * stays open (Escape is held and says "Disconnecting…", Cancel is unavailable); a failure keeps it open with the
 * reason, and the same button (still focused) tries again; success is said, as the button that had focus goes away
 * with the dialog. Each opening starts fresh: the request and its error live with the opening.
 */
export function DisconnectConfirm({ provider, open, onOpenChange, trigger, ...content }: DisconnectConfirmProps) {
  return (
    <DialogRoot open={open} onOpenChange={onOpenChange}>
      <DialogTrigger>{trigger}</DialogTrigger>
      {open ? <DisconnectConfirmContent provider={provider} onClose={() => onOpenChange(false)} {...content} /> : null}
    </DialogRoot>
  );
}

function DisconnectConfirmContent({
  provider,
  onClose,
  onDisconnected,
  text,
  textOverrides,
}: Omit<DisconnectConfirmProps, 'open' | 'onOpenChange' | 'trigger'> & { onClose: () => void }) {
  const common = useKitText('common', commonText, textOverrides);
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

  return (
    <DialogContent
      role="alertdialog"
      className="ak-disconnect-confirm"
      size="sm"
      preventClose={pending}
      busyLabel={text.disconnect.pending(provider.name)}
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        cancelRef.current?.focus();
      }}
    >
      <DialogHeader icon={<UnplugIcon />} tone="danger">
        <DialogTitle>{text.disconnect.title(provider.name)}</DialogTitle>
        <DialogDescription>{text.disconnect.description(provider.name)}</DialogDescription>
      </DialogHeader>
      {/* No "Try again" of its own: the Disconnect button below does it, and keeps focus while it runs. */}
      {disconnect.error ? (
        <DialogBody>
          <Alert tone="danger" title={text.disconnect.errorTitle}>
            {errorMessage(disconnect.error, common)}
          </Alert>
        </DialogBody>
      ) : null}
      <DialogFooter>
        <Button ref={cancelRef} onClick={onClose} aria-disabled={pending || undefined}>
          {text.disconnect.cancel}
        </Button>
        <Button variant="danger" pending={pending} onClick={run}>
          {text.disconnect.confirm(provider.name)}
        </Button>
      </DialogFooter>
    </DialogContent>
  );
}
