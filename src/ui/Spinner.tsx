import { SpinnerIcon } from './icons';

/** A loading indicator with its label for screen readers; the label is visible too unless `hideLabel`. */
export function Spinner({ label, hideLabel = false }: { label: string; hideLabel?: boolean }) {
  return (
    <div className="ak-spinner" role="status">
      <SpinnerIcon className="ak-icon ak-spin" />
      <span className={hideLabel ? 'ak-visually-hidden' : undefined}>{label}</span>
    </div>
  );
}
