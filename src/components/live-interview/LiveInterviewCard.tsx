import { memo, useCallback } from 'react';
import { useCandidate } from '../../data/hooks/use-assessments';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import type { Assessment } from '../../domain/assessment';
import { isActiveStatus, type AssessmentStatus } from '../../domain/assessment-status';
import { ItemCard, useCancelAction, type ItemCardListProps } from '../../ui/assessment-item/ItemCard';
import { ResultSummary } from '../../ui/assessment-item/ResultSummary';
import { ItemFeedback } from '../../ui/assessment-item/ReviewerStates';
import { VideoIcon } from '../../ui/icons';
import { AssessmentStatusBadge, statusBadgeText } from '../../ui/status-badge';
import { statusLabelOf } from '../../ui/status-badge/text';
import { InterviewLinks } from './InterviewLinks';
import type { LiveInterviewText } from './text';

/** How early Join shows before the set time: interviewers open the pad a few minutes ahead. */
const JOIN_BEFORE_MS = 15 * 60_000;

export interface LiveInterviewCardProps extends ItemCardListProps {
  /** An assessment of kind `live_interview`. */
  interview: Assessment;
  text: LiveInterviewText;
}

/**
 * A live interview's row in the candidate's list, beside the tests: its status in an interview's words (Scheduled,
 * In progress, Ended), its links while it can still happen (copy, send to the candidate), the playback once it ended,
 * and the interviewers' feedback, which opens when the pad ends.
 */
export const LiveInterviewCard = memo(function LiveInterviewCard(props: LiveInterviewCardProps) {
  const { interview, providerName, format, text: t, itemText, common, textOverrides, feedbackAction } = props;
  // Who the link goes to, for the send button and what is said after it (one cached request for every row).
  const candidateName = useCandidate(interview.candidateId).data?.name ?? '';
  const badgeText = useKitText('statusBadge', statusBadgeText, textOverrides);
  const { status, testTitle: title } = interview;
  const statusLabel = useCallback((value: AssessmentStatus) => statusLabelOf(badgeText, value, 'live_interview'), [badgeText]);
  // Cancelling works as for a test, in an interview's words.
  const cancel = useCancelAction(interview, props, statusLabel, {
    trigger: t.card.cancel,
    triggerLabel: t.card.cancelLabel(title),
    words: t.card.cancelConfirm,
  });
  const scheduledAt = interview.interview?.scheduledAt ?? null;
  const { now } = useAssessmentKit('LiveInterviewCard');
  // The interviewers' link (or the one both share) once the interview is under way or about to start.
  const joinUrl = interview.interview?.interviewerUrl ?? interview.interview?.candidateUrl ?? null;
  const startsSoon = status === 'sent' && scheduledAt !== null && Date.parse(scheduledAt) - now().getTime() <= JOIN_BEFORE_MS;
  const join =
    joinUrl && (status === 'in_progress' || startsSoon) ? (
      <a className="ak-button" data-variant="primary" data-size="sm" href={joinUrl} target="_blank" rel="noreferrer" aria-label={t.card.joinLabel(title)}>
        <VideoIcon />
        {t.card.join}
      </a>
    ) : null;

  return (
    <ItemCard
      {...props}
      assessment={interview}
      kind={t.card.kind}
      meta={[itemText.provider(providerName)]}
      status={
        <AssessmentStatusBadge
          assessment={interview}
          showDetail
          // Scheduled: when, rather than the day the link was sent.
          detail={status === 'sent' ? (scheduledAt ? format.dateTime(scheduledAt) : t.card.noTime) : undefined}
          text={textOverrides}
        />
      }
      people={interview.reviewers.length > 0 ? t.card.interviewers(format.list(interview.reviewers.map((r) => r.name))) : t.card.noInterviewers}
      primaryAction={join}
      statusLabel={statusLabel}
      actions={cancel ? [cancel] : []}
    >
      {isActiveStatus(status) ? <InterviewLinks interview={interview} candidateName={candidateName} t={t} common={common} /> : null}
      {status === 'completed' ? (
        // After the pad closed: the playback when the vendor gave one, and where the interviewers' feedback stands.
        <div className="ak-assessment-results">
          <ResultSummary assessment={interview} format={format} text={itemText.result} />
          <ItemFeedback
            heading={t.card.feedback}
            entries={interview.feedback}
            names={new Map(interview.reviewers.map((reviewer) => [reviewer.id, reviewer.name]))}
            text={itemText.feedback}
            format={format}
            showSubmittedOn={false}
            action={feedbackAction?.(interview)}
          />
        </div>
      ) : null}
    </ItemCard>
  );
});
