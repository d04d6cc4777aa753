import type { AssessmentTest, Page, PageParams, Reviewer } from '../domain';
import { MAX_REVIEWER_LOOKUP } from '../domain';
import type { ListTestsParams } from '../backend/types';
import { decodeOffsetCursor, encodeOffsetCursor, pageSize } from '../backend/paging';
import { validationError } from '../backend/validation-errors';
import type { MockStore } from './store';

/**
 * What the mock's server reads from the catalogue: tests and people, searched and paged, and the checks a write
 * makes that what it names still exists. The catalogue needs no live connection: a real backend serves it from
 * its last sync.
 */

export function listTests(store: MockStore, { providerId, ...params }: ListTestsParams): Page<AssessmentTest> {
  store.provider(providerId);
  return paginate(store.db.testsByProvider[providerId] ?? [], params, (t) => [t.title, ...t.languages]);
}

export function listReviewers(store: MockStore, params: PageParams): Page<Reviewer> {
  return paginate(store.db.reviewers, params, (r) => [r.name, r.email, r.title ?? '']);
}

/** The people with these ids, once each, leaving out any that no longer exist. */
export function getReviewers(store: MockStore, ids: readonly string[]): Reviewer[] {
  if (ids.length > MAX_REVIEWER_LOOKUP) {
    throw validationError('ids', `Look up at most ${MAX_REVIEWER_LOOKUP} people at once.`);
  }
  const byId = new Map(store.db.reviewers.map((r) => [r.id, r]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

/** The people a write names, each of whom must still exist (a validation error on `field` otherwise). */
export function reviewersById(store: MockStore, ids: readonly string[], field: string): Reviewer[] {
  return ids.map((id) => {
    const reviewer = store.db.reviewers.find((r) => r.id === id);
    if (!reviewer) throw validationError(field, `Reviewer "${id}" no longer exists.`);
    return reviewer;
  });
}

export function requireTemplate(store: MockStore, templateId: string, field: string): void {
  if (!store.db.scorecardTemplates.some((t) => t.id === templateId)) {
    throw validationError(field, `Scorecard template "${templateId}" no longer exists.`);
  }
}

/** Case-insensitive search over `fields`, then an offset page. The cursor is opaque to callers. */
function paginate<T>(items: readonly T[], params: PageParams, fields: (item: T) => string[]): Page<T> {
  const size = pageSize(params.limit);
  const offset = params.cursor ? decodeOffsetCursor(params.cursor) : 0;
  const needle = params.search?.trim().toLowerCase() ?? '';
  const matches = needle ? items.filter((item) => fields(item).some((f) => f.toLowerCase().includes(needle))) : items;
  const end = offset + size;
  return { items: matches.slice(offset, end), nextCursor: end < matches.length ? encodeOffsetCursor(end) : null, total: matches.length };
}
