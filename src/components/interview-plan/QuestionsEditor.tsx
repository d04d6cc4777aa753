import { useEffect, useId, useRef } from 'react';
import { useController, useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import { useAssessmentKit } from '../../data/kit-context';
import { scorecardQuestionTypes } from '../../domain/scorecard';
import { Button, IconButton } from '../../ui/Button';
import { ArrowDownIcon, ArrowUpIcon, CircleAlertIcon, PlusIcon, TrashIcon, XIcon } from '../../ui/icons';
import { Select } from '../../ui/Select';
import { hasOptions, newQuestion, type ActivityFormValues } from './activity-form-schema';
import type { InterviewPlanText } from './text';
import { useFocusRequest } from './use-focus-request';

type QuestionsText = InterviewPlanText['form']['questions'];

/**
 * Scorecard questions written in place: text, answer type, required, choices for the choice types; reordered with
 * Move up / Move down (buttons, so the keyboard and every pointer can do it) and removed. Focus follows the
 * question a button moved, and a new question's text field takes focus.
 */
export function QuestionsEditor({ t }: { t: InterviewPlanText }) {
  const q = t.form.questions;
  const { announce } = useAssessmentKit('QuestionsEditor');
  const { control } = useFormContext<ActivityFormValues>();
  const { fields, append, remove, swap } = useFieldArray({ control, name: 'questions', keyName: 'key' });
  const { errors } = useFormState({ control, name: 'questions' });
  const sectionRef = useRef<HTMLElement>(null);
  const setFocus = useFocusRequest(sectionRef, [fields]);
  const headingId = useId();

  const rootError = errors.questions?.root?.message;
  return (
    <section className="ak-questions" aria-labelledby={headingId} ref={sectionRef}>
      <h3 className="ak-questions__heading" id={headingId}>
        {q.heading}
      </h3>
      {fields.length === 0 ? <p className="ak-questions__empty">{q.none}</p> : null}
      {fields.length > 0 ? (
        <ol className="ak-questions__list">
          {fields.map((field, index) => (
            <QuestionCard
              key={field.key}
              index={index}
              count={fields.length}
              focusId={field.id}
              t={q}
              onMove={(offset) => {
                swap(index, index + offset);
                setFocus(`${field.id}:${offset < 0 ? 'up' : 'down'}`);
                announce(q.moved(index + 1, index + 1 + offset));
              }}
              onRemove={() => {
                remove(index);
                const next = fields[index + 1] ?? fields[index - 1];
                setFocus(next ? `${next.id}:text` : 'add');
                announce(q.removed(index + 1));
              }}
            />
          ))}
        </ol>
      ) : null}
      <ListError id={`${headingId}-error`} message={rootError} />
      <Button
        size="sm"
        icon={<PlusIcon />}
        className="ak-questions__add"
        data-focus-id="add"
        aria-describedby={rootError ? `${headingId}-error` : undefined}
        onClick={() => {
          const question = newQuestion();
          append(question, { shouldFocus: false });
          setFocus(`${question.id}:text`);
        }}
      >
        {q.add}
      </Button>
    </section>
  );
}

function QuestionCard({
  index,
  count,
  focusId,
  t,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  focusId: string;
  t: QuestionsText;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { register, control } = useFormContext<ActivityFormValues>();
  const { errors } = useFormState({ control, name: `questions.${index}` });
  const { field: typeField } = useController({ control, name: `questions.${index}.type` });
  const legendId = useId();
  const position = index + 1;
  const error = errors.questions?.[index];
  const promptErrorId = `${legendId}-prompt-error`;
  const promptError = error?.prompt?.message;

  return (
    <li className="ak-question">
      <fieldset className="ak-question__fieldset" aria-labelledby={legendId}>
        <div className="ak-question__header">
          <span className="ak-question__legend" id={legendId}>
            {t.question(position)}
          </span>
          <div className="ak-question__actions">
            <IconButton
              className="ak-question__action"
              label={t.moveUp(position)}
              icon={<ArrowUpIcon />}
              data-focus-id={`${focusId}:up`}
              aria-disabled={index === 0 || undefined}
              onClick={() => onMove(-1)}
            />
            <IconButton
              className="ak-question__action"
              label={t.moveDown(position)}
              icon={<ArrowDownIcon />}
              data-focus-id={`${focusId}:down`}
              aria-disabled={index === count - 1 || undefined}
              onClick={() => onMove(1)}
            />
            <IconButton className="ak-question__action" label={t.remove(position)} icon={<TrashIcon />} onClick={onRemove} />
          </div>
        </div>
        {/* One row: the question, its answer type and Required; named by position, not by a label per row. */}
        <div className="ak-question__row">
          <input
            className="ak-input ak-question__prompt"
            data-focus-id={`${focusId}:text`}
            aria-label={t.textLabel(position)}
            aria-required="true"
            aria-invalid={promptError ? true : undefined}
            aria-describedby={promptError ? promptErrorId : undefined}
            placeholder={t.textPlaceholder}
            {...register(`questions.${index}.prompt`)}
          />
          <Select
            {...typeField}
            className="ak-question__type"
            aria-label={t.typeLabel(position)}
            options={scorecardQuestionTypes.map((value) => ({ value, label: t.types[value] }))}
          />
          <label className="ak-check">
            <input
              type="checkbox"
              className="ak-checkbox"
              aria-label={t.requiredLabel(position)}
              {...register(`questions.${index}.required`)}
            />
            <span className="ak-check__label">{t.required}</span>
          </label>
        </div>
        <ListError id={promptErrorId} message={promptError} />
        {hasOptions(typeField.value) ? <OptionsEditor index={index} t={t} /> : null}
      </fieldset>
    </li>
  );
}

/** The choices of a choice question: at least two, none empty, none repeated (checked on submit). */
function OptionsEditor({ index, t }: { index: number; t: QuestionsText }) {
  const { register, control, getValues } = useFormContext<ActivityFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: `questions.${index}.options` });
  const { errors } = useFormState({ control, name: `questions.${index}.options` });
  const optionErrors = errors.questions?.[index]?.options;
  const rootError = optionErrors?.root?.message;
  const headingId = useId();
  const addRef = useRef<HTMLButtonElement>(null);

  // A choice question starts with two empty choices to fill in.
  const seeded = useRef(false);
  useEffect(() => {
    if (seeded.current) return;
    seeded.current = true;
    if (getValues(`questions.${index}.options`).length === 0) append([{ value: '' }, { value: '' }], { shouldFocus: false });
  }, [getValues, index, append]);

  return (
    <div className="ak-options" role="group" aria-labelledby={headingId}>
      <span className="ak-options__heading" id={headingId}>
        {t.options}
      </span>
      <ul className="ak-options__list">
        {fields.map((field, optionIndex) => {
          const message = optionErrors?.[optionIndex]?.value?.message;
          const errorId = `${headingId}-${optionIndex}-error`;
          return (
            <li key={field.id} className="ak-options__item">
              <div className="ak-options__row">
                {/* Named "Choice 2" for a screen reader; seen as the same words, muted, until typed over. */}
                <input
                  className="ak-input"
                  aria-label={t.option(optionIndex + 1)}
                  placeholder={t.option(optionIndex + 1)}
                  aria-invalid={message ? true : undefined}
                  aria-describedby={message ? errorId : undefined}
                  {...register(`questions.${index}.options.${optionIndex}.value`)}
                />
                <IconButton
                  className="ak-options__remove"
                  label={t.removeOption(optionIndex + 1)}
                  icon={<XIcon />}
                  onClick={() => {
                    remove(optionIndex);
                    addRef.current?.focus();
                  }}
                />
              </div>
              <ListError id={errorId} message={message} />
            </li>
          );
        })}
      </ul>
      <ListError id={`${headingId}-error`} message={rootError} />
      <Button
        ref={addRef}
        size="sm"
        icon={<PlusIcon />}
        className="ak-options__add"
        aria-describedby={rootError ? `${headingId}-error` : undefined}
        onClick={() => append({ value: '' })}
      >
        {t.addOption}
      </Button>
    </div>
  );
}

/** A list's own error (no questions, too few choices), shown under it and describing its Add button. */
function ListError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="ak-field__error" id={id}>
      <CircleAlertIcon />
      {message}
    </p>
  );
}
