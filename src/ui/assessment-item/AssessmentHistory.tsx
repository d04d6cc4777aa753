import { useId, useState } from 'react';
import type { StatusChange } from '../../domain/assessment';
import type { AssessmentStatus } from '../../domain/assessment-status';
import type { Formatters } from '../../data/format';
import { ChevronRightIcon } from '../icons';
import type { AssessmentItemText } from './text';

export interface AssessmentHistoryProps {
  /** The item's title, in the button's accessible name. */
  title: string;
  history: readonly StatusChange[];
  statusLabel: (status: AssessmentStatus) => string;
  format: Formatters;
  text: AssessmentItemText['history'];
}

/** Status changes with their times, oldest first, behind a disclosure button that starts collapsed. */
export function AssessmentHistory({ title, history, statusLabel, format, text }: AssessmentHistoryProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (history.length === 0) return null;
  return (
    <div className="ak-assessment-history" data-state={open ? 'open' : 'closed'}>
      <button
        type="button"
        className="ak-assessment-history__toggle"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={text.toggleLabel(title, history.length)}
        onClick={() => setOpen((value) => !value)}
      >
        <ChevronRightIcon className="ak-icon ak-assessment-history__chevron" />
        {text.toggle(history.length)}
      </button>
      {/* Rendered only when open: a candidate with hundreds of assessments doesn't pay for closed histories. */}
      <ol className="ak-assessment-history__list" id={listId} hidden={!open}>
        {open
          ? history.map((change, index) => (
              <li key={index} className="ak-assessment-history__entry">
                <span className="ak-assessment-history__what">
                  {text.entryLabel(statusLabel(change.status), format.dateTime(change.at))}
                </span>
                {change.note ? <span className="ak-assessment-history__note">{change.note}</span> : null}
              </li>
            ))
          : null}
      </ol>
    </div>
  );
}
