import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useIntegration, useProviders } from '../../data/hooks/use-integrations';
import { useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import type { SendAssessmentActivity } from '../../domain/interview-plan';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogRoot, DialogTitle, DialogTrigger } from '../../ui/Dialog';
import { errorMessage } from '../../ui/error-message';
import { RefreshIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import { commonText, type CommonText } from '../../ui/text';
import { useDiscardGuard } from '../../ui/ConfirmDialog';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { useOpeningKey } from '../../ui/use-opening-key';
import { ActivityForm } from './ActivityForm';
import { interviewPlanText, type InterviewPlanText } from './text';

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
 * Closing with unsaved input asks first. While the host stores it (a promise from `onSave`) the dialog stays open;
 * a failure shows inside it with Try again focused. Each opening starts from the activity as given.
 */
export function AssessmentActivityDialog({ open: openProp, defaultOpen = false, onOpenChange, trigger, text, ...props }: AssessmentActivityDialogProps) {
  const t = useKitText('interviewPlan', interviewPlanText, text);
  const common = useKitText('common', commonText, text);
  const [open, setOpen] = useControllableState({ prop: openProp, defaultProp: defaultOpen ?? false, onChange: onOpenChange, caller: 'AssessmentActivityDialog' });
  const opening = useOpeningKey(open);
  return (
    // Escape, ×, Cancel and outside clicks reach onOpenChange only once the session's guard let them through.
    <DialogRoot open={open} onOpenChange={setOpen}>
      {trigger ? <DialogTrigger>{trigger}</DialogTrigger> : null}
      <ActivitySession key={opening} {...props} text={text} t={t} common={common} open={open} onClose={() => setOpen(false)} />
    </DialogRoot>
  );
}

/** One opening of the dialog: its save, its failure and its unsaved-input guard start fresh each time. */
function ActivitySession({
  providerId: providerIdProp,
  activity,
  stageName,
  onSave,
  text,
  t,
  common,
  open,
  onClose,
}: Pick<AssessmentActivityDialogProps, 'providerId' | 'activity' | 'stageName' | 'onSave' | 'text'> & {
  t: InterviewPlanText;
  common: CommonText;
  open: boolean;
  onClose: () => void;
}) {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const dirty = useRef(false);
  const retryRef = useRef<HTMLButtonElement>(null);
  const formId = useId();
  const providerId = activity?.providerId ?? providerIdProp;

  const providers = useProviders();
  const provider = providers.data?.find((p) => p.id === providerId);
  const integration = useIntegration(providerId, { enabled: open });
  const providerName = provider?.name ?? providerId;

  const isDirty = useCallback(() => dirty.current, []);
  const guard = useDiscardGuard({
    isDirty,
    onDiscard: onClose,
    text: { title: t.discard.dialogTitle, description: t.discard.dialogDescription, keepEditing: t.discard.keepEditing, confirm: t.discard.confirm },
    busy: pending,
    busyLabel: t.dialog.saving,
    closeLabel: common.close,
  });

  // A failure stays on screen through Try again (its button keeps focus while it runs); success closes.
  const save = async (result: SendAssessmentActivity) => {
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
    onClose();
  };

  // The failure's next step is trying again: take focus there (the Save button that had it is far below).
  useEffect(() => {
    if (failed) retryRef.current?.focus();
  }, [failed]);

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
          textOverrides={text}
        />
        {failed ? (
          <Alert
            tone="danger"
            title={t.dialog.failed}
            actions={
              <Button ref={retryRef} type="submit" form={formId} size="sm" icon={<RefreshIcon />} pending={pending}>
                {common.retry}
              </Button>
            }
          >
            {errorMessage(failed, common)}
          </Alert>
        ) : null}
      </>
    );
  }

  return (
    <>
      <DialogContent size="lg" className="ak-activity-dialog" {...guard.contentProps}>
        <DialogHeader>
          <DialogTitle>{activity ? t.dialog.editTitle(providerName) : t.activityName(providerName)}</DialogTitle>
          <DialogDescription>{t.dialog.description(stageName ?? null)}</DialogDescription>
          {guard.closeButton}
        </DialogHeader>
        <DialogBody>{body}</DialogBody>
        <DialogFooter>
          <Button {...guard.cancelProps}>{t.dialog.cancel}</Button>
          <Button type="submit" form={formId} variant="primary" pending={pending} aria-disabled={!provider || undefined}>
            {activity ? t.dialog.update : t.dialog.add}
          </Button>
        </DialogFooter>
      </DialogContent>
      {guard.confirmation}
    </>
  );
}
