import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import type { Reviewer } from '../domain/reviewer';
import type { TextOverrides } from '../data/text';
import { Field } from './Field';
import { ReviewersPicker } from './ReviewersPicker';

/** The words of a people field (reviewers, interviewers), from the feature's text. */
export interface PeopleFieldText {
  label: string;
  hint: string;
  /** Optional: the picker's own words otherwise. */
  placeholder?: string;
  selectionLabel: string;
  noResults?: (search: string) => string;
  /** Said when nobody was chosen. */
  required: string;
}

export interface ReviewersFieldProps<TValues extends FieldValues> {
  control: Control<TValues>;
  name: FieldPathByValue<TValues, string[]>;
  text: PeopleFieldText;
  /** People known before the directory names them (a pre-fill). */
  selectedItems?: readonly Reviewer[];
  resolving?: boolean;
  disabled: boolean;
  /** The caller's raw overrides, for the picker's own strings. */
  textOverrides: TextOverrides | undefined;
}

/** The people of a write form (reviewers, interviewers): a required picker bound to its form field. */
export function ReviewersField<TValues extends FieldValues>({ control, name, text, selectedItems, resolving, disabled, textOverrides }: ReviewersFieldProps<TValues>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field label={text.label} hint={text.hint} error={fieldState.error?.message}>
          <ReviewersPicker
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            selectedItems={selectedItems}
            resolving={resolving}
            selectionLabel={text.selectionLabel}
            placeholder={text.placeholder}
            messages={text.noResults ? { noResults: text.noResults } : undefined}
            disabled={disabled}
            required
            text={textOverrides}
          />
        </Field>
      )}
    />
  );
}
