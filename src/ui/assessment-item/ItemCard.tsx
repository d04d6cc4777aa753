import { useId, useRef, useState, type ReactNode } from 'react';
import type { TextOverrides } from '../../data/text';
import type { Assessment } from '../../domain/assessment';
import { isActiveStatus, type AssessmentStatus } from '../../domain/assessment-status';
import type { CommonText } from '../text';
import { ChevronRightIcon, CircleCheckIcon } from '../icons';
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
  /** The details start open: a list of one has nothing to scan past. */
  defaultOpen: boolean;
  /** Move focus to this item's summary line (after its buttons went away); then `onFocused`. */
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
  /** The recruiter just sent this one from the list's Send dialog: it says so under its summary line. */
  justSent?: boolean;
}

export interface ItemCardProps
  extends Pick<ItemCardListProps, 'headingLevel' | 'defaultOpen' | 'focusRequested' | 'onFocused' | 'focusPending' | 'format' | 'itemText' | 'justSent'> {
  assessment: Assessment;
  /** On the summary line after the title: what kind of item it is ("Live interview"). */
  kind: string;
  /** In the details: the vendor, where it came from. */
  meta: readonly string[];
  /** The status badge with its date and score, on the summary line. */
  status: ReactNode;
  /** The one next step that needs no expanding (Send, Join), after the summary line. */
  primaryAction?: ReactNode;
  /** Who reviews it ("Reviewers: Ana Park and Ben Ode"). */
  people: string;
  statusLabel: (status: AssessmentStatus) => string;
  /** The item's buttons, after its body. */
  actions?: readonly ReactNode[];
  /** What the item produced, or what it needs. */
  children?: ReactNode;
}

/**
 * The frame every item in the candidate's list shares: one summary line (title, kind, status with its date and
 * score) that is the heading's disclosure button, the one next step beside it, and the details one click away
 * (meta, reviewers, body, buttons, history), so a candidate with many items reads at a glance. The article is named
 * by the title; the button takes focus when the list asks, and when a live update removes the focused button.
 */
export function ItemCard({
  assessment,
  headingLevel,
  defaultOpen,
  focusRequested,
  onFocused,
  focusPending,
  format,
  itemText,
  kind,
  meta,
  status,
  primaryAction,
  people,
  statusLabel,
  actions = [],
  justSent = false,
  children,
}: ItemCardProps) {
  const titleId = useId();
  const detailsId = useId();
  const [open, setOpen] = useState(defaultOpen);
  const toggleRef = useRequestedFocus<HTMLButtonElement>(focusRequested, onFocused);
  const cardRef = useRef<HTMLElement>(null);
  // A status change (the vendor's webhook, a poll) takes away the button that had focus: focus goes to the summary.
  useFocusRescue(cardRef, () => (focusPending() ? null : toggleRef.current));
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <article
      ref={cardRef}
      className="ak-assessment-card"
      aria-labelledby={titleId}
      data-status={assessment.status}
      data-kind={assessment.kind === 'live_interview' ? assessment.kind : undefined}
      data-state={open ? 'open' : 'closed'}
    >
      <div className="ak-assessment-card__summary">
        <Heading className="ak-assessment-card__heading">
          <button
            ref={toggleRef}
            type="button"
            className="ak-assessment-card__toggle"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen((value) => !value)}
          >
            <ChevronRightIcon className="ak-icon ak-assessment-card__chevron" />
            <span className="ak-assessment-card__titles">
              <span id={titleId} className="ak-assessment-card__title">
                {assessment.testTitle}
              </span>
              {/* Spoken after the title as a pause, not run into it. */}
              <span className="ak-visually-hidden">, </span>
              <span className="ak-assessment-card__kind">{kind}</span>
              <span className="ak-visually-hidden">, </span>
            </span>
            <span className="ak-assessment-card__status">{status}</span>
          </button>
        </Heading>
        {primaryAction ? <div className="ak-assessment-card__primary">{primaryAction}</div> : null}
      </div>
      {justSent ? (
        <p className="ak-assessment-card__success ak-assessment-card__sent">
          <CircleCheckIcon />
          {itemText.justSent}
        </p>
      ) : null}
      {/* Rendered only when open: a candidate with hundreds of items doesn't pay for closed details. */}
      <div id={detailsId} className="ak-assessment-card__details" hidden={!open}>
        {open ? (
          <>
            <p className="ak-assessment-card__meta">{meta.join(' · ')}</p>
            <p className="ak-assessment-card__meta">{people}</p>
            {children}
            {actions.length > 0 ? <div className="ak-assessment-card__actions">{actions}</div> : null}
            <AssessmentHistory title={assessment.testTitle} history={assessment.history} statusLabel={statusLabel} format={format} text={itemText.history} />
          </>
        ) : null}
      </div>
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
