import { useId } from 'react';
import type { ProviderOption } from '../data/hooks/use-provider-options';
import { TriangleAlertIcon } from './icons';

/** The words about a write form's providers, from the feature's text. */
export interface ProviderChoiceText {
  legend: string;
  /** A connected provider that can't be used now: `reason` is the backend's ("The API key was revoked in DevScreen."). */
  needsAttention: (provider: string, reason: string | null) => string;
  /** Said when none was chosen. */
  required: string;
  loadFailed: string;
}

export interface ProviderChoiceProps {
  legend: string;
  options: readonly ProviderOption[];
  value: string;
  onChange: (providerId: string) => void;
  error?: string;
  /** A write is in flight: the choice stands. */
  disabled?: boolean;
}

/**
 * A radio card per provider, each describing itself: what it offers, or why it can't be used now (and then it
 * can't be chosen). The provider choice of every write form.
 */
export function ProviderChoice({ legend, options, value, onChange, error, disabled = false }: ProviderChoiceProps) {
  const name = useId();
  return (
    <fieldset className="ak-fieldset ak-provider-choice" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="ak-provider-choice__legend">{legend}</legend>
      <div className="ak-provider-choice__list">
        {options.map(({ provider, unavailableReason }) => {
          const id = `${name}-${provider.id}`;
          const checked = value === provider.id;
          return (
            <div key={provider.id} className="ak-provider-choice__option" data-checked={checked || undefined} data-unavailable={unavailableReason !== null || undefined}>
              <input
                id={id}
                type="radio"
                className="ak-radio ak-provider-choice__radio"
                name={name}
                value={provider.id}
                checked={checked}
                disabled={unavailableReason !== null || disabled}
                aria-describedby={`${id}-about`}
                onChange={() => onChange(provider.id)}
              />
              <label className="ak-provider-choice__label" htmlFor={id}>
                <span className="ak-provider-choice__name">{provider.name}</span>
                {unavailableReason ? (
                  <span className="ak-icon-note ak-provider-choice__reason" id={`${id}-about`}>
                    <TriangleAlertIcon className="ak-icon" />
                    {unavailableReason}
                  </span>
                ) : (
                  <span className="ak-provider-choice__meta" id={`${id}-about`}>
                    {provider.description}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </div>
      {error ? (
        <p className="ak-field__error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
