export interface FormShape {
  /** How many fields the form shows. */
  fields: number;
  /** Its last field is a text area (a message). */
  endsWithTextArea?: boolean;
}

/**
 * While a form's providers and defaults load: its shape (a label and a field per row) as placeholders hidden from
 * screen readers, which hear that it loads. The dialog opens at about the form's height instead of a spinner's.
 */
export function FormSkeleton({ label, fields, endsWithTextArea = false }: FormShape & { label: string }) {
  return (
    <div role="status" className="ak-form-skeleton">
      <span className="ak-visually-hidden">{label}</span>
      {Array.from({ length: fields }, (_, index) => (
        <div key={index} className="ak-form-skeleton__field" aria-hidden="true">
          <span className="ak-skeleton" data-shape="label" />
          <span className="ak-skeleton" data-shape={endsWithTextArea && index === fields - 1 ? 'textarea' : 'input'} />
        </div>
      ))}
    </div>
  );
}
