import { lazy, Suspense, useState } from 'react';
import type { TextOverrides } from '../../data/text';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DialogShell } from '../../ui/Dialog';
import { ClipboardListIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import type { CommonText } from '../../ui/text';
import { LoadBoundary } from './LoadBoundary';

/** The feedback form loads when someone opens it: most rows never need it. */
const AssessmentFeedbackForm = lazy(() =>
  import('../feedback/AssessmentFeedbackForm').then((module) => ({ default: module.AssessmentFeedbackForm })),
);

export interface OpenFeedbackProps {
  assessmentId: string;
  /** The dialog's title. */
  title: string;
  /** The button's word, and its accessible name (which starts with the word). */
  label: string;
  accessibleLabel: string;
  /** Said when the form's code didn't arrive. */
  unavailable: string;
  common: CommonText;
  /** The list's own `text` prop, handed on to the form. */
  overrides: TextOverrides | undefined;
}

/**
 * A row's way to reviewer feedback: a button that opens `AssessmentFeedbackForm` in a dialog, where a reviewer gives
 * theirs and anyone else reads what the backend lets them see.
 */
export function OpenFeedback({ assessmentId, title, label, accessibleLabel, unavailable, common, overrides }: OpenFeedbackProps) {
  const [open, setOpen] = useState(false);
  return (
    <DialogShell
      open={open}
      onOpenChange={setOpen}
      size="lg"
      title={title}
      closeLabel={common.close}
      trigger={
        <Button size="sm" variant="primary" icon={<ClipboardListIcon />} aria-label={accessibleLabel}>
          {label}
        </Button>
      }
    >
      <LoadBoundary
        fallback={
          <Alert tone="danger" title={unavailable}>
            {common.errors.network}
          </Alert>
        }
      >
        <Suspense fallback={<Spinner label={common.loading} />}>
          <AssessmentFeedbackForm assessmentId={assessmentId} headingLevel={3} text={overrides} />
        </Suspense>
      </LoadBoundary>
    </DialogShell>
  );
}
