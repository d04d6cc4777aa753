import { useEffect, useId, useRef } from 'react';
import type { Assessment } from '../../domain';
import { useFormatters } from '../../data/format';
import { CircleCheckIcon } from '../../ui/icons';
import { InterviewLinks } from './InterviewLinks';
import type { CommonText } from '../../ui/text';
import type { LiveInterviewText } from './text';
import type { ScheduleFormState } from './use-schedule-form-state';

/** The outcome: the interview's links, whole and copyable, with Send link to candidate. */
export function ScheduleCreated({ flow, interview, t, common }: { flow: ScheduleFormState; interview: Assessment; t: LiveInterviewText; common: CommonText }) {
  const format = useFormatters();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  // The Create button that had focus is gone: take the user to what they came for.
  useEffect(() => headingRef.current?.focus(), []);
  const when = interview.interview?.scheduledAt ? format.dateTime(interview.interview.scheduledAt) : null;
  return (
    <section className="ak-live-schedule__created" aria-labelledby={headingId}>
      <h3 className="ak-live-schedule__created-title" id={headingId} ref={headingRef} tabIndex={-1}>
        <CircleCheckIcon className="ak-icon" />
        {t.created.title}
      </h3>
      <p className="ak-live-schedule__created-text">{t.created.description(interview.testTitle, when)}</p>
      <InterviewLinks interview={interview} candidateName={flow.candidate?.name ?? ''} t={t} common={common} />
    </section>
  );
}
