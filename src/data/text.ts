/**
 * Text overrides. Each feature owns its English defaults and declares its text type, and registers that type
 * here by module augmentation, as TanStack Query's `Register` does, so the data layer never imports a feature:
 *
 *   declare module '../../data/text' { interface KitTextRegistry { enableIntegration: EnableIntegrationText } }
 *
 * Strings merge defaults <- provider `text` <- component `text`. Every component takes the same `TextOverrides`
 * shape and hands it on to the kit components it renders, so overrides reach nested dialogs.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each feature's text module
export interface KitTextRegistry {}

/** Every feature's complete text: type a full translation with it, so a missing string is a type error. */
export type KitText = KitTextRegistry;

/** Any part of the text, at any depth. Functions (plurals, interpolation) are replaced whole. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown
    ? T[K]
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K];
};

/** Overrides for any feature's text, keyed by feature (`common`, `enableIntegration`, `statusBadge`, …). */
export type TextOverrides = { [Feature in keyof KitTextRegistry]?: DeepPartial<KitTextRegistry[Feature]> };

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
