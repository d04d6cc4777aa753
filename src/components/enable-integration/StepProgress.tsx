import { CheckIcon } from '../../ui/icons';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import type { EnablePartProps } from './parts';

/** The steps as a numbered list (not only colour): done ones say so, the current one is `aria-current="step"`. */
export function StepProgress({ flow, t }: Pick<EnablePartProps, 'flow' | 't'>) {
  return (
    <ol className="ak-enable-steps" aria-label={t.progress.label}>
      {flow.steps.map((step, index) => {
        const state = index < flow.stepIndex ? 'complete' : index === flow.stepIndex ? 'current' : 'upcoming';
        return (
          <li key={step} className="ak-enable-steps__item" data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="ak-enable-steps__marker" aria-hidden="true">
              {state === 'complete' ? <CheckIcon className="ak-icon" /> : index + 1}
            </span>
            <span className="ak-enable-steps__label">{t.progress.steps[step]}</span>
            {state === 'complete' ? <VisuallyHidden>{`, ${t.progress.completed}`}</VisuallyHidden> : null}
          </li>
        );
      })}
    </ol>
  );
}
