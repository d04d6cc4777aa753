/**
 * Every visible string, including screen-reader-only text and validation messages, comes from here.
 * Each feature owns its defaults (`src/components/<feature>/text.ts`); this module composes them and merges
 * overrides: defaults <- provider `text` prop <- component `text` prop.
 */
import { commonText } from '../ui/text';
import { statusBadgeText } from '../components/status-badge/text';
import { enableIntegrationText } from '../components/enable-integration/text';
import { integrationsText } from '../components/integrations/text';

export const defaultText = {
  common: commonText,
  statusBadge: statusBadgeText,
  enableIntegration: enableIntegrationText,
  integrations: integrationsText,
};

export type KitText = typeof defaultText;

/** Any part of the text, at any depth. Functions (plurals, interpolation) are replaced whole. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown
    ? T[K]
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K];
};

export type TextOverrides = DeepPartial<KitText>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges overrides onto a base, leaving both untouched. `undefined` keeps the base value. */
export function mergeText<T>(base: T, ...overrides: Array<DeepPartial<T> | undefined>): T {
  let result: unknown = base;
  for (const override of overrides) {
    if (override === undefined) continue;
    result = mergeValue(result, override);
  }
  return result as T;
}

function mergeValue(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    merged[key] = mergeValue(base[key], value);
  }
  return merged;
}
