import { useId, useRef, useState, type ReactNode } from 'react';
import type { TextOverrides } from '../../data/text';
import type { Assessment } from '../../domain/assessment';
import { isActiveStatus, type AssessmentStatus } from '../../domain/assessment-status';
import type { CommonText } from '../text';
import { useFocusRescue } from '../use-focus-rescue';
import { AssessmentHistory } from './AssessmentHistory';
import { CancelAssessment } from './CancelAssessment';
import type { ItemFormat } from './format';
import type { AssessmentItemText, CancelWords } from './text';
import { useRequestedFocus } from './use-requested-focus';

/** What the candidate's list gives each item, whatever its kind. */
export interface ItemCardListProps {
  providerName: string;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  /** Move focus to this item's heading (after its buttons went away); then `onFocused`. */
  focusRequested: boolean;
  onFocused: () => void;
  /** Whether the list is already moving focus somewhere (then a removed button's focus is left to it). */
  focusPending: () => boolean;
  /** Ask the list to move focus to an item (this one, or a new invitation). */
  requestFocus: (assessmentId: string) => void;
  /** Load the list again (after the backend refused a change). */
  refetch: () => void;
  format: ItemFormat;
  itemText: AssessmentItemText;
  common: CommonText;
  /** The host's text overrides, handed on to the status badge. */
  textOverrides: TextOverrides | undefined;
  /** The way to a completed item's feedback, drawn by the list (it opens the feedback form). */
  feedbackAction?: (assessment: Assessment) => ReactNode;
}

export interface ItemCardProps extends Pick<ItemCardListProps, 'headingLevel' | 'focusRequested' | 'onFocused' | 'focusPending' | 'format' | 'itemText'> {
  assessment: Assessment;
  /** Under the title: the kind, the vendor, where it came from. */
  meta: readonly string[];
  /** The status badges, beside the title. */
  status: ReactNode;
  /** Who reviews it ("Reviewers: Ana Park and Ben Ode"). */
  people: string;
  statusLabel: (status: AssessmentStatus) => string;
  /** The item's buttons, after its body. */
  actions?: readonly ReactNode[];
  /** What the item produced, or what it needs. */
  children?: ReactNode;
}

/**
 * The frame every item in the candidate's list shares: an article named by its heading (which takes focus when the
 * list asks, and when a live update removes the focused button), the meta line, the status, who reviews it, its
 * body and buttons, and the history.
 */
export function ItemCard({
  assessment,
  headingLevel,
  focusRequested,
  onFocused,
  focusPending,
  format,
  itemText,
  meta,
  status,
  people,
  statusLabel,
  actions = [],
  children,
}: ItemCardProps) {
  const headingId = useId();
  const headingRef = useRequestedFocus<HTMLHeadingElement>(focusRequested, onFocused);
  const cardRef = useRef<HTMLElement>(null);
  // A status change (the vendor's webhook, a poll) takes away the button that had focus: focus goes to the heading.
  useFocusRescue(cardRef, () => (focusPending() ? null : headingRef.current));
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <article
      ref={cardRef}
      className="ak-assessment-card"
      aria-labelledby={headingId}
      data-status={assessment.status}
      data-kind={assessment.kind === 'live_interview' ? assessment.kind : undefined}
    >
      <header className="ak-assessment-card__header">
        <div className="ak-assessment-card__titles">
          <Heading ref={headingRef} id={headingId} className="ak-assessment-card__title" tabIndex={-1}>
            {assessment.testTitle}
          </Heading>
          <p className="ak-assessment-card__meta">{meta.join(' · ')}</p>
        </div>
        <div className="ak-assessment-card__status">{status}</div>
      </header>
      <p className="ak-assessment-card__reviewers">{people}</p>
      {children}
      {actions.length > 0 ? <div className="ak-assessment-card__actions">{actions}</div> : null}
      <AssessmentHistory title={assessment.testTitle} history={assessment.history} statusLabel={statusLabel} format={format} text={itemText.history} />
    </article>
  );
}

/**
 * An item's Cancel: the button while it is active, and the dialog, which may outlive the button (the cancel landed, or
 * the candidate finished meanwhile). Null when there is neither.
 */
export function useCancelAction(
  assessment: Assessment,
  { refetch, requestFocus, itemText, common }: Pick<ItemCardListProps, 'refetch' | 'requestFocus' | 'itemText' | 'common'>,
  statusLabel: (status: AssessmentStatus) => string,
  labels: { trigger: string; triggerLabel: string; words: CancelWords },
): ReactNode {
  const [open, setOpen] = useState(false);
  const active = isActiveStatus(assessment.status);
  if (!active && !open) return null;
  return (
    <CancelAssessment
      key="cancel"
      assessment={assessment}
      open={open}
      onOpenChange={setOpen}
      showTrigger={active}
      onRefused={refetch}
      onFocusFallback={() => requestFocus(assessment.id)}
      statusLabel={statusLabel}
      triggerLabel={labels.trigger}
      triggerAccessibleLabel={labels.triggerLabel}
      words={labels.words}
      text={itemText.cancel}
      common={common}
    />
  );
}
