import { memo, type ReactNode } from 'react';
import type { Assessment } from '../../domain/assessment';
import { isResendAsNewStatus, type AssessmentStatus } from '../../domain/assessment-status';
import { ItemCard, useCancelAction, type ItemCardListProps } from '../../ui/assessment-item/ItemCard';
import { ResultSummary } from '../../ui/assessment-item/ResultSummary';
import { ItemFeedback } from '../../ui/assessment-item/ReviewerStates';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CircleAlertIcon, SendIcon } from '../../ui/icons';
import { AssessmentStatusBadge, statusBadgeText } from '../../ui/status-badge';
import { useKitText } from '../../data/kit-context';
import { ResendAction } from './ResendAction';
import type { CandidateAssessmentsText } from './text';

export interface AssessmentCardProps extends ItemCardListProps {
  assessment: Assessment;
  /** The new invitation sent for this one, when it expired or failed and was resent. */
  successor: Assessment | undefined;
  /** Open the Send Assessment dialog for a plan-created assessment. */
  onSend: (assessment: Assessment) => void;
  statusLabel: (status: AssessmentStatus) => string;
  text: CandidateAssessmentsText;
}

/** What an assessment's status asks of the recruiter, or says about it, under its title. */
function StatusBody({ assessment, text, format }: Pick<AssessmentCardProps, 'assessment' | 'text' | 'format'>): ReactNode {
  switch (assessment.status) {
    case 'not_sent':
      return <p className="ak-assessment-card__note">{text.needsAction.description}</p>;
    case 'expired':
      return assessment.expiresAt ? <p className="ak-assessment-card__note">{text.expired.when(format.date(assessment.expiresAt))}</p> : null;
    case 'failed':
      return (
        <Alert tone="danger" live={false} title={assessment.failureReason ? text.failed.cause(assessment.failureReason) : text.failed.unknownCause}>
          {text.failed.nextStep}
        </Alert>
      );
    case 'unknown':
      return <p className="ak-assessment-card__note">{text.unknown.description(assessment.vendorStatus)}</p>;
    default:
      return null;
  }
}

/** One assessment: what it is, where it stands, what it produced, and what can be done with it. */
export const AssessmentCard = memo(function AssessmentCard(props: AssessmentCardProps) {
  const { assessment, providerName, successor, requestFocus, onSend, refetch, statusLabel, format, text, itemText, common, textOverrides, feedbackAction } = props;
  const { status, testTitle } = assessment;
  const badgeText = useKitText('statusBadge', statusBadgeText, textOverrides);
  const cancel = useCancelAction(assessment, props, statusLabel, {
    trigger: text.active.cancel,
    triggerLabel: text.active.cancelLabel(testTitle),
    words: text.cancelConfirm,
  });

  const meta = [
    providerName ? itemText.provider(providerName) : null,
    assessment.source === 'plan' ? text.fromPlan(assessment.stageName) : text.adHoc,
    assessment.sentBy ? text.sentBy(assessment.sentBy) : null,
  ].filter((part): part is string => Boolean(part));

  // A plan activity waiting for the recruiter: Send is the next step, on the summary line.
  const send =
    status === 'not_sent' ? (
      <Button size="sm" variant="primary" icon={<SendIcon />} aria-label={text.needsAction.sendLabel(testTitle)} onClick={() => onSend(assessment)}>
        {text.needsAction.send}
      </Button>
    ) : null;
  const actions: ReactNode[] = [];
  const resend = (label: string, accessibleLabel: string, onResent: (next: Assessment) => void) => (
    <ResendAction key="resend" assessment={assessment} label={label} accessibleLabel={accessibleLabel} onResent={onResent} onRefused={refetch} text={text} common={common} />
  );
  if (isResendAsNewStatus(status)) {
    const sentOn = successor ? (successor.sentAt ?? successor.history[0]?.at) : undefined;
    if (sentOn) {
      actions.push(
        <p key="resent" className="ak-assessment-card__note">
          {text.expired.resent(format.date(sentOn))}
        </p>,
      );
    } else if (!successor) {
      const words = status === 'expired' ? text.expired : text.failed;
      actions.push(resend(words.resend, words.resendLabel(testTitle), (next) => requestFocus(next.id)));
    }
  }
  if (status === 'sent') actions.push(resend(text.active.resendInvitation, text.active.resendInvitationLabel(testTitle), () => undefined));
  if (cancel) actions.push(cancel);

  return (
    <ItemCard
      {...props}
      kind={text.kind}
      meta={meta}
      status={
        // One badge: a plan activity nobody sent yet is Needs action, which says more than Not sent.
        status === 'not_sent' ? (
          <Badge tone="warning" icon={CircleAlertIcon} label={text.needsAction.label} spokenLabel={badgeText.accessibleName(text.needsAction.label, null)} />
        ) : (
          <AssessmentStatusBadge assessment={assessment} showDetail text={textOverrides} />
        )
      }
      primaryAction={send}
      people={assessment.reviewers.length > 0 ? text.reviewers(format.list(assessment.reviewers.map((reviewer) => reviewer.name))) : text.noReviewers}
      actions={actions}
    >
      {status === 'completed' ? (
        <div className="ak-assessment-results">
          <ResultSummary assessment={assessment} format={format} text={itemText.result} />
          <ItemFeedback
            heading={text.completed.feedback}
            entries={assessment.feedback}
            names={new Map(assessment.reviewers.map((reviewer) => [reviewer.id, reviewer.name]))}
            text={itemText.feedback}
            format={format}
            action={feedbackAction?.(assessment)}
          />
        </div>
      ) : (
        <StatusBody assessment={assessment} text={text} format={format} />
      )}
    </ItemCard>
  );
});
