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
    <section className="ak-send__duplicate" aria-labelledby={headingId} data-tone="warning">
      <TriangleAlertIcon className="ak-icon ak-send__duplicate-icon" />
      <div className="ak-send__duplicate-body">
        <h3 className="ak-send__duplicate-title" id={headingId} tabIndex={-1} ref={headingRef}>
          {t.duplicate.title(flow.candidate?.name ?? '')}
        </h3>
        <p className="ak-send__duplicate-text">{t.duplicate.body(existing.testTitle, existing.sentAt ? formatters.date(existing.sentAt) : null)}</p>
        <AssessmentStatusBadge assessment={existing} text={textOverrides} />
        <div className="ak-send__duplicate-actions">
          <Button size="sm" variant="primary" pending={flow.isSending} onClick={() => void flow.sendAnyway()}>
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
