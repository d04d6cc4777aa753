import { createContext, useContext, useMemo } from 'react';
import type { CSSProperties } from 'react';
import type { AssessmentBackend } from '../backend/types';
import type { Theme } from './appearance';
import { mergeText, type KitTextRegistry, type TextOverrides } from './text';

/** How urgently the kit says a message: `polite` for progress and results, `assertive` for errors to act on now. */
export type Politeness = 'polite' | 'assertive';
export type Announce = (message: string, politeness?: Politeness) => void;

export interface AssessmentKitContextValue {
  backend: AssessmentBackend;
  /** Separates this provider's cache entries from any other kit instance sharing the QueryClient. */
  scope: string;
  /** The provider's text overrides; each feature merges them over its own defaults. */
  text: TextOverrides | undefined;
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
  /** Says a message through the kit's live regions (see `src/ui/Announcer.tsx`). */
  announce: Announce;
}

export const AssessmentKitContext = createContext<AssessmentKitContextValue | null>(null);

export function useAssessmentKit(consumerName = 'useAssessmentKit'): AssessmentKitContextValue {
  const context = useContext(AssessmentKitContext);
  if (!context) throw new Error(`\`${consumerName}\` must be used within \`AssessmentKitProvider\``);
  return context;
}

/**
 * One feature's text: its defaults <- the provider's overrides <- the component's `text` prop. Both override
 * objects have the `TextOverrides` shape, so a component can pass its own `text` on to the components it renders.
 */
export function useKitText<Feature extends keyof KitTextRegistry>(
  feature: Feature,
  defaults: KitTextRegistry[Feature],
  override?: TextOverrides,
): KitTextRegistry[Feature] {
  const fromProvider = useAssessmentKit('useKitText').text?.[feature];
  const fromComponent = override?.[feature];
  return useMemo(
    () => mergeText(defaults, fromProvider, fromComponent),
    [defaults, fromProvider, fromComponent],
  );
}
