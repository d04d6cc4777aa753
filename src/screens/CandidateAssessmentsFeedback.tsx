import { lazy, useState } from 'react';
import type { TextOverrides } from '../data/text';
import type { Assessment } from '../domain/assessment';
import type { AssessmentItemText } from '../ui/assessment-item/text';
import { Button } from '../ui/Button';
import { DialogShell } from '../ui/Dialog';
import { ClipboardListIcon } from '../ui/icons';
import { LazyBoundary } from '../ui/LazyBoundary';
import { Spinner } from '../ui/Spinner';
import type { CommonText } from '../ui/text';

/** The feedback form loads when someone opens it: most rows never need it. */
const AssessmentFeedbackForm = lazy(() =>
  import('../components/feedback/AssessmentFeedbackForm').then((module) => ({ default: module.AssessmentFeedbackForm })),
);

export interface OpenFeedbackProps {
  assessment: Assessment;
  text: AssessmentItemText['feedback'];
  common: CommonText;
  /** The list's own `text` prop, handed on to the form. */
  textOverrides: TextOverrides | undefined;
}

/**
 * An item's way to reviewer feedback: a button that opens `AssessmentFeedbackForm` in a dialog, where a reviewer gives
 * theirs and anyone else reads what the backend lets them see.
 */
export function OpenFeedback({ assessment, text, common, textOverrides }: OpenFeedbackProps) {
  const [open, setOpen] = useState(false);
  const title = assessment.testTitle;
  return (
    <DialogShell
      open={open}
      onOpenChange={setOpen}
      size="lg"
      title={text.dialogTitle(title)}
      closeLabel={common.close}
      trigger={
        <Button size="sm" variant="primary" icon={<ClipboardListIcon />} aria-label={text.openLabel(title)}>
          {text.open}
        </Button>
      }
    >
      <LazyBoundary failedTitle={text.unavailable} failedMessage={common.errors.network} loading={<Spinner label={common.loading} />}>
        <AssessmentFeedbackForm assessmentId={assessment.id} headingLevel={3} text={textOverrides} />
      </LazyBoundary>
    </DialogShell>
  );
}
