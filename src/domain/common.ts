import * as z from 'zod/mini';

/** Timestamps cross the wire as ISO 8601 strings with an offset (`2026-11-02T09:30:00Z`). */
export const isoDateTime = z.iso.datetime({ offset: true });

/**
 * A link we are willing to render: http(s) only. Anything else (`javascript:`, `data:`, garbage)
 * becomes `null` instead of failing the whole response, so one bad vendor URL never hides a result.
 */
export const safeUrl = z.catch(z.nullable(z.url({ protocol: /^https?$/ })), null);

/** Non-empty identifier. */
export const id = z.string().check(z.minLength(1));

/** A page of a searchable collection. `nextCursor` is null on the last page. */
export function pageSchema<T extends z.core.$ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
    total: z.number().check(z.int(), z.nonnegative()),
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

export interface PageParams {
  search?: string;
  cursor?: string | null;
  limit?: number;
}
