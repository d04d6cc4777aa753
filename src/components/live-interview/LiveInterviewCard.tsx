import { memo, useCallback, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useCandidate } from '../../data/hooks/use-assessments';
import { useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import type { Assessment } from '../../domain/assessment';
import { isActiveStatus, type AssessmentStatus } from '../../domain/assessment-status';
import { Badge } from '../../ui/Badge';
import { ExternalLinkIcon } from '../../ui/icons';
import { commonText, type CommonText } from '../../ui/text';
import { useFocusRescue } from '../../ui/use-focus-rescue';
import { feedbackLooks, type AssessmentCardProps } from '../candidate-assessments/AssessmentCard';
import { AssessmentHistory } from '../candidate-assessments/AssessmentHistory';
import { CancelAssessment } from '../candidate-assessments/CancelAssessment';
import { OpenFeedback } from '../candidate-assessments/OpenFeedback';
import { useRequestedFocus } from '../candidate-assessments/use-requested-focus';
import { AssessmentStatusBadge } from '../../ui/status-badge/AssessmentStatusBadge';
import { statusBadgeText, statusLabelOf } from '../../ui/status-badge/text';
import { InterviewLinks } from './InterviewLinks';
import { liveInterviewText, type LiveInterviewText } from './text';

export type LiveInterviewCardProps = Pick<
  AssessmentCardProps,
  'providerName' | 'headingLevel' | 'focusRequested' | 'onFocused' | 'focusPending' | 'requestFocus' | 'refetch' | 'format' | 'text' | 'overrides'
> & {
  /** An assessment of kind `live_interview`. */
  interview: Assessment;
};

/**
 * A live interview's row in the candidate's list, beside the tests: its status in an interview's words (Scheduled,
 * In progress, Ended), its links while it can still happen (copy, send to the candidate), the playback once it ended,
 * and the interviewers' feedback, which opens when the pad ends.
 */
export const LiveInterviewCard = memo(function LiveInterviewCard({
  interview,
  providerName,
  headingLevel,
  focusRequested,
  onFocused,
  focusPending,
  requestFocus,
  refetch,
  format,
  text,
  overrides,
}: LiveInterviewCardProps) {
  const t = useKitText('liveInterview', liveInterviewText, overrides);
  // Who the link goes to, for the send button and what is said after it (one cached request for every row).
  const candidateName = useCandidate(interview.candidateId).data?.name ?? '';
  const common = useKitText('common', commonText, overrides);
  const badgeText = useKitText('statusBadge', statusBadgeText, overrides);
  const headingId = useId();
  const headingRef = useRequestedFocus<HTMLHeadingElement>(focusRequested, onFocused);
  const cardRef = useRef<HTMLElement>(null);
  // The interview ends (the vendor's webhook, a poll) and takes its links and buttons away: focus goes to the heading.
  useFocusRescue(cardRef, () => (focusPending() ? null : headingRef.current));
  const [cancelOpen, setCancelOpen] = useState(false);
  const Heading = `h${headingLevel}` as 'h3';
  const { status, testTitle: title } = interview;
  const active = isActiveStatus(status);

  const statusLabel = useCallback((value: AssessmentStatus) => statusLabelOf(badgeText, value, 'live_interview'), [badgeText]);
  // Cancelling works as for a test, in an interview's words.
  const cancelText = useMemo(
    () => ({
      ...text,
      active: { ...text.active, cancel: t.card.cancel, cancelLabel: t.card.cancelLabel },
      cancelConfirm: { ...text.cancelConfirm, ...t.card.cancelConfirm },
    }),
    [text, t],
  );

  const scheduledAt = interview.interview?.scheduledAt ?? null;
  let body: ReactNode = null;
  if (active) body = <InterviewLinks interview={interview} candidateName={candidateName} t={t} common={common} />;
  else if (status === 'completed') body = <Ended interview={interview} t={t} common={common} overrides={overrides} />;

  return (
    <article ref={cardRef} className="ak-assessment-card" aria-labelledby={headingId} data-status={status} data-kind="live_interview">
      <header className="ak-assessment-card__header">
        <div className="ak-assessment-card__titles">
          <Heading ref={headingRef} id={headingId} className="ak-assessment-card__title" tabIndex={-1}>
            {title}
          </Heading>
          <p className="ak-assessment-card__meta">{[t.card.kind, text.provider(providerName)].join(' · ')}</p>
        </div>
        <div className="ak-assessment-card__status">
          <AssessmentStatusBadge
            assessment={interview}
            showDetail
            // Scheduled: when, rather than the day the link was sent.
            detail={status === 'sent' ? (scheduledAt ? format.dateTime(scheduledAt) : t.card.noTime) : undefined}
            text={overrides}
          />
        </div>
      </header>
      <p className="ak-assessment-card__reviewers">
        {interview.reviewers.length > 0 ? t.card.interviewers(format.names(interview.reviewers.map((r) => r.name))) : t.card.noInterviewers}
      </p>
      {body}
      {active || cancelOpen ? (
        <div className="ak-assessment-card__actions">
          <CancelAssessment
            assessment={interview}
            open={cancelOpen}
            onOpenChange={setCancelOpen}
            showTrigger={active}
            onRefused={refetch}
            onFocusFallback={() => requestFocus(interview.id)}
            statusLabel={statusLabel}
            text={cancelText}
            common={common}
          />
        </div>
      ) : null}
      <AssessmentHistory testTitle={title} history={interview.history} statusLabel={statusLabel} format={format} text={text} />
    </article>
  );
});

/** After the pad closed: the playback when the vendor gave one, and where the interviewers' feedback stands. */
function Ended({
  interview,
  t,
  common,
  overrides,
}: {
  interview: Assessment;
  t: LiveInterviewText;
  common: CommonText;
  overrides: TextOverrides | undefined;
}) {
  const playbackUrl = interview.interview?.playbackUrl ?? null;
  const names = new Map(interview.reviewers.map((reviewer) => [reviewer.id, reviewer.name]));
  const submitted = interview.feedback.filter((entry) => entry.state === 'submitted').length;
  return (
    <div className="ak-assessment-results">
      {playbackUrl ? (
        // Parsing already dropped anything but http(s); the link still opens apart from the ATS.
        <a className="ak-link ak-assessment-results__report" href={playbackUrl} target="_blank" rel="noopener noreferrer" aria-label={t.card.playbackLabel(interview.testTitle)}>
          {t.card.playback}
          <ExternalLinkIcon className="ak-icon" />
        </a>
      ) : (
        <p className="ak-assessment-card__note">{t.card.noPlayback}</p>
      )}
      {interview.feedback.length > 0 ? (
        <div className="ak-assessment-feedback">
          <p className="ak-assessment-feedback__heading">
            {t.card.feedback}
            <span className="ak-assessment-feedback__summary">{t.card.feedbackSummary(submitted, interview.feedback.length)}</span>
          </p>
          <ul className="ak-assessment-feedback__list">
            {interview.feedback.map((entry) => {
              const look = feedbackLooks[entry.state];
              return (
                <li key={entry.reviewerId} className="ak-assessment-feedback__reviewer">
                  <span className="ak-assessment-feedback__name">{names.get(entry.reviewerId) ?? entry.reviewerId}</span>
                  <Badge tone={look.tone} icon={look.icon} label={t.card.feedbackStates[entry.state]} size="sm" />
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <div className="ak-assessment-card__actions">
        <OpenFeedback
          assessmentId={interview.id}
          title={t.card.feedbackTitle(interview.testTitle)}
          label={t.card.openFeedback}
          accessibleLabel={t.card.openFeedbackLabel(interview.testTitle)}
          unavailable={t.card.feedbackUnavailable}
          common={common}
          overrides={overrides}
        />
      </div>
    </div>
  );
}
