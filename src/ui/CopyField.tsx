import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useAssessmentKit } from '../data/kit-context';
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

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * A read-only value with a Copy button, in a read-only text area. A URL or secret is never broken inside a token
 * (a text area can't wrap a URL only at its "/"): one longer than the field scrolls sideways, and Copy takes all of
 * it. Uses the Clipboard API; when that is refused (permissions, insecure context) the text is selected and focused
 * so Ctrl+C works, described by what to do. "Copied" is said through the kit's announcer. The button keeps its width from
 * "Copy" to "Copied".
 */
export function CopyField({ label, value, copyLabel, copiedLabel, copyFailedLabel, hint, monospace = true, onCopy }: CopyFieldProps) {
  const { announce } = useAssessmentKit('CopyField');
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  const resetTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failedId = useId();

  useEffect(() => () => clearTimeout(resetTimer.current), []);

  // One line, plus the sideways scrollbar when the value is longer than the field (CSS can't count a scrollbar that
  // comes and goes), measured again when the width changes: in the next frame, since resizing the area inside its
  // own observer's callback is a ResizeObserver loop.
  useIsomorphicLayoutEffect(() => {
    const area = areaRef.current;
    if (!area || typeof ResizeObserver === 'undefined') return;
    const fit = () => {
      area.style.height = 'auto';
      area.style.height = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`;
    };
    fit();
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    observer.observe(area);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [value]);

  async function copy() {
    clearTimeout(resetTimer.current);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(value);
      setState('copied');
      announce(copiedLabel);
      onCopy?.();
      resetTimer.current = setTimeout(() => setState('idle'), 2500);
    } catch {
      // Focus lands on the selected text, described (already, hence flushSync) by what to do now.
      flushSync(() => setState('failed'));
      areaRef.current?.focus();
      areaRef.current?.select();
    }
  }

  const copied = state === 'copied';
  const buttonText = copied ? copiedLabel : copyLabel;
  return (
    <div className="ak-copy-field" data-state={state}>
      <Field
        label={label}
        hint={hint}
        addon={
          <Button
            onClick={copy}
            className="ak-copy-field__button"
            icon={copied ? <CheckIcon /> : <CopyIcon />}
            data-copied={copied || undefined}
            // The visible word leads the name (WCAG 2.5.3); the field's label tells several Copy buttons apart.
            aria-label={`${buttonText}: ${label}`}
          >
            {/* Both words share one grid cell, so the button is as wide as the longer one in either state. */}
            <span className="ak-copy-field__labels">
              <span className="ak-copy-field__label" data-hidden={copied || undefined}>
                {copyLabel}
              </span>
              <span className="ak-copy-field__label" data-hidden={!copied || undefined}>
                {copiedLabel}
              </span>
            </span>
          </Button>
        }
      >
        <textarea
          ref={areaRef}
          className="ak-input ak-copy-field__value"
          data-monospace={monospace || undefined}
          value={value}
          readOnly
          rows={1}
          spellCheck={false}
          aria-describedby={state === 'failed' ? failedId : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
      </Field>
      {state === 'failed' ? (
        <p className="ak-copy-field__status" id={failedId}>
          {copyFailedLabel}
        </p>
      ) : null}
    </div>
  );
}
