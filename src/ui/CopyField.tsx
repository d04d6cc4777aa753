import { useEffect, useRef, useState } from 'react';
import { Button } from './Button';
import { Field } from './Field';
import { CheckIcon, CopyIcon } from './icons';

export interface CopyFieldProps {
  label: string;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  /** Shown when the Clipboard API is refused; the text is then selected for a manual copy. */
  copyFailedLabel: string;
  hint?: string;
  /** Monospace for URLs and secrets. */
  monospace?: boolean;
  onCopy?: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A read-only value with a Copy button. Uses the Clipboard API; when it is refused (permissions, insecure
 * context) the text is selected so Ctrl+C works, and the user is told so. The outcome is announced politely.
 */
export function CopyField({ label, value, copyLabel, copiedLabel, copyFailedLabel, hint, monospace = true, onCopy }: CopyFieldProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  const resetTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(resetTimer.current), []);

  async function copy() {
    clearTimeout(resetTimer.current);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(value);
      setState('copied');
      onCopy?.();
      resetTimer.current = setTimeout(() => setState('idle'), 2500);
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      setState('failed');
    }
  }

  const buttonText = state === 'copied' ? copiedLabel : copyLabel;
  return (
    <div className="ak-copy-field">
      <Field
        label={label}
        hint={hint}
        addon={
          <Button
            onClick={copy}
            icon={state === 'copied' ? <CheckIcon /> : <CopyIcon />}
            data-copied={state === 'copied' || undefined}
            // The visible word leads the name (WCAG 2.5.3); the field's label tells several Copy buttons apart.
            aria-label={`${buttonText}: ${label}`}
          >
            {buttonText}
          </Button>
        }
      >
        <input
          ref={inputRef}
          className="ak-input"
          data-monospace={monospace || undefined}
          value={value}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
        />
      </Field>
      <p className="ak-copy-field__status" role="status" aria-live="polite" data-state={state}>
        {state === 'copied' ? copiedLabel : state === 'failed' ? copyFailedLabel : ''}
      </p>
    </div>
  );
}
