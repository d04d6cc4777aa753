import { createContext, useContext, useMemo } from 'react';
import type { AssessmentBackend } from '../backend/types';
import type { Theme } from './appearance';
import { mergeText, type DeepPartial, type KitText } from './text';
import type { CSSProperties } from 'react';

export interface AssessmentKitContextValue {
  backend: AssessmentBackend;
  /** Separates this provider's cache entries from any other kit instance sharing the QueryClient. */
  scope: string;
  text: KitText;
  /** BCP 47 locale for dates and numbers; undefined uses the browser's. */
  locale: string | undefined;
  /** The clock; injectable so stories and tests are deterministic. */
  now: () => Date;
  theme: Theme;
  rootStyle: CSSProperties | undefined;
  /** Where dialogs and popovers render; undefined means document.body. */
  portalContainer: HTMLElement | null | undefined;
  /** How often to re-check active assessments when the backend has no `subscribe`. */
  pollIntervalMs: number;
}

export const AssessmentKitContext = createContext<AssessmentKitContextValue | null>(null);

export function useAssessmentKit(consumerName = 'useAssessmentKit'): AssessmentKitContextValue {
  const context = useContext(AssessmentKitContext);
  if (!context) throw new Error(`\`${consumerName}\` must be used within \`AssessmentKitProvider\``);
  return context;
}

/** Text for one feature: defaults <- provider overrides <- this component's `text` prop. */
export function useFeatureText<K extends keyof KitText>(feature: K, override?: DeepPartial<KitText[K]>): KitText[K] {
  const text = useAssessmentKit('useFeatureText').text[feature];
  return useMemo(() => mergeText(text, override), [text, override]);
}
