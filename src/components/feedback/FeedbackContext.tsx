import type { ReactNode } from 'react';
import type { Assessment } from '../../domain/assessment';
import type { ReviewerFeedback } from '../../domain/feedback';
import type { ReviewerFeedbackState } from '../../domain/reviewer-feedback';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { CircleCheckIcon, CircleDashedIcon, ExternalLinkIcon, PencilIcon } from '../../ui/icons';
import type { FeedbackFormat } from './format';
import type { FeedbackText } from './text';

const stateLooks: Record<ReviewerFeedbackState, { tone: BadgeTone; icon: typeof CircleCheckIcon }> = {
  submitted: { tone: 'success', icon: CircleCheckIcon },
  draft: { tone: 'info', icon: PencilIcon },
  due: { tone: 'neutral', icon: CircleDashedIcon },
};

/** A reviewer's state as a pill: icon and word, never colour alone. */
export function FeedbackStateBadge({ state, text: t }: { state: ReviewerFeedbackState; text: FeedbackText }) {
  const look = stateLooks[state];
  return <Badge tone={look.tone} icon={look.icon} label={t.states[state]} size="sm" />;
}

/** Reviewers by id, with the signed-in one marked. */
export function reviewerNames(assessment: Assessment, viewerId: string | null, t: FeedbackText): Map<string, string> {
  return new Map(assessment.reviewers.map((reviewer) => [reviewer.id, reviewer.id === viewerId ? t.context.you(reviewer.name) : reviewer.name]));
}

/** Everyone assigned, with where each stands and when they submitted. */
export function ReviewerStates({
  reviewers,
  names,
  text: t,
  format,
  label,
}: {
  reviewers: readonly ReviewerFeedback[];
  names: Map<string, string>;
  text: FeedbackText;
  format: FeedbackFormat;
  label: string;
}) {
  return (
    <ul className="ak-feedback-reviewers" aria-label={label}>
      {reviewers.map((reviewer) => (
        <li key={reviewer.reviewerId} className="ak-feedback-reviewers__item">
          <span className="ak-feedback-reviewers__name">{names.get(reviewer.reviewerId) ?? reviewer.reviewerId}</span>
          <FeedbackStateBadge state={reviewer.state} text={t} />
          {reviewer.submittedAt ? <span className="ak-feedback-reviewers__when">{t.submittedOn(format.date(reviewer.submittedAt))}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The result the reviewer judges: score, time taken, the vendor's report, and who else reviews it. */
export function FeedbackContext({
  assessment,
  reviewers,
  names,
  text: t,
  format,
}: {
  assessment: Assessment;
  reviewers: readonly ReviewerFeedback[];
  names: Map<string, string>;
  text: FeedbackText;
  format: FeedbackFormat;
}) {
  const c = t.context;
  const { score, timeTakenSeconds } = assessment;
  // A live interview has no vendor score to wait for, and a playback where a test has its report.
  const interview = assessment.kind === 'live_interview';
  let scoreValue: ReactNode = interview ? null : c.scorePending;
  if (score) {
    const [got, total, percent] = [format.number(score.got), format.number(score.total), format.percent(score.got / score.total)];
    scoreValue = (
      <>
        <span className="ak-feedback-context__score" aria-hidden="true">{c.scoreValue(got, total, percent)}</span>
        <span className="ak-visually-hidden">{c.scoreSpoken(got, total, percent)}</span>
      </>
    );
  }
  const link = interview
    ? { url: assessment.interview?.playbackUrl ?? null, text: c.playback, label: c.playbackLabel(assessment.testTitle), none: c.noPlayback }
    : { url: assessment.reportUrl, text: c.report, label: c.reportLabel(assessment.testTitle), none: c.noReport };
  const minutes = timeTakenSeconds === null ? null : Math.round(timeTakenSeconds / 60);
  return (
    <section className="ak-feedback-context" aria-label={c.label}>
      <dl className="ak-feedback-context__facts">
        {scoreValue !== null ? (
          <div className="ak-feedback-context__fact">
            <dt className="ak-feedback-context__term">{c.score}</dt>
            <dd className="ak-feedback-context__value">{scoreValue}</dd>
          </div>
        ) : null}
        {minutes !== null ? (
          <div className="ak-feedback-context__fact">
            <dt className="ak-feedback-context__term">{c.timeTaken}</dt>
            <dd className="ak-feedback-context__value">{c.duration(Math.floor(minutes / 60), minutes % 60)}</dd>
          </div>
        ) : null}
        <div className="ak-feedback-context__fact">
          <dt className="ak-feedback-context__term">{c.reviewers}</dt>
          <dd className="ak-feedback-context__value">
            <ReviewerStates reviewers={reviewers} names={names} text={t} format={format} label={c.reviewers} />
          </dd>
        </div>
      </dl>
      {link.url ? (
        // Parsing already dropped anything but http(s); the report opens apart from the ATS.
        <a className="ak-link ak-feedback-context__report" href={link.url} target="_blank" rel="noopener noreferrer" aria-label={link.label}>
          {link.text}
          <ExternalLinkIcon className="ak-icon" />
        </a>
      ) : (
        <p className="ak-feedback-context__note">{link.none}</p>
      )}
    </section>
  );
}
