import { useMemo } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { LIVE_INTERVIEW_TITLE_MAX_LENGTH } from '../../domain';
import { NO_SCORECARD, templateScorecard } from '../../domain/scorecard-choice';
import type { RequestSetupHandler } from '../../data/form-field';
import { useAssessmentKit } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { NoProviderNotice } from '../../ui/NoProviderNotice';
import { ProviderChoice } from '../../ui/ProviderChoice';
import { RetryAlert } from '../../ui/RetryAlert';
import { ReviewersField } from '../../ui/ReviewersField';
import { Spinner } from '../../ui/Spinner';
import { SubmitErrorAlert } from '../../ui/SubmitErrorAlert';
import type { CommonText } from '../../ui/text';
import { ScheduleCreated } from './ScheduleCreated';
import { viewerTimeZoneName } from './schema';
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
  if (flow.providers.error) {
    return (
      <RetryAlert title={t.provider.loadFailed} retryLabel={common.retry} size="sm" onRetry={flow.providers.retry}>
        {errorMessage(flow.providers.error, common)}
      </RetryAlert>
    );
  }
  if (!flow.ready) return <Spinner label={common.loading} />;
  if (flow.providers.connected.length === 0) {
    const testsOnly = flow.providers.turnedAway.map((p) => p.name).join(', ');
    return <NoProviderNotice text={t.noProvider} providers={flow.providers} otherReason={testsOnly && t.noProvider.testsOnly(testsOnly)} onRequestSetup={onRequestSetup} />;
  }
  return <ScheduleForm flow={flow} t={t} common={common} textOverrides={textOverrides} formId={formId} />;
}

function ScheduleForm({ flow, t, common, textOverrides, formId }: SchedulePartProps & { formId: string }) {
  const { form } = flow;
  const { errors } = useFormState({ control: form.control });
  const [providerId, scorecard] = useWatch({ control: form.control, name: ['providerId', 'scorecard'] });
  const locked = flow.isCreating;
  const { locale, now } = useAssessmentKit('ScheduleLiveInterviewDialog');
  const zone = useMemo(() => viewerTimeZoneName(locale, now()), [locale, now]);
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
        <select className="ak-input ak-live-schedule__select" disabled={locked} {...form.register('scorecard')}>
          <option className="ak-live-schedule__option" value={NO_SCORECARD}>
            {t.scorecard.none}
          </option>
          {flow.templates.map((template) => (
            <option key={template.id} className="ak-live-schedule__option" value={templateScorecard(template.id)}>
              {template.name}
            </option>
          ))}
        </select>
      </Field>
      {flow.templatesError ? <RetryAlert title={t.scorecard.loadFailed} retryLabel={common.retry} size="sm" onRetry={flow.retryTemplates} /> : null}
      <Field label={t.when.label} hint={t.when.hint(zone)} error={errors.scheduledAt?.message}>
        <input className="ak-input ak-live-schedule__when" type="datetime-local" min={flow.nowValue} readOnly={locked} {...form.register('scheduledAt')} />
      </Field>
    </form>
  );
}
