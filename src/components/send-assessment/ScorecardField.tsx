import { useId } from 'react';
import { useController, useFormState, useWatch } from 'react-hook-form';
import type { ScorecardQuestion } from '../../domain';
import { NO_SCORECARD, PLAN_SCORECARD, scorecardTemplateId } from '../../domain/scorecard-choice';
import { Field } from '../../ui/Field';
import { ClipboardListIcon } from '../../ui/icons';
import { RetryAlert } from '../../ui/RetryAlert';
import { ScorecardSelect } from '../../ui/ScorecardSelect';
import type { SendPartProps } from './send-parts';

/** None, the plan activity's own questions, or a template; with a preview of the chosen questions. */
export function ScorecardField({ flow, t, common }: SendPartProps) {
  const { form, templates, planned } = flow;
  const value = useWatch({ control: form.control, name: 'scorecard' });
  const { errors } = useFormState({ control: form.control, name: 'scorecard' });
  const planQuestions = planned?.scorecard?.kind === 'questions' ? planned.scorecard.questions : null;
  const templateId = scorecardTemplateId(value);
  const template = templateId === null ? undefined : templates.find((tpl) => tpl.id === templateId);
  const questions: ScorecardQuestion[] | null = value === PLAN_SCORECARD ? planQuestions : (template?.questions ?? null);
  const previewId = useId();
  const { field } = useController({ control: form.control, name: 'scorecard' });
  return (
    <div className="ak-send__scorecard">
      <Field label={t.scorecard.label} error={errors.scorecard?.message} hint={value === NO_SCORECARD ? t.scorecard.noneHint : undefined}>
        <ScorecardSelect
          {...field}
          disabled={flow.isSending}
          templates={templates}
          noneLabel={t.scorecard.none}
          planLabel={planQuestions ? t.scorecard.planQuestions(planQuestions.length) : null}
        />
      </Field>
      {flow.templatesError ? <RetryAlert title={t.scorecard.loadFailed} retryLabel={common.retry} size="sm" onRetry={flow.retryTemplates} /> : null}
      <div id={previewId} className="ak-send__preview-region">
        {questions ? (
          <section className="ak-panel ak-send__preview" aria-labelledby={`${previewId}-title`}>
            <h3 className="ak-icon-title" id={`${previewId}-title`}>
              <ClipboardListIcon className="ak-icon" />
              {t.scorecard.previewLabel(questions.length)}
            </h3>
            <ol className="ak-send__questions">
              {questions.map((question) => (
                <li key={question.id} className="ak-send__question">
                  <span className="ak-send__question-prompt">{question.prompt}</span>
                  <span className="ak-send__question-meta">
                    {t.scorecard.questionTypes[question.type]}
                    {question.options.length > 0 ? `: ${question.options.join(', ')}` : ''}
                    {' · '}
                    {question.required ? t.scorecard.required : t.scorecard.optional}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>
    </div>
  );
}
