import { useId, useMemo } from 'react';
import { useController, useFormState, useWatch } from 'react-hook-form';
import { LIVE_INTERVIEW_TITLE_MAX_LENGTH } from '../../domain/limits';
import { NO_SCORECARD } from '../../domain/scorecard-choice';
import type { RequestSetupHandler } from '../../data/form-field';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import { DateField } from '../../ui/DateField';
import { dateFieldText } from '../../ui/date-field-text';
import { Field, mergeIds } from '../../ui/Field';
import { CircleAlertIcon } from '../../ui/icons';
import { ProviderGate } from '../../ui/ProviderGate';
import { ProviderChoice } from '../../ui/ProviderChoice';
import { RetryAlert } from '../../ui/RetryAlert';
import { ScorecardSelect } from '../../ui/ScorecardSelect';
import { ReviewersField } from '../../ui/ReviewersField';
import { SubmitErrorAlert } from '../../ui/SubmitErrorAlert';
import { TimeField } from '../../ui/TimeField';
import type { CommonText } from '../../ui/text';
import { ScheduleCreated } from './ScheduleCreated';
import { joinLocalDateTime, splitLocalDateTime, viewerTimeZoneName } from './schema';
import type { LiveInterviewText } from './text';
import type { ScheduleFormState } from './use-schedule-form-state';

export interface SchedulePartProps {
  flow: ScheduleFormState;
  t: LiveInterviewText;
  common: CommonText;
  /** The caller's raw overrides, handed on to nested kit components. */
  textOverrides: TextOverrides | undefined;
}

/** What the dialog holds under the candidate: the created interview's links, a load failure, the wait, why it can't schedule, or the form. */
export function ScheduleBody({ flow, t, common, textOverrides, formId, onRequestSetup }: SchedulePartProps & { formId: string; onRequestSetup: RequestSetupHandler | undefined }) {
  if (flow.created) return <ScheduleCreated flow={flow} interview={flow.created} t={t} common={common} />;
  const testsOnly = flow.providers.turnedAway.map((p) => p.name).join(', ');
  return (
    <ProviderGate providers={flow.providers} ready={flow.ready} shape={{ fields: 5 }} text={t} common={common} otherReason={testsOnly && t.noProvider.testsOnly(testsOnly)} onRequestSetup={onRequestSetup}>
      <ScheduleForm flow={flow} t={t} common={common} textOverrides={textOverrides} formId={formId} />
    </ProviderGate>
  );
}

function ScheduleForm({ flow, t, common, textOverrides, formId }: SchedulePartProps & { formId: string }) {
  const { form } = flow;
  const { errors } = useFormState({ control: form.control });
  const [providerId, scorecard] = useWatch({ control: form.control, name: ['providerId', 'scorecard'] });
  const { field: scorecardField } = useController({ control: form.control, name: 'scorecard' });
  const locked = flow.isCreating;
  return (
    <form id={formId} className="ak-live-schedule__form" noValidate onSubmit={(event) => void flow.submit(event)} aria-busy={locked || undefined}>
      {flow.formError ? (
        <SubmitErrorAlert error={flow.formError} title={t.errors.formTitle} common={common} retrying={locked} onRetry={() => void flow.submit()} />
      ) : null}
      <ProviderChoice legend={t.provider.legend} options={flow.providers.options} value={providerId} onChange={flow.chooseProvider} error={errors.providerId?.message} disabled={locked} />
      <Field label={t.interviewTitle.label} error={errors.title?.message}>
        <input className="ak-input" type="text" autoComplete="off" maxLength={LIVE_INTERVIEW_TITLE_MAX_LENGTH} readOnly={locked} {...form.register('title')} />
      </Field>
      <ReviewersField control={form.control} name="interviewerIds" text={t.interviewers} disabled={locked} textOverrides={textOverrides} />
      <Field label={t.scorecard.label} hint={scorecard === NO_SCORECARD ? t.scorecard.noneHint : undefined}>
        <ScorecardSelect {...scorecardField} disabled={locked} templates={flow.templates} noneLabel={t.scorecard.none} />
      </Field>
      {flow.templatesError ? <RetryAlert title={t.scorecard.loadFailed} retryLabel={common.retry} size="sm" onRetry={flow.retryTemplates} /> : null}
      <WhenField flow={flow} t={t} textOverrides={textOverrides} error={errors.scheduledAt?.message} />
    </form>
  );
}

/** The optional start: a date, then its time, as one group with one hint and one error; the time follows the date. */
function WhenField({ flow, t, textOverrides, error }: Omit<SchedulePartProps, 'common'> & { error: string | undefined }) {
  const { field } = useController({ control: flow.form.control, name: 'scheduledAt' });
  const fields = useKitText('dateField', dateFieldText, textOverrides);
  const { locale, now } = useAssessmentKit('ScheduleLiveInterviewDialog');
  const zone = useMemo(() => viewerTimeZoneName(locale, now()), [locale, now]);
  const id = useId();
  const { day, time } = splitLocalDateTime(field.value);
  const { day: today, time: timeNow } = splitLocalDateTime(flow.nowValue);
  const describedBy = mergeIds(error ? `${id}-error` : undefined, `${id}-hint`);
  const locked = flow.isCreating;
  return (
    <fieldset className="ak-fieldset ak-field" data-invalid={error ? true : undefined}>
      <legend className="ak-field__label">{t.when.label}</legend>
      <div className="ak-field__hint" id={`${id}-hint`}>
        {t.when.hint(zone)}
      </div>
      <div className="ak-field__control ak-live-schedule__when">
        <DateField
          ref={field.ref}
          name={field.name}
          value={day}
          onChange={(next) => field.onChange(joinLocalDateTime(next, time))}
          onBlur={field.onBlur}
          min={today}
          readOnly={locked}
          text={textOverrides}
          className="ak-live-schedule__day"
          aria-label={fields.dateLabel}
          aria-describedby={describedBy}
          aria-invalid={Boolean(error)}
        />
        <TimeField
          value={time}
          onChange={(next) => field.onChange(joinLocalDateTime(day, next))}
          onBlur={field.onBlur}
          // Today's times that have passed are shown, not offered.
          min={day === today ? timeNow : undefined}
          disabled={day === ''}
          readOnly={locked}
          text={textOverrides}
          className="ak-live-schedule__time"
          aria-label={fields.timeLabel}
          aria-describedby={describedBy}
          aria-invalid={Boolean(error)}
        />
      </div>
      {error ? (
        <p className="ak-field__error" id={`${id}-error`}>
          <CircleAlertIcon className="ak-icon" />
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
