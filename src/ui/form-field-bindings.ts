import { useFormState, useWatch, type FieldValues, type Path, type PathValue, type UseFormReturn } from 'react-hook-form';
import type { FormField } from '../data/form-field';

/** A headless hook's fields, one `FormField` per form value. */
export type FormFields<Values> = { [Name in keyof Values]-?: FormField<Values[Name]> };

/**
 * The kit's form fields for a host that draws its own UI: a react-hook-form form seen through `FormField`, so the
 * host's inputs bind without the form library. `onChange` replaces a field's change where the hook does more
 * (choosing a provider also resets its test). After a submit, a change or a blur validates again, as the kit's own
 * inputs do.
 */
export function useFormFields<Values extends FieldValues>(
  form: UseFormReturn<Values>,
  onChange: { [Name in keyof Values]?: (value: Values[Name]) => void } = {},
): FormFields<Values> {
  const values = useWatch({ control: form.control }) as Values;
  const { errors, isSubmitted } = useFormState({ control: form.control });
  const fields = {} as FormFields<Values>;
  for (const name of Object.keys(form.getValues()) as Array<keyof Values & string>) {
    const path = name as Path<Values>;
    const error = errors[name]?.message;
    fields[name] = {
      name,
      value: values[name],
      error: typeof error === 'string' ? error : undefined,
      onChange:
        onChange[name] ?? ((value) => form.setValue(path, value as PathValue<Values, Path<Values>>, { shouldDirty: true, shouldValidate: isSubmitted })),
      onBlur: () => {
        if (isSubmitted) void form.trigger(path);
      },
    };
  }
  return fields;
}
