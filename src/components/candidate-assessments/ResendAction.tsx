import { isAssessmentBackendError } from '../../backend/errors';
import { useResendAssessment } from '../../data/hooks/use-assessments';
import { useAssessmentKit } from '../../data/kit-context';
import type { Assessment } from '../../domain/assessment';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/error-message';
import { CircleCheckIcon, SendIcon } from '../../ui/icons';
import { RetryAlert } from '../../ui/RetryAlert';
import type { CommonText } from '../../ui/text';
import type { CandidateAssessmentsText } from './text';

export interface ResendActionProps {
  assessment: Assessment;
  /** The visible word and the accessible name (which starts with it). */
  label: string;
  accessibleLabel: string;
  /** After the backend confirmed: the same assessment with a new link, or the new assessment that follows it. */
  onResent: (assessment: Assessment) => void;
  /** The backend refused: the list should load the real state. */
  onRefused: () => void;
  text: CandidateAssessmentsText;
  common: CommonText;
}

/**
 * Resend: for a sent assessment a new email with the same link lifetime reset; for an expired or failed one a new
 * invitation. One request however often it is clicked while running, and a retry reuses the idempotency key, so
 * the candidate gets one email per intent. A failure stays beside the button with the reason and a retry.
 */
export function ResendAction({ assessment, label, accessibleLabel, onResent, onRefused, text, common }: ResendActionProps) {
  const resend = useResendAssessment(assessment.id);
  const { announce } = useAssessmentKit('ResendAction');
  const sameAssessment = assessment.status === 'sent' || assessment.status === 'in_progress';

  const run = async () => {
    try {
      const result = await resend.mutateAsync();
      // A new invitation is announced as the new assessment it is, by the list.
      if (sameAssessment) announce(text.announcements.resent(assessment.testTitle), 'polite');
      onResent(result);
    } catch (error) {
      // Shown from `resend.error`, with a retry; a refusal also reloads the list, which shows why.
      if (isAssessmentBackendError(error) && error.code === 'conflict') onRefused();
    }
  };
  const refused = isAssessmentBackendError(resend.error) && resend.error.code === 'conflict';

  return (
    <>
      <Button size="sm" icon={<SendIcon />} pending={resend.isPending} onClick={run} aria-label={accessibleLabel}>
        {label}
      </Button>
      {/* Seen as well as heard: the candidate has a new email. */}
      {resend.isSuccess && sameAssessment ? (
        <p className="ak-assessment-card__success">
          <CircleCheckIcon />
          {text.announcements.resent(assessment.testTitle)}
        </p>
      ) : null}
      {/* A refusal has no retry: the list reloads and shows why. */}
      {refused ? (
        <Alert className="ak-assessment-card__error" tone="danger" title={text.resendError}>
          {text.resendRefused}
        </Alert>
      ) : resend.error ? (
        <RetryAlert
          className="ak-assessment-card__error"
          title={text.resendError}
          retryLabel={common.retry}
          onRetry={run}
          retrying={resend.isPending}
          size="sm"
        >
          {errorMessage(resend.error, common)}
        </RetryAlert>
      ) : null}
    </>
  );
}
