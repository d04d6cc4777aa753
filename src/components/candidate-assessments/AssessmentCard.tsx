import { memo, useId, useRef, useState, type ReactNode } from 'react';
import type { Formatters } from '../../data/format';
import type { TextOverrides } from '../../data/text';
import type { Assessment } from '../../domain/assessment';
import { isActiveStatus, isResendAsNewStatus, type AssessmentStatus } from '../../domain/assessment-status';
import type { ReviewerFeedbackState } from '../../domain/reviewer-feedback';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CircleAlertIcon, CircleCheckIcon, CircleDashedIcon, ExternalLinkIcon, PencilIcon, SendIcon } from '../../ui/icons';
import type { CommonText } from '../../ui/text';
import { useFocusRescue } from '../../ui/use-focus-rescue';
import { AssessmentStatusBadge } from '../../ui/status-badge/AssessmentStatusBadge';
import { AssessmentHistory } from './AssessmentHistory';
import { CancelAssessment } from './CancelAssessment';
import { OpenFeedback } from './OpenFeedback';
import { ResendAction } from './ResendAction';
import type { CandidateAssessmentsText } from './text';
import { useRequestedFocus } from './use-requested-focus';

/** Formatting the whole list shares, made once per locale. */
export interface CardFormat extends Formatters {
  percent: (ratio: number) => string;
  names: (names: readonly string[]) => string;
}

export interface AssessmentCardProps {
  assessment: Assessment;
  providerName: string;
  /** The new invitation sent for this one, when it expired or failed and was resent. */
  successor: Assessment | undefined;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  /** Move focus to this card's heading (after its buttons went away); then `onFocused`. */
  focusRequested: boolean;
  onFocused: () => void;
  /** Whether the list is already moving focus somewhere (then a removed button's focus is left to it). */
  focusPending: () => boolean;
  /** Ask the list to move focus to a card (this one, or a new invitation). */
  requestFocus: (assessmentId: string) => void;
  /** Open the Send Assessment dialog for a plan-created assessment. */
  onSend: (assessment: Assessment) => void;
  /** Load the list again (after the backend refused a change). */
  refetch: () => void;
  statusLabel: (status: AssessmentStatus) => string;
  format: CardFormat;
  text: CandidateAssessmentsText;
  common: CommonText;
  /** The component's own `text` prop, handed on to the badge. */
  overrides: TextOverrides | undefined;
}

/** Tone and icon per reviewer feedback state (a live interview's row shows the same). */
export const feedbackLooks: Record<ReviewerFeedbackState, { tone: BadgeTone; icon: typeof CircleCheckIcon }> = {
  submitted: { tone: 'success', icon: CircleCheckIcon },
  draft: { tone: 'info', icon: PencilIcon },
  due: { tone: 'neutral', icon: CircleDashedIcon },
};

/** One assessment: what it is, where it stands, what it produced, and what can be done with it. */
export const AssessmentCard = memo(function AssessmentCard({
  assessment,
  providerName,
  successor,
  headingLevel,
  focusRequested,
  onFocused,
  focusPending,
  requestFocus,
  onSend,
  refetch,
  statusLabel,
  format,
  text,
  common,
  overrides,
}: AssessmentCardProps) {
  const headingId = useId();
  const headingRef = useRequestedFocus<HTMLHeadingElement>(focusRequested, onFocused);
  const cardRef = useRef<HTMLElement>(null);
  // A status change (the vendor's webhook, a poll) takes away the button that had focus: focus goes to the heading.
  useFocusRescue(cardRef, () => (focusPending() ? null : headingRef.current));
  const [cancelOpen, setCancelOpen] = useState(false);
  const Heading = `h${headingLevel}` as 'h3';
  const { status, testTitle } = assessment;
  const active = isActiveStatus(status);

  const meta = [
    providerName ? text.provider(providerName) : null,
    assessment.source === 'plan' ? text.fromPlan(assessment.stageName) : text.adHoc,
    assessment.sentBy ? text.sentBy(assessment.sentBy) : null,
  ].filter((part): part is string => Boolean(part));

  let body: ReactNode = null;
  const actions: ReactNode[] = [];
  switch (status) {
    case 'not_sent':
      body = <p className="ak-assessment-card__note">{text.needsAction.description}</p>;
      actions.push(
        <Button
          key="send"
          size="sm"
          variant="primary"
          icon={<SendIcon />}
          aria-label={text.needsAction.sendLabel(testTitle)}
          onClick={() => onSend(assessment)}
        >
          {text.needsAction.send}
        </Button>,
      );
      break;
    case 'completed':
      body = <CompletedResults assessment={assessment} format={format} text={text} common={common} overrides={overrides} />;
      break;
    case 'expired':
      body = assessment.expiresAt ? (
        <p className="ak-assessment-card__note">{text.expired.when(format.date(assessment.expiresAt))}</p>
      ) : null;
      break;
    case 'failed':
      body = (
        <div className="ak-assessment-card__problem">
          <CircleAlertIcon className="ak-icon ak-assessment-card__problem-icon" />
          <div className="ak-assessment-card__problem-text">
            <p className="ak-assessment-card__cause">
              {assessment.failureReason ? text.failed.cause(assessment.failureReason) : text.failed.unknownCause}
            </p>
            <p className="ak-assessment-card__note">{text.failed.nextStep}</p>
          </div>
        </div>
      );
      break;
    case 'unknown':
      body = <p className="ak-assessment-card__note">{text.unknown.description(assessment.vendorStatus)}</p>;
      break;
    default:
      break;
  }

  if (isResendAsNewStatus(status)) {
    if (successor) {
      const sentOn = successor.sentAt ?? successor.history[0]?.at;
      if (sentOn) {
        actions.push(
          <p key="resent" className="ak-assessment-card__note">
            {text.expired.resent(format.date(sentOn))}
          </p>,
        );
      }
    } else {
      const words = status === 'expired' ? text.expired : text.failed;
      actions.push(
        <ResendAction
          key="resend"
          assessment={assessment}
          label={words.resend}
          accessibleLabel={words.resendLabel(testTitle)}
          onResent={(next) => requestFocus(next.id)}
          onRefused={refetch}
          text={text}
          common={common}
        />,
      );
    }
  }
  if (status === 'sent') {
    actions.push(
      <ResendAction
        key="resend"
        assessment={assessment}
        label={text.active.resendInvitation}
        accessibleLabel={text.active.resendInvitationLabel(testTitle)}
        onResent={() => undefined}
        onRefused={refetch}
        text={text}
        common={common}
      />,
    );
  }
  if (active || cancelOpen) {
    actions.push(
      <CancelAssessment
        key="cancel"
        assessment={assessment}
        open={cancelOpen}
        onOpenChange={setCancelOpen}
        showTrigger={active}
        onRefused={refetch}
        onFocusFallback={() => requestFocus(assessment.id)}
        statusLabel={statusLabel}
        text={text}
        common={common}
      />,
    );
  }

  return (
    <article ref={cardRef} className="ak-assessment-card" aria-labelledby={headingId} data-status={status}>
      <header className="ak-assessment-card__header">
        <div className="ak-assessment-card__titles">
          <Heading ref={headingRef} id={headingId} className="ak-assessment-card__title" tabIndex={-1}>
            {testTitle}
          </Heading>
          <p className="ak-assessment-card__meta">{meta.join(' · ')}</p>
        </div>
        <div className="ak-assessment-card__status">
          {status === 'not_sent' ? (
            <Badge tone="warning" icon={CircleAlertIcon} label={text.needsAction.label} size="sm" />
          ) : null}
          <AssessmentStatusBadge assessment={assessment} showDetail text={overrides} />
        </div>
      </header>
      <p className="ak-assessment-card__reviewers">
        {assessment.reviewers.length > 0
          ? text.reviewers(format.names(assessment.reviewers.map((reviewer) => reviewer.name)))
          : text.noReviewers}
      </p>
      {body}
      {actions.length > 0 ? <div className="ak-assessment-card__actions">{actions}</div> : null}
      <AssessmentHistory testTitle={testTitle} history={assessment.history} statusLabel={statusLabel} format={format} text={text} />
    </article>
  );
});

function CompletedResults({
  assessment,
  format,
  text,
  common,
  overrides,
}: {
  assessment: Assessment;
  format: CardFormat;
  text: CandidateAssessmentsText;
  common: CommonText;
  overrides: TextOverrides | undefined;
}) {
  const t = text.completed;
  const { score, timeTakenSeconds, reportUrl, feedback, reviewers } = assessment;
  const names = new Map(reviewers.map((reviewer) => [reviewer.id, reviewer.name]));
  const submitted = feedback.filter((entry) => entry.state === 'submitted').length;

  let scoreValue: ReactNode = t.scorePending;
  if (score) {
    const got = format.number(score.got);
    const total = format.number(score.total);
    const percent = format.percent(score.got / score.total);
    scoreValue = (
      <>
        <span className="ak-assessment-results__score" aria-hidden="true">{t.scoreValue(got, total, percent)}</span>
        <span className="ak-visually-hidden">{t.scoreSpoken(got, total, percent)}</span>
      </>
    );
  }

  return (
    <div className="ak-assessment-results">
      <dl className="ak-assessment-results__facts">
        <div className="ak-assessment-results__fact">
          <dt className="ak-assessment-results__term">{t.score}</dt>
          <dd className="ak-assessment-results__value" data-pending={score ? undefined : ''}>
            {scoreValue}
          </dd>
        </div>
        {timeTakenSeconds !== null ? (
          <div className="ak-assessment-results__fact">
            <dt className="ak-assessment-results__term">{t.timeTaken}</dt>
            <dd className="ak-assessment-results__value">
              {t.duration(Math.floor(Math.round(timeTakenSeconds / 60) / 60), Math.round(timeTakenSeconds / 60) % 60)}
            </dd>
          </div>
        ) : null}
      </dl>
      {reportUrl ? (
        // Parsing already dropped anything but http(s); the link still opens apart from the ATS.
        <a className="ak-link ak-assessment-results__report" href={reportUrl} target="_blank" rel="noopener noreferrer" aria-label={t.reportLabel(assessment.testTitle)}>
          {t.report}
          <ExternalLinkIcon className="ak-icon" />
        </a>
      ) : (
        <p className="ak-assessment-card__note">{t.noReport}</p>
      )}
      {feedback.length > 0 ? (
        <div className="ak-assessment-feedback">
          <p className="ak-assessment-feedback__heading">
            {t.feedback}
            <span className="ak-assessment-feedback__summary">{t.feedbackSummary(submitted, feedback.length)}</span>
          </p>
          <ul className="ak-assessment-feedback__list">
            {feedback.map((entry) => {
              const look = feedbackLooks[entry.state];
              const state = t.feedbackStates[entry.state];
              return (
                <li key={entry.reviewerId} className="ak-assessment-feedback__reviewer">
                  <span className="ak-assessment-feedback__name">{names.get(entry.reviewerId) ?? entry.reviewerId}</span>
                  <Badge tone={look.tone} icon={look.icon} label={state} size="sm" />
                  {entry.submittedAt ? (
                    <span className="ak-assessment-feedback__when">{t.submittedOn(format.date(entry.submittedAt))}</span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <div className="ak-assessment-card__actions">
        <OpenFeedback
          assessmentId={assessment.id}
          title={t.feedbackTitle(assessment.testTitle)}
          label={t.openFeedback}
          accessibleLabel={t.openFeedbackLabel(assessment.testTitle)}
          unavailable={t.feedbackUnavailable}
          common={common}
          overrides={overrides}
        />
      </div>
    </div>
  );
}
