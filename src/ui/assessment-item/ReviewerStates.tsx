import type { ReactNode } from 'react';
import type { ReviewerFeedbackState } from '../../domain/reviewer-feedback';
import { Badge, type BadgeTone } from '../Badge';
import { CircleCheckIcon, CircleDashedIcon, PencilIcon } from '../icons';
import type { ItemFormat } from './format';
import type { AssessmentItemText } from './text';

const looks: Record<ReviewerFeedbackState, { tone: BadgeTone; icon: typeof CircleCheckIcon }> = {
  submitted: { tone: 'success', icon: CircleCheckIcon },
  draft: { tone: 'info', icon: PencilIcon },
  due: { tone: 'neutral', icon: CircleDashedIcon },
};

/** A reviewer's feedback state as a pill: icon and word, never colour alone. */
export function FeedbackStateBadge({ state, text }: { state: ReviewerFeedbackState; text: AssessmentItemText['feedback'] }) {
  const look = looks[state];
  return <Badge tone={look.tone} icon={look.icon} label={text.states[state]} size="sm" />;
}

export interface ReviewerStateEntry {
  reviewerId: string;
  state: ReviewerFeedbackState;
  submittedAt: string | null;
}

export interface ReviewerStatesProps {
  entries: readonly ReviewerStateEntry[];
  /** Names by reviewer id; an id without one shows as itself. */
  names: ReadonlyMap<string, string>;
  text: AssessmentItemText['feedback'];
  format: Pick<ItemFormat, 'date'>;
  /** Names the list, where nothing visible does. */
  label?: string;
  /** Whether each submitted entry says when (a live interview's row leaves it out). */
  showSubmittedOn?: boolean;
}

/** Everyone assigned to give feedback, with where each stands and, when they submitted, when. */
export function ReviewerStates({ entries, names, text, format, label, showSubmittedOn = true }: ReviewerStatesProps) {
  return (
    <ul className="ak-reviewer-states" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.reviewerId} className="ak-reviewer-states__item">
          <span className="ak-reviewer-states__name">{names.get(entry.reviewerId) ?? entry.reviewerId}</span>
          <FeedbackStateBadge state={entry.state} text={text} />
          {showSubmittedOn && entry.submittedAt ? <span className="ak-reviewer-states__when">{text.submittedOn(format.date(entry.submittedAt))}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export interface ItemFeedbackProps extends Omit<ReviewerStatesProps, 'label'> {
  /** "Reviewer feedback", "Interviewer feedback". */
  heading: string;
  /** The way to the feedback itself (the screen's Open feedback button). */
  action?: ReactNode;
}

/** An item's feedback block: the heading with how many submitted, each reviewer's state, then the way to it. */
export function ItemFeedback({ heading, action, ...states }: ItemFeedbackProps) {
  const submitted = states.entries.filter((entry) => entry.state === 'submitted').length;
  return (
    <>
      {states.entries.length > 0 ? (
        <div className="ak-item-feedback">
          <p className="ak-item-feedback__heading">
            {heading}
            <span className="ak-item-feedback__summary">{states.text.summary(submitted, states.entries.length)}</span>
          </p>
          <ReviewerStates {...states} />
        </div>
      ) : null}
      {action ? <div className="ak-assessment-card__actions">{action}</div> : null}
    </>
  );
}
