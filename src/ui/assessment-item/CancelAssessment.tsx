import { useEffect, useRef, useState } from 'react';
import { isAssessmentBackendError } from '../../backend/errors';
import { useCancelAssessment } from '../../data/hooks/use-assessments';
import type { Assessment } from '../../domain/assessment';
import { isActiveStatus } from '../../domain/assessment-status';
import { Alert } from '../Alert';
import { Button } from '../Button';
import { useDiscardGuard } from '../ConfirmDialog';
import { DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogRoot, DialogTitle, DialogTrigger } from '../Dialog';
import { errorMessage } from '../error-message';
import { Field } from '../Field';
import { BanIcon } from '../icons';
import type { CommonText } from '../text';
import type { AssessmentItemText, CancelWords } from './text';

export interface CancelAssessmentProps {
  /** The assessment as the list shows it now (after a refused cancel, its real status). */
  assessment: Assessment;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Whether the Cancel button shows: only while the assessment is active. The dialog may outlive it. */
  showTrigger: boolean;
  /** The backend refused (the assessment is no longer active): the list should load its real state. */
  onRefused: () => void;
  /** Where focus goes when the dialog closes and its button is gone (the assessment was cancelled). */
  onFocusFallback: () => void;
  statusLabel: (status: Assessment['status']) => string;
  /** The Cancel button's word and its accessible name (which starts with it), in the kind's words. */
  triggerLabel: string;
  triggerAccessibleLabel: string;
  /** The dialog's title, description, buttons and error title, in the kind's words. */
  words: CancelWords;
  text: AssessmentItemText['cancel'];
  common: CommonText;
}

/**
 * Cancel, behind an alert dialog: focus starts on "Keep assessment", an optional reason goes into the history.
 * It follows the kit's rule for a write in flight: while the request runs the dialog stays put (Escape is held and
 * says why, Keep assessment is aria-disabled); the list announces the cancelled status once; a failure keeps the
 * reason and puts focus on the confirm button, which tries again. A refusal (the candidate finished meanwhile)
 * says so and leaves only Close, with focus on it, while the list loads the real state. Escape with a reason typed
 * asks before it throws the reason away.
 */
export function CancelAssessment({
  assessment,
  open,
  onOpenChange,
  showTrigger,
  onRefused,
  onFocusFallback,
  statusLabel,
  triggerLabel,
  triggerAccessibleLabel,
  words,
  text: t,
  common,
}: CancelAssessmentProps) {
  const cancel = useCancelAssessment(assessment.id);
  const [reason, setReason] = useState('');
  const keepRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const pending = cancel.isPending;
  const refused = isAssessmentBackendError(cancel.error) && cancel.error.code === 'conflict';

  const changeOpen = (next: boolean) => {
    if (!next && pending) return;
    if (next) {
      cancel.reset();
      setReason('');
    }
    onOpenChange(next);
  };
  const guard = useDiscardGuard({
    isDirty: () => !refused && reason.trim() !== '',
    onDiscard: () => onOpenChange(false),
    text: t.discard,
    busy: pending,
    busyLabel: t.cancelling,
  });

  const run = async () => {
    try {
      await cancel.mutateAsync({ reason: reason.trim() || undefined });
      onOpenChange(false);
    } catch (error) {
      if (isAssessmentBackendError(error) && error.code === 'conflict') onRefused();
      // Otherwise the next step is to try again: the confirm button, under the alert that says what went wrong.
      else confirmRef.current?.focus();
    }
  };

  // The confirm button is gone after a refusal: Close is the one thing left to do.
  useEffect(() => {
    if (refused) closeRef.current?.focus();
  }, [refused]);

  let problem = null;
  if (refused) {
    // Once the refetch lands, say what it is now; until then, that it changed.
    const message = isActiveStatus(assessment.status) ? t.refusedUnknown : t.refused(statusLabel(assessment.status));
    problem = (
      <Alert tone="danger" title={words.errorTitle}>
        {message}
      </Alert>
    );
  } else if (cancel.error) {
    problem = (
      <Alert tone="danger" title={words.errorTitle}>
        {errorMessage(cancel.error, common)}
      </Alert>
    );
  }

  return (
    <>
      <DialogRoot open={open} onOpenChange={changeOpen}>
        {showTrigger ? (
          <DialogTrigger>
            <Button ref={triggerRef} size="sm" className="ak-cancel-assessment__trigger" icon={<BanIcon />} aria-label={triggerAccessibleLabel}>
              {triggerLabel}
            </Button>
          </DialogTrigger>
        ) : null}
        <DialogContent
          role="alertdialog"
          size="sm"
          className="ak-cancel-assessment"
          {...guard.contentProps}
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            keepRef.current?.focus();
          }}
          onCloseAutoFocus={(event) => {
            if (triggerRef.current?.isConnected) return;
            event.preventDefault();
            onFocusFallback();
          }}
        >
          <DialogHeader icon={<BanIcon />} tone="danger">
            <DialogTitle>{words.title(assessment.testTitle)}</DialogTitle>
            <DialogDescription>{words.description}</DialogDescription>
          </DialogHeader>
          <DialogBody>
            {refused ? null : (
              <Field label={t.reasonLabel} hint={t.reasonHint}>
                <textarea
                  className="ak-input ak-cancel-assessment__reason"
                  rows={3}
                  value={reason}
                  readOnly={pending}
                  onChange={(event) => setReason(event.target.value)}
                />
              </Field>
            )}
            {problem}
          </DialogBody>
          <DialogFooter>
            {refused ? (
              <Button ref={closeRef} onClick={() => changeOpen(false)}>
                {t.close}
              </Button>
            ) : (
              <>
                <Button ref={keepRef} onClick={() => changeOpen(false)} aria-disabled={pending || undefined}>
                  {words.keep}
                </Button>
                <Button ref={confirmRef} variant="danger" pending={pending} onClick={run}>
                  {words.confirm}
                </Button>
              </>
            )}
          </DialogFooter>
        </DialogContent>
      </DialogRoot>
      {guard.confirmation}
    </>
  );
}
