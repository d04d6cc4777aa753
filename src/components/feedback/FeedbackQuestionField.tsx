import { useId, type ComponentProps, type ReactNode } from 'react';
import { Controller, useController, type UseFormReturn } from 'react-hook-form';
import { FEEDBACK_TEXT_MAX_LENGTH } from '../../domain/feedback-rules';
import type { ScorecardQuestion } from '../../domain/scorecard';
import { Field } from '../../ui/Field';
import { CircleAlertIcon, StarIcon } from '../../ui/icons';
import { NO, YES, type FeedbackFormValues } from './schema';
import type { FeedbackText } from './text';

interface QuestionFieldProps {
  question: ScorecardQuestion;
  name: string;
  form: UseFormReturn<FeedbackFormValues>;
  text: FeedbackText;
  /** The question's outermost element, so the form can focus its answer. */
  elementRef?: (element: HTMLElement | null) => void;
}

const range = (max: number) => Array.from({ length: max }, (_, index) => index + 1);

/** "Required" as a word beside the prompt: never a colour or an asterisk alone. */
function RequiredTag({ question, text: t }: { question: ScorecardQuestion; text: FeedbackText }) {
  return question.required ? <span className="ak-feedback-question__required">{t.questions.required}</span> : null;
}

/**
 * One choice as native radios, held by a controller: react-hook-form reads a registered radio group from the page
 * when it loses focus, and a group Tabbed past without a choice reads as `null`. Here the value changes only when
 * an option is chosen, so a group left alone stays unanswered (`undefined`).
 */
function useRadios(name: string, form: QuestionFieldProps['form'], invalid: boolean, className: string) {
  const { field } = useController({ control: form.control, name });
  const chosen = typeof field.value === 'string' ? field.value : undefined;
  const radio = (value: string, index: number): ComponentProps<'input'> => ({
    // The first option takes the ref, so a submit with this question unanswered focuses it.
    ref: index === 0 ? field.ref : undefined,
    type: 'radio',
    className,
    name,
    value,
    checked: chosen === value,
    'aria-invalid': invalid || undefined,
    onChange: () => field.onChange(value),
    onBlur: field.onBlur,
  });
  return { chosen, radio };
}

/**
 * Stars (1-5) or a score (1-10): native radios, so Tab reaches the group, arrow keys move the choice and Space
 * picks, with no hover needed. The chosen value is also written out ("3 of 5").
 */
function Rating({ question, name, form, text: t, invalid }: QuestionFieldProps & { invalid: boolean }) {
  const max = question.type === 'stars' ? 5 : 10;
  const kind = question.type === 'stars' ? 'stars' : 'score';
  const radios = useRadios(name, form, invalid, 'ak-rating__input');
  const chosen = Number(radios.chosen ?? 0);
  return (
    <div className="ak-rating" data-kind={kind}>
      <div className="ak-rating__options">
        {range(max).map((value, index) => (
          <label
            key={value}
            className="ak-rating__option"
            data-filled={(kind === 'stars' && value <= chosen) || undefined}
            data-checked={value === chosen || undefined}
          >
            <input {...radios.radio(String(value), index)} />
            {kind === 'stars' ? (
              <>
                <StarIcon className="ak-icon ak-rating__star" />
                <span className="ak-visually-hidden">{t.questions.star(value)}</span>
              </>
            ) : (
              <span className="ak-rating__number">{value}</span>
            )}
          </label>
        ))}
      </div>
      <span className="ak-rating__value" aria-hidden="true" data-empty={chosen === 0 || undefined}>
        {chosen > 0 ? t.questions.ratingValue(chosen, max) : t.questions.notRated}
      </span>
    </div>
  );
}

/** Yes/no and single select: one choice, as native radios the kit draws (`ak-radio`). */
function Choices({ name, form, options, invalid, pills }: { name: string; form: QuestionFieldProps['form']; options: Array<{ value: string; label: string }>; invalid: boolean; pills: boolean }) {
  const { radio } = useRadios(name, form, invalid, 'ak-radio ak-feedback-choice__input');
  return (
    <div className="ak-feedback-choices" data-layout={pills ? 'pills' : 'list'}>
      {options.map((option, index) => (
        <label key={option.value} className="ak-feedback-choice">
          <input {...radio(option.value, index)} />
          <bdi className="ak-feedback-choice__label">{option.label}</bdi>
        </label>
      ))}
    </div>
  );
}

/** Multi select: checkboxes the kit draws (`ak-checkbox`) holding an array (a Controller, so one option still gives an array). */
function Checkboxes({ question, name, form, invalid }: QuestionFieldProps & { invalid: boolean }) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => {
        const chosen = Array.isArray(field.value) ? field.value : [];
        return (
          <div className="ak-feedback-choices" data-layout="list">
            {question.options.map((option, index) => (
              <label key={option} className="ak-feedback-choice">
                <input
                  ref={index === 0 ? field.ref : undefined}
                  type="checkbox"
                  className="ak-checkbox ak-feedback-choice__input"
                  name={name}
                  value={option}
                  checked={chosen.includes(option)}
                  aria-invalid={invalid || undefined}
                  onBlur={field.onBlur}
                  onChange={(event) =>
                    field.onChange(event.target.checked ? question.options.filter((o) => o === option || chosen.includes(o)) : chosen.filter((o) => o !== option))
                  }
                />
                <bdi className="ak-feedback-choice__label">{option}</bdi>
              </label>
            ))}
          </div>
        );
      }}
    />
  );
}

/** One scorecard question as a labelled form control, with "Required" and its error message. */
export function FeedbackQuestionField(props: QuestionFieldProps) {
  const { question, name, form, text: t, elementRef } = props;
  const id = useId();
  const error = form.formState.errors[name]?.message;
  const invalid = error !== undefined;

  if (question.type === 'text') {
    return (
      <div ref={elementRef} className="ak-feedback-question" data-type="text">
        <Field
          label={
            <>
              <bdi className="ak-feedback-question__prompt">{question.prompt}</bdi>
              <RequiredTag question={question} text={t} />
            </>
          }
          error={error}
        >
          <textarea
            className="ak-input ak-feedback-question__text"
            rows={4}
            aria-required={question.required}
            {...form.register(name, {
              // Over the limit says so as it is typed (the draft can't save it either); checked again until it fits.
              onChange: (event: { target: { value: string } }) => {
                if (event.target.value.length > FEEDBACK_TEXT_MAX_LENGTH || form.getFieldState(name).invalid) void form.trigger(name);
              },
            })}
          />
        </Field>
      </div>
    );
  }

  let control: ReactNode;
  if (question.type === 'stars' || question.type === 'score') control = <Rating {...props} invalid={invalid} />;
  else if (question.type === 'multi_select') control = <Checkboxes {...props} invalid={invalid} />;
  else {
    const options =
      question.type === 'yes_no'
        ? [
            { value: YES, label: t.questions.yes },
            { value: NO, label: t.questions.no },
          ]
        : question.options.map((option) => ({ value: option, label: option }));
    control = <Choices name={name} form={form} options={options} invalid={invalid} pills={question.type === 'yes_no'} />;
  }
  const oneChoice = question.type !== 'multi_select';
  const legendId = `${id}-legend`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      ref={elementRef}
      className="ak-feedback-question"
      data-type={question.type}
      data-invalid={invalid || undefined}
      aria-labelledby={legendId}
      aria-describedby={invalid ? errorId : undefined}
      // A radio group says it is required (and invalid) itself; a checkbox group has no such states.
      {...(oneChoice ? { role: 'radiogroup', 'aria-required': question.required, 'aria-invalid': invalid || undefined } : {})}
    >
      <legend className="ak-feedback-question__legend" id={legendId}>
        <bdi className="ak-feedback-question__prompt">{question.prompt}</bdi>
        <RequiredTag question={question} text={t} />
      </legend>
      {control}
      {invalid ? (
        <p className="ak-field__error" id={errorId}>
          <CircleAlertIcon className="ak-icon" />
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
