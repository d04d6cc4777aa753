import { useEffect, useRef } from 'react';
import type { EnableIntegrationMachine } from './use-enable-machine';

/**
 * Where focus goes in the dialog: the key field on open (once it exists), the new step's heading after each step
 * change. Returns the heading's ref and the dialog's `onOpenAutoFocus`.
 */
export function useStepFocus(flow: Pick<EnableIntegrationMachine, 'step' | 'provider' | 'focusApiKey'>) {
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const wantsKeyFocus = useRef(true);
  const providerReady = flow.provider !== undefined;
  const { step, focusApiKey } = flow;
  useEffect(() => {
    if (step !== 'apiKey' || !providerReady || !wantsKeyFocus.current) return;
    wantsKeyFocus.current = false;
    focusApiKey();
  }, [step, providerReady, focusApiKey]);
  const previousStep = useRef(step);
  useEffect(() => {
    if (previousStep.current !== step && step !== 'apiKey') stepHeadingRef.current?.focus();
    previousStep.current = step;
  }, [step]);

  const onOpenAutoFocus = (event: Event) => {
    // The key field takes focus as soon as it exists; until then Radix focuses the first control.
    if (step === 'apiKey' && providerReady) {
      event.preventDefault();
      wantsKeyFocus.current = false;
      focusApiKey();
    }
  };
  return { stepHeadingRef, onOpenAutoFocus };
}
