import { useCallback, useEffect, useId, useRef, type MutableRefObject } from 'react';
import type { Assessment } from '../../domain';
import type { RequestSetupHandler } from '../../data/form-field';
import { useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import { Button } from '../../ui/Button';
import { CandidateHeader } from '../../ui/CandidateHeader';
import { useDiscardGuard } from '../../ui/ConfirmDialog';
import { DialogContent, DialogSections, type DialogOpenProps } from '../../ui/Dialog';
import { SendIcon } from '../../ui/icons';
import { commonText } from '../../ui/text';
import { SessionDialog } from '../../ui/SessionDialog';
import { DuplicateNotice } from './DuplicateNotice';
import { SendBody } from './SendBody';
import type { SendAssessmentDefaults } from './send-prefill';
import { sendAssessmentText } from './text';
import { useSendFormState } from './use-send-form-state';

export interface SendAssessmentDialogProps extends DialogOpenProps {
  /** Who gets the assessment; their name and email head the dialog. */
  candidateId: string;
  /**
   * Send an interview-plan activity: the candidate's `not_sent` assessment created by it pre-fills test, reviewers
   * and scorecard (all editable). Without it, an ad hoc send with an empty form.
   */
  activityId?: string | null;
  /** Pre-fill for an ad hoc send (ignored with `activityId`). */
  defaultValues?: SendAssessmentDefaults;
  /** After a successful send (the dialog then closes; the candidate's assessments are already refreshing). */
  onSent?: (assessment: Assessment) => void;
  /**
   * No provider can send: route the user to your integrations settings (with the provider concerned when only one
   * needs attention). Without it, or for a user who may not manage integrations, the dialog says to ask an admin.
   */
  onRequestSetup?: RequestSetupHandler;
  /** Open an assessment the candidate already has (offered by the duplicate warning). */
  onOpenAssessment?: (assessment: Assessment) => void;
  /** Text overrides (any feature's keys: `sendAssessment`, `picker`, `statusBadge`, `common`), over the provider's. */
  text?: TextOverrides;
}

/**
 * The recruiter's send: provider, test, reviewers, scorecard, link expiry and a message, sent exactly once.
 *
 * On success it announces the send, calls `onSent` and closes: the recruiter came from the candidate's
 * assessments, which already show the new one, and focus goes back to the button they pressed. A success screen
 * would add a click to every send in a high-volume pipeline. While sending it stays open (Escape says it is still
 * sending); a failure shows in it with Try again focused. A filled form asks before Escape, × or Cancel drop it.
 */
export function SendAssessmentDialog({ open, defaultOpen, onOpenChange, trigger, ...props }: SendAssessmentDialogProps) {
  const prefetch = useRef<() => void>(() => undefined);
  return (
    // Opening from the trigger starts the first lists' requests at once (a host opening it by `open` skips this).
    <SessionDialog {...{ open, defaultOpen, onOpenChange, trigger }} caller="SendAssessmentDialog" onOpening={() => prefetch.current()}>
      {(session) => <SendSession key={session.key} {...props} open={session.open} onClose={session.close} prefetchRef={prefetch} />}
    </SessionDialog>
  );
}

/**
 * One opening of the dialog: the form (started from what has loaded), the send and its outcome mount with it, so
 * a reopened dialog shows nothing of the last one. Mounted while closed too (with the form idle), so the candidate
 * and providers are loaded and the trigger can prefetch.
 */
function SendSession({
  candidateId,
  activityId = null,
  defaultValues,
  onSent,
  onRequestSetup,
  onOpenAssessment,
  text: textOverrides,
  open,
  onClose,
  prefetchRef,
}: Omit<SendAssessmentDialogProps, 'open' | 'defaultOpen' | 'onOpenChange' | 'trigger'> & {
  open: boolean;
  onClose: () => void;
  prefetchRef: MutableRefObject<() => void>;
}) {
  const t = useKitText('sendAssessment', sendAssessmentText, textOverrides);
  const common = useKitText('common', commonText, textOverrides);
  const onSentThenClose = useCallback(
    (assessment: Assessment) => {
      onSent?.(assessment);
      onClose();
    },
    [onSent, onClose],
  );
  const flow = useSendFormState({ candidateId, activityId, defaultValues, text: textOverrides, active: open, onSent: onSentThenClose });
  const { prefetch } = flow;
  useEffect(() => {
    prefetchRef.current = prefetch;
  }, [prefetchRef, prefetch]);
  const sending = flow.isSending;
  const guard = useDiscardGuard({ isDirty: flow.hasUnsavedInput, onDiscard: onClose, text: t.discard, busy: sending, busyLabel: t.sending, closeLabel: common.close });

  const formId = useId();
  const showForm = flow.ready && flow.providers.connected.length > 0 && !flow.activityMissing;
  const footer = showForm ? (
    <>
      <Button {...guard.cancelProps}>{t.cancel}</Button>
      <Button type="submit" form={formId} variant="primary" pending={sending} icon={<SendIcon className="ak-icon" />}>
        {sending ? t.sending : t.send}
      </Button>
    </>
  ) : (
    <Button onClick={onClose}>{common.close}</Button>
  );

  return (
    <>
      <DialogContent size="lg" className="ak-send" {...guard.contentProps}>
        <DialogSections
          title={t.title}
          description={activityId ? t.fromPlanDescription(flow.planned?.stageName ?? null) : t.description}
          close={guard.closeButton}
          footer={footer}
        >
          <div className="ak-send__body">
            {/* At the top of the body, where the recruiter who pressed Send is taken. */}
            {flow.duplicate ? (
              <DuplicateNotice flow={flow} t={t} common={common} textOverrides={textOverrides} onOpenAssessment={onOpenAssessment} onClose={onClose} />
            ) : null}
            <CandidateHeader candidate={flow.candidate} error={flow.candidateError} onRetry={flow.retryCandidate} text={t} common={common} />
            <SendBody {...{ flow, t, common, textOverrides, formId, onRequestSetup }} />
          </div>
        </DialogSections>
      </DialogContent>
      {guard.confirmation}
    </>
  );
}
