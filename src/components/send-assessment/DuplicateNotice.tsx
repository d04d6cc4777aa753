import { useEffect, useId, useRef } from 'react';
import type { Assessment } from '../../domain';
import { useFormatters } from '../../data/format';
import { Button } from '../../ui/Button';
import { TriangleAlertIcon } from '../../ui/icons';
import { AssessmentStatusBadge } from '../../ui/status-badge/AssessmentStatusBadge';
import type { SendPartProps } from './send-parts';

/** The candidate already has this test active: send another anyway, or open that one. */
export function DuplicateNotice({
  flow,
  t,
  textOverrides,
  onOpenAssessment,
  onClose,
}: SendPartProps & { onOpenAssessment: ((assessment: Assessment) => void) | undefined; onClose: () => void }) {
  const existing = flow.duplicate!;
  const formatters = useFormatters();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The recruiter pressed Send and got this instead: take them to it.
  useEffect(() => headingRef.current?.focus(), [existing.id]);
  const headingId = useId();
  return (
    // The kit's warning Alert, at the top of the body; its actions are secondary: the footer's Send stays the one
    // primary action.
    <section className="ak-alert" data-tone="warning" aria-labelledby={headingId}>
      <TriangleAlertIcon className="ak-icon ak-alert__icon" />
      <div className="ak-alert__body">
        <h3 className="ak-alert__title ak-send__duplicate-title" id={headingId} tabIndex={-1} ref={headingRef}>
          {t.duplicate.title(flow.candidate?.name ?? '')}
        </h3>
        <div className="ak-alert__text">
          <p>{t.duplicate.body(existing.testTitle, existing.sentAt ? formatters.date(existing.sentAt) : null)}</p>
          <AssessmentStatusBadge assessment={existing} text={textOverrides} />
        </div>
        <div className="ak-alert__actions ak-send__duplicate-actions">
          <Button size="sm" pending={flow.isSending} onClick={() => void flow.sendAnyway()}>
            {t.duplicate.confirm}
          </Button>
          {onOpenAssessment ? (
            <Button
              size="sm"
              onClick={() => {
                onOpenAssessment(existing);
                onClose();
              }}
            >
              {t.duplicate.open}
            </Button>
          ) : null}
        </div>
      </div>
    </section>
  );
}
