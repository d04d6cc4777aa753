import { useId, type ReactNode } from 'react';
import type { Assessment } from '../../domain';
import type { RequestSetupHandler } from '../../data/form-field';
import { useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import { Button } from '../../ui/Button';
import { CandidateHeader } from '../../ui/CandidateHeader';
import { useDiscardGuard } from '../../ui/ConfirmDialog';
import { DialogContent, DialogSections, type DialogOpenProps } from '../../ui/Dialog';
import { CalendarIcon } from '../../ui/icons';
import { commonText } from '../../ui/text';
import { SessionDialog } from '../../ui/SessionDialog';
import { ScheduleBody } from './ScheduleBody';
import { liveInterviewText } from './text';
import { useScheduleFormState } from './use-schedule-form-state';

export interface ScheduleLiveInterviewDialogProps extends DialogOpenProps {
  /** Who the interview is with; their name and email head the dialog, and the title suggests their name and job. */
  candidateId: string;
  /** After the pad was created (the dialog then shows its links; the candidate's list already has it). */
  onCreated?: (interview: Assessment) => void;
  /**
   * No provider with live interviews is connected: route the user to your integrations settings (with the provider
   * concerned when only one needs attention). Without it, or for a user who may not manage integrations, the dialog
   * says to ask an admin.
   */
  onRequestSetup?: RequestSetupHandler;
  /** Text overrides (`liveInterview`, `picker`, `common`), over the provider's. */
  text?: TextOverrides;
}

/**
 * Schedule a live coding interview from the candidate's profile: a provider with live pads, a title, the
 * interviewers and their scorecard, and an optional date and time in the viewer's time zone. Creating it (once, under
 * double clicks and retries) turns the dialog into the interview's links, whole and copyable, with Send link to
 * candidate. It stays open there, unlike the send dialog, because the links are what the user came for. While
 * creating it stays open (Escape says so); a failure shows in it with Try again focused; a filled form asks before
 * Escape, × or Cancel drop it; a half-typed date and time is an error, never "no set time".
 *
 * A dialog of its own rather than a mode of `SendAssessmentDialog`: the form shares little (no test, no expiry, no
 * message, no duplicate guard) and the outcome is a screen of links instead of closing.
 */
export function ScheduleLiveInterviewDialog({ open, defaultOpen, onOpenChange, trigger, ...props }: ScheduleLiveInterviewDialogProps) {
  return (
    <SessionDialog {...{ open, defaultOpen, onOpenChange, trigger }} caller="ScheduleLiveInterviewDialog">
      {(session) => <ScheduleSession key={session.key} {...props} open={session.open} onClose={session.close} />}
    </SessionDialog>
  );
}

/** One opening of the dialog: the form, the create and its outcome mount with it, so nothing of the last one shows. */
function ScheduleSession({
  candidateId,
  onCreated,
  onRequestSetup,
  text: textOverrides,
  open,
  onClose,
}: Omit<ScheduleLiveInterviewDialogProps, 'open' | 'defaultOpen' | 'onOpenChange' | 'trigger'> & { open: boolean; onClose: () => void }) {
  const t = useKitText('liveInterview', liveInterviewText, textOverrides);
  const common = useKitText('common', commonText, textOverrides);
  const flow = useScheduleFormState({ candidateId, text: textOverrides, active: open, onCreated });
  const creating = flow.isCreating;
  const guard = useDiscardGuard({ isDirty: flow.hasUnsavedInput, onDiscard: onClose, text: t.discard, busy: creating, busyLabel: t.creating, closeLabel: common.close });

  const formId = useId();
  let footer: ReactNode;
  if (flow.created) {
    footer = (
      <Button variant="primary" onClick={onClose}>
        {t.done}
      </Button>
    );
  } else if (flow.ready && flow.providers.connected.length > 0) {
    footer = (
      <>
        <Button {...guard.cancelProps}>{t.cancel}</Button>
        <Button type="submit" form={formId} variant="primary" pending={creating} icon={<CalendarIcon />}>
          {creating ? t.creating : t.create}
        </Button>
      </>
    );
  } else {
    footer = <Button onClick={onClose}>{common.close}</Button>;
  }

  return (
    <>
      <DialogContent size="lg" className="ak-live-schedule" {...guard.contentProps}>
        <DialogSections title={t.title} description={t.description} close={guard.closeButton} footer={footer}>
          <div className="ak-live-schedule__body">
            <CandidateHeader candidate={flow.candidate} error={flow.candidateError} onRetry={flow.retryCandidate} text={t} common={common} />
            <ScheduleBody flow={flow} t={t} common={common} textOverrides={textOverrides} formId={formId} onRequestSetup={onRequestSetup} />
          </div>
        </DialogSections>
      </DialogContent>
      {guard.confirmation}
    </>
  );
}
