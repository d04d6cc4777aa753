import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { useIntegration, useProviders } from '../../data/hooks/use-integrations';
import { useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import type { SendAssessmentActivity } from '../../domain/interview-plan';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import {
  DialogBody,
  DialogCloseButton,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogRoot,
  DialogTitle,
  DialogTrigger,
} from '../../ui/Dialog';
import { errorMessage } from '../../ui/error-message';
import { RefreshIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import { commonText } from '../../ui/text';
import { useControllableOpen } from '../../ui/use-controllable-open';
import { ActivityForm } from './ActivityForm';
import { DiscardConfirm } from './DiscardConfirm';
import { interviewPlanText } from './text';

export interface AssessmentActivityDialogProps {
  /** The vendor of a new activity ("codeinterview"). When editing, the activity's own provider is used. */
  providerId: string;
  /** The activity to edit; without it the dialog adds a new one. Fields the form doesn't show are kept. */
  activity?: SendAssessmentActivity;
  /** The stage it sits under, named in the dialog's description. */
  stageName?: string;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** An element that opens the dialog; focus returns to it on close. */
  trigger?: ReactNode;
  /**
   * The finished activity, for the host to put in its plan. Return a promise to keep the dialog open (its button
   * busy) until the host has stored it; a rejection keeps it open with an error and the user's input.
   */
  onSave: (activity: SendAssessmentActivity) => void | Promise<unknown>;
  /** Text overrides (any feature's keys), over the provider's. */
  text?: TextOverrides;
}

/**
 * Add or edit one "Send <Provider> Assessment" activity, for a host that keeps its own plan editor: test, reviewers,
 * scorecard, whose feedback counts and whether it is sent on entering the stage, handed back through `onSave`.
 * Closing with unsaved input asks first.
 */
export function AssessmentActivityDialog({
  providerId: providerIdProp,
  activity,
  stageName,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  trigger,
  onSave,
  text,
}: AssessmentActivityDialogProps) {
  const t = useKitText('interviewPlan', interviewPlanText, text);
  const common = useKitText('common', commonText, text);
  const [open, setOpenState] = useControllableOpen(openProp, defaultOpen, onOpenChange);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const dirty = useRef(false);
  const formId = useId();
  const providerId = activity?.providerId ?? providerIdProp;

  const providers = useProviders();
  const provider = providers.data?.find((p) => p.id === providerId);
  const integration = useIntegration(providerId, { enabled: open });
  const providerName = provider?.name ?? providerId;

  const close = useCallback(() => {
    dirty.current = false;
    setFailed(null);
    setOpenState(false);
  }, [setOpenState]);

  // Closing by ×, Cancel, Escape or an outside click: input not yet saved asks first.
  const requestOpenChange = (next: boolean) => {
    if (next) setOpenState(true);
    else if (pending) return;
    else if (dirty.current) setConfirming(true);
    else close();
  };

  const save = async (result: SendAssessmentActivity) => {
    setFailed(null);
    const stored = onSave(result);
    if (stored && typeof stored.then === 'function') {
      setPending(true);
      try {
        await stored;
      } catch (error) {
        setFailed(error);
        return;
      } finally {
        setPending(false);
      }
    }
    close();
  };

  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);

  let body: ReactNode;
  if (providers.isError) {
    body = (
      <Alert
        tone="danger"
        title={errorMessage(providers.error, common)}
        actions={
          <Button size="sm" icon={<RefreshIcon />} pending={providers.isFetching} onClick={() => void providers.refetch()}>
            {common.retry}
          </Button>
        }
      />
    );
  } else if (!provider) {
    body = <Spinner label={common.loading} />;
  } else {
    body = (
      <>
        {integration.data && integration.data.state !== 'connected' ? (
          <Alert tone="warning">{t.dialog.notConnected(provider.name)}</Alert>
        ) : null}
        <ActivityForm
          formId={formId}
          providerId={providerId}
          providerName={provider.name}
          activity={activity}
          onSubmit={(result) => void save(result)}
          onDirtyChange={onDirtyChange}
          t={t}
          common={common}
          overrides={text}
        />
        {failed ? (
          <Alert tone="danger" title={t.dialog.failed}>
            {errorMessage(failed, common)}
          </Alert>
        ) : null}
      </>
    );
  }

  return (
    <>
      <DialogRoot open={open} onOpenChange={requestOpenChange}>
        {trigger ? <DialogTrigger>{trigger}</DialogTrigger> : null}
        <DialogContent size="lg" className="ak-activity-dialog" preventClose={pending}>
          <DialogHeader>
            <DialogTitle>{activity ? t.dialog.editTitle(providerName) : t.activityName(providerName)}</DialogTitle>
            <DialogDescription>{t.dialog.description(stageName ?? null)}</DialogDescription>
            <DialogCloseButton label={common.close} />
          </DialogHeader>
          <DialogBody>{body}</DialogBody>
          <DialogFooter>
            <Button onClick={() => requestOpenChange(false)} aria-disabled={pending || undefined}>
              {t.dialog.cancel}
            </Button>
            <Button type="submit" form={formId} variant="primary" pending={pending} aria-disabled={!provider || undefined}>
              {activity ? t.dialog.update : t.dialog.add}
            </Button>
          </DialogFooter>
        </DialogContent>
      </DialogRoot>
      <DiscardConfirm
        open={confirming}
        onOpenChange={setConfirming}
        onDiscard={close}
        title={t.discard.dialogTitle}
        description={t.discard.dialogDescription}
        keepLabel={t.discard.keepEditing}
        discardLabel={t.discard.confirm}
      />
    </>
  );
}
