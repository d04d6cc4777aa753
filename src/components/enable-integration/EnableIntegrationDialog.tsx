import { useId, useRef, type ReactNode } from 'react';
import type { Integration } from '../../domain';
import { useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import { commonText } from '../../ui/text';
import { Alert } from '../../ui/Alert';
import { DialogBody, DialogCloseButton, DialogContent, DialogFooter, DialogHeader, DialogRoot, DialogTitle, DialogTrigger } from '../../ui/Dialog';
import { errorMessage } from '../../ui/error-message';
import { LockIcon } from '../../ui/icons';
import { RetryAlert } from '../../ui/RetryAlert';
import { Spinner } from '../../ui/Spinner';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { ApiKeyStep } from './ApiKeyStep';
import { DoneStep } from './DoneStep';
import { EnableFooter } from './EnableFooter';
import type { EnableIntegrationMode } from './flow-state';
import { StepProgress } from './StepProgress';
import { useEnableIntegrationMachine } from './use-enable-machine';
import { useStepFocus } from './use-step-focus';
import { WebhookStep } from './WebhookStep';

export interface EnableIntegrationDialogProps {
  /** The vendor to connect, e.g. "codeinterview". Its name and instructions come from the backend. */
  providerId: string;
  /**
   * `connect` (default) for a vendor that is not connected; `replace` for a connected one getting a new key. The
   * old key keeps working until the new one is verified.
   */
  mode?: EnableIntegrationMode;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** An element that opens the dialog; focus returns to it on close. */
  trigger?: ReactNode;
  /**
   * Fires as soon as the key is verified (before the webhook step), so the host can update even if the user closes
   * the dialog early. The kit's own cache is already updated by then. The dialog can't be closed while the key is
   * checked; if the host closes or unmounts it anyway, the check still runs to its end and this still fires.
   */
  onConnected?: (integration: Integration) => void;
  /** Text overrides for this dialog (any feature's keys, e.g. `{ enableIntegration: {…}, common: {…} }`), over the provider's. */
  text?: TextOverrides;
}

/**
 * Connect a vendor (or replace its key): API key -> verify -> webhook URL -> done.
 *
 * The API key lives only in the form while step 1 is on screen: it never reaches the query cache, storage, the URL
 * or logs, and the form is cleared on success and gone with the opening on close.
 */
export function EnableIntegrationDialog({
  providerId,
  mode = 'connect',
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  trigger,
  onConnected,
  text,
}: EnableIntegrationDialogProps) {
  const [open, setOpen] = useControllableState({ prop: openProp, defaultProp: defaultOpen ?? false, onChange: onOpenChange, caller: 'EnableIntegrationDialog' });
  return (
    <DialogRoot open={open} onOpenChange={setOpen}>
      {trigger ? <DialogTrigger>{trigger}</DialogTrigger> : null}
      {/* One flow per opening: its key, errors and secret start empty with it, and nothing resets them on close. */}
      {open ? (
        <EnableIntegrationContent
          providerId={providerId}
          mode={mode}
          onConnected={onConnected}
          textOverrides={text}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </DialogRoot>
  );
}

function EnableIntegrationContent({
  providerId,
  mode,
  onConnected,
  textOverrides,
  onClose,
}: Pick<EnableIntegrationDialogProps, 'providerId' | 'onConnected'> & {
  mode: EnableIntegrationMode;
  textOverrides: TextOverrides | undefined;
  onClose: () => void;
}) {
  const common = useKitText('common', commonText, textOverrides);
  const flow = useEnableIntegrationMachine({ providerId, mode, onConnected, text: textOverrides });
  const t = flow.text;
  const { stepHeadingRef, onOpenAutoFocus } = useStepFocus(flow);
  const secretConfirmRef = useRef<HTMLInputElement>(null);
  const formId = useId();

  const name = flow.provider?.name;
  const title = name === undefined ? t.loadingTitle : mode === 'replace' ? t.replaceTitle(name) : t.title(name);
  const parts = { flow, t, common };

  let step: ReactNode;
  if (flow.providersError) {
    step = (
      // Stays (pending) while it refetches, so focus stays on it; the key field takes focus once the form appears.
      <RetryAlert
        title={errorMessage(flow.providersError, common)}
        size="sm"
        retryLabel={common.retry}
        retrying={flow.providersRetrying}
        onRetry={flow.retryProviders}
      />
    );
  } else if (flow.providersLoading) step = <Spinner label={common.loading} />;
  else if (!flow.provider) step = <Alert tone="warning">{t.providerNotFound}</Alert>;
  else if (flow.step === 'apiKey') step = <ApiKeyStep {...parts} formId={formId} />;
  else if (flow.step === 'webhook') {
    step = <WebhookStep {...parts} textOverrides={textOverrides} headingRef={stepHeadingRef} secretConfirmRef={secretConfirmRef} />;
  } else step = <DoneStep {...parts} headingRef={stepHeadingRef} />;

  return (
    <DialogContent
      // The kit's rule for a write in flight: held open while the key is checked (and while a secret is unsaved).
      preventClose={!flow.canClose}
      // A held Escape hears why the dialog stays.
      busyLabel={flow.isVerifying && name !== undefined ? t.apiKey.verifying(name) : flow.secretUnsaved ? t.secret.closeBlocked : undefined}
      described={false}
      onOpenAutoFocus={onOpenAutoFocus}
    >
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        {flow.canClose ? (
          <DialogCloseButton label={common.close} />
        ) : flow.secretUnsaved ? (
          // Where the × would be, why there is none: read after the title, seen by everyone (a × that won't close
          // would be a control that lies, and a keyboard user would only learn why by pressing it).
          <p className="ak-enable__close-held">
            <LockIcon className="ak-icon" />
            {t.secret.closeHeld}
          </p>
        ) : null}
      </DialogHeader>
      <DialogBody>
        <div className="ak-enable" data-step={flow.step}>
          {name === undefined ? null : <StepProgress {...parts} />}
          {step}
        </div>
      </DialogBody>
      <DialogFooter className="ak-enable__footer">
        <EnableFooter
          {...parts}
          formId={formId}
          onClose={onClose}
          // Continue without confirming the secret: take the user to the box (it scrolls into view).
          onSecretConfirmMissing={() => secretConfirmRef.current?.focus()}
        />
      </DialogFooter>
    </DialogContent>
  );
}
