import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Controller, FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import { useReviewersByIds, useScorecardTemplates, useTests } from '../../data/hooks/use-catalogue';
import type { TextOverrides } from '../../data/text';
import type { SendAssessmentActivity } from '../../domain/interview-plan';
import { feedbackPolicies } from '../../domain/interview-plan';
import { Alert } from '../../ui/Alert';
import { AsyncCombobox } from '../../ui/AsyncCombobox';
import { ReviewersField } from '../../ui/ReviewersField';
import { Select } from '../../ui/Select';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { ArchiveIcon, RefreshIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import type { CommonText } from '../../ui/text';
import {
  activityToForm,
  createActivityFormSchema,
  formToActivity,
  copyQuestion,
  type ActivityFormValues,
} from './activity-form-schema';
import { QuestionsEditor } from './QuestionsEditor';
import { schemaResolver } from '../../ui/schema-resolver';
import type { InterviewPlanText } from './text';

export interface ActivityFormProps {
  formId: string;
  providerId: string;
  providerName: string;
  /** The activity being edited; a new one when absent. */
  activity: SendAssessmentActivity | undefined;
  onSubmit: (activity: SendAssessmentActivity) => void;
  onDirtyChange: (dirty: boolean) => void;
  t: InterviewPlanText;
  common: CommonText;
  textOverrides: TextOverrides | undefined;
}

/**
 * The "Send <Provider> Assessment" activity: test, reviewers, scorecard (a template, or questions written in place),
 * whose feedback counts, and whether it is sent on entering the stage. Every problem shows on submit, on its field,
 * and focus goes to the first.
 */
export function ActivityForm({ formId, providerId, providerName, activity, onSubmit, onDirtyChange, t, common, textOverrides }: ActivityFormProps) {
  const schema = useMemo(() => createActivityFormSchema(t.form.errors), [t.form.errors]);
  const form = useForm<ActivityFormValues>({
    resolver: schemaResolver(schema),
    defaultValues: activityToForm(activity),
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const { isDirty } = form.formState;
  // The test field takes focus once the dialog has settled its own (the dialog first notes where to return it).
  useEffect(() => {
    const frame = requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('input')?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  // The pickers are not registered inputs: after an invalid submit, focus the first invalid control in the page's
  // order. React Hook Form calls onInvalid before it publishes the errors, so wait for the render that counts the
  // submit (it carries the errors too); a frame is not enough on a busy main thread.
  const focusFirstError = useRef(false);
  const { submitCount } = form.formState;
  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [submitCount]);
  const submit = form.handleSubmit(
    (values) => onSubmit(formToActivity(values, providerId, activity)),
    () => {
      focusFirstError.current = true;
    },
  );

  return (
    <FormProvider {...form}>
      <form id={formId} ref={formRef} className="ak-activity-form" noValidate onSubmit={(event) => void submit(event)}>
        <TestField providerId={providerId} providerName={providerName} t={t} textOverrides={textOverrides} />
        <PlanReviewersField initialIds={activity?.reviewerIds ?? noIds} t={t} textOverrides={textOverrides} />
        <ScorecardSection t={t} common={common} />
        <fieldset className="ak-fieldset ak-activity-form__group">
          <legend className="ak-activity-form__legend">{t.form.feedback}</legend>
          {feedbackPolicies.map((policy) => (
            <RadioOption key={policy} name="feedbackFrom" value={policy} label={t.activity.feedbackFrom[policy]} hint={t.form.feedbackHints[policy]} />
          ))}
        </fieldset>
        <CheckboxOption name="autoSend" label={t.form.autoSend} hint={t.form.autoSendHint} />
      </form>
    </FormProvider>
  );
}

function TestField({ providerId, providerName, t, textOverrides }: { providerId: string; providerName: string; t: InterviewPlanText; textOverrides: TextOverrides | undefined }) {
  const [search, setSearch] = useState('');
  const tests = useTests(providerId, search);
  return (
    <Controller<ActivityFormValues, 'test'>
      name="test"
      render={({ field, fieldState }) => (
        <Field
          label={t.form.test}
          error={fieldState.error?.message}
          hint={
            <>
              {t.form.testHint(providerName)}
              {field.value?.archived ? (
                <span className="ak-activity-form__warning">
                  <ArchiveIcon />
                  {t.form.testArchived(providerName)}
                </span>
              ) : null}
            </>
          }
        >
          <AsyncCombobox
            source={tests}
            onSearchChange={setSearch}
            getKey={(test) => test.id}
            getLabel={(test) => test.title}
            getDisabledReason={(test) => (test.archived ? t.activity.archivedHint(providerName) : null)}
            value={field.value?.id ?? null}
            valueLabel={field.value?.title}
            onChange={(id, test) => field.onChange({ id, title: test.title, archived: test.archived })}
            onBlur={field.onBlur}
            placeholder={t.form.testPlaceholder}
            required
            text={textOverrides}
          />
        </Field>
      )}
    />
  );
}

const noIds: readonly string[] = [];

function PlanReviewersField({ initialIds, t, textOverrides }: { initialIds: readonly string[]; t: InterviewPlanText; textOverrides: TextOverrides | undefined }) {
  const { control } = useFormContext<ActivityFormValues>();
  // The chips of an edited activity show names whatever page the search has loaded.
  const known = useReviewersByIds(initialIds);
  return (
    <ReviewersField
      control={control}
      name="reviewerIds"
      text={{
        label: t.form.reviewers,
        hint: t.form.reviewersHint,
        placeholder: t.form.reviewersPlaceholder,
        selectionLabel: t.form.reviewers,
        required: t.form.errors.reviewersRequired,
      }}
      selectedItems={known.data}
      resolving={known.isPending && initialIds.length > 0}
      disabled={false}
      textOverrides={textOverrides}
    />
  );
}

function ScorecardSection({ t, common }: { t: InterviewPlanText; common: CommonText }) {
  const kind = useWatch<ActivityFormValues, 'scorecardKind'>({ name: 'scorecardKind' });
  const hintId = useId();
  return (
    <fieldset className="ak-fieldset ak-activity-form__group" aria-describedby={hintId}>
      <legend className="ak-activity-form__legend">{t.form.scorecard}</legend>
      <p className="ak-activity-form__hint" id={hintId}>
        {t.form.scorecardHint}
      </p>
      <div className="ak-activity-form__choices">
        <RadioOption name="scorecardKind" value="template" label={t.form.useTemplate} />
        <RadioOption name="scorecardKind" value="questions" label={t.form.writeQuestions} />
      </div>
      {kind === 'template' ? <TemplatePicker t={t} common={common} /> : <QuestionsEditor t={t} />}
    </fieldset>
  );
}

function TemplatePicker({ t, common }: { t: InterviewPlanText; common: CommonText }) {
  const templates = useScorecardTemplates();
  const { setValue, getValues } = useFormContext<ActivityFormValues>();
  const templateId = useWatch<ActivityFormValues, 'templateId'>({ name: 'templateId' });
  const chosen = templates.data?.find((template) => template.id === templateId);

  if (templates.isError) {
    return (
      <Alert
        tone="danger"
        title={t.form.templatesError}
        actions={
          <Button size="sm" icon={<RefreshIcon />} pending={templates.isFetching} onClick={() => void templates.refetch()}>
            {common.retry}
          </Button>
        }
      >
        {errorMessage(templates.error, common)}
      </Alert>
    );
  }
  if (!templates.data) return <Spinner label={t.form.templatesLoading} />;
  return (
    <div className="ak-activity-form__template">
      <Controller<ActivityFormValues, 'templateId'>
        name="templateId"
        render={({ field, fieldState }) => (
          <Field label={t.form.template} error={fieldState.error?.message}>
            <Select
              {...field}
              aria-required="true"
              placeholder={t.form.chooseTemplate}
              options={templates.data.map((template) => ({ value: template.id, label: template.name }))}
            />
          </Field>
        )}
      />
      {chosen ? (
        <div className="ak-panel ak-activity-form__preview">
          <p className="ak-activity-form__preview-count">{t.form.templateQuestions(chosen.questions.length)}</p>
          <ol className="ak-activity-form__preview-list">
            {chosen.questions.map((question) => (
              <li key={question.id} className="ak-activity-form__preview-item">
                <span className="ak-activity-form__preview-prompt">{question.prompt}</span>
                <span className="ak-activity-form__preview-type">{t.form.questions.types[question.type]}</span>
              </li>
            ))}
          </ol>
          <Button
            size="sm"
            variant="ghost"
            className="ak-activity-form__customize"
            onClick={() => {
              // The template's questions become this activity's own, to change in place.
              const own = getValues('questions');
              setValue('questions', [...own, ...chosen.questions.map(copyQuestion)], { shouldDirty: true });
              setValue('scorecardKind', 'questions', { shouldDirty: true });
            }}
          >
            {t.form.customizeTemplate}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** A radio with an optional hint under its label, bound to the form. */
function RadioOption({ name, value, label, hint }: { name: 'feedbackFrom' | 'scorecardKind'; value: string; label: string; hint?: string }) {
  const { register } = useFormContext<ActivityFormValues>();
  const id = useId();
  return (
    <div className="ak-choice">
      <input id={id} type="radio" className="ak-radio" value={value} aria-describedby={hint ? `${id}-hint` : undefined} {...register(name)} />
      <label className="ak-choice__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="ak-choice__hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}

function CheckboxOption({ name, label, hint }: { name: 'autoSend'; label: string; hint: string }) {
  const { register } = useFormContext<ActivityFormValues>();
  const id = useId();
  return (
    <div className="ak-choice ak-activity-form__auto-send">
      <input id={id} type="checkbox" className="ak-checkbox" aria-describedby={`${id}-hint`} {...register(name)} />
      <label className="ak-choice__label" htmlFor={id}>
        {label}
      </label>
      <span className="ak-choice__hint" id={`${id}-hint`}>
        {hint}
      </span>
    </div>
  );
}
