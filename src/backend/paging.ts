import { validationError } from './validation-errors';

/*
 * The contract's paging, for stores that implement it (the server half and the in-memory mock): a page size with
 * a default and a cap, and an opaque cursor that holds an offset.
 */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** `limit` as a page size: a positive whole number, capped; the default when none is given. */
export function pageSize(limit: number | null | undefined): number {
  const size = limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1) throw validationError('limit', 'limit must be a positive whole number.');
  return Math.min(size, MAX_PAGE_SIZE);
}

export const encodeOffsetCursor = (offset: number) => btoa(`offset:${offset}`);

/** The offset in a cursor this store issued; any other cursor is a 422 on `cursor`. */
export function decodeOffsetCursor(cursor: string): number {
  let decoded = '';
  try {
    decoded = atob(cursor);
  } catch {
    // Not base64: refused below like any other foreign cursor.
  }
  const match = /^offset:(\d{1,9})$/.exec(decoded);
  if (!match) throw validationError('cursor', 'This cursor is not valid.');
  return Number(match[1]);
}
