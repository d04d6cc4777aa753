import type { AssessmentTest, Candidate, Page, Provider, Reviewer, ScorecardTemplate } from '../../domain';
import { MAX_REVIEWER_LOOKUP } from '../../domain';
import type { RequestContext } from '../context';
import { candidateOf, connectorOf } from '../context';
import { decodeOffsetCursor, encodeOffsetCursor, pageSize } from '../../backend/paging';
import { validationError } from '../../backend/validation-errors';
import { pageTests } from '../store';

/** Query parameters of a list route, as they arrive (strings or absent). */
export interface PageQuery {
  search: string | null;
  cursor: string | null;
  limit: string | null;
}

interface PageWindow {
  search: string;
  offset: number;
  limit: number;
}

/** `limit` a positive whole number (capped at 100), `cursor` one this server issued. */
function pageWindow(query: PageQuery): PageWindow {
  const limit = pageSize(query.limit === null ? null : Number(query.limit));
  return { search: query.search?.trim() ?? '', offset: query.cursor ? decodeOffsetCursor(query.cursor) : 0, limit };
}

function toPage<T>(window: PageWindow, { items, total }: { items: T[]; total: number }): Page<T> {
  const end = window.offset + items.length;
  return { items, nextCursor: items.length > 0 && end < total ? encodeOffsetCursor(end) : null, total };
}

export const listProviders = (ctx: RequestContext): Provider[] => [...ctx.connectors.values()].map((c) => c.provider);

/** From the tests cache (the vendor's catalogue as last synced): it needs no live connection. */
export async function listTests(ctx: RequestContext, providerId: string, query: PageQuery): Promise<Page<AssessmentTest>> {
  connectorOf(ctx, providerId);
  const window = pageWindow(query);
  return toPage(window, await pageTests(ctx.sql, providerId, window));
}

export async function listReviewers(ctx: RequestContext, query: PageQuery): Promise<Page<Reviewer>> {
  const window = pageWindow(query);
  return toPage(window, await ctx.host.listReviewers(window, ctx.hostContext));
}

export async function getReviewers(ctx: RequestContext, ids: readonly string[]): Promise<Reviewer[]> {
  if (ids.length === 0) throw validationError('ids', 'Name at least one id.');
  if (ids.length > MAX_REVIEWER_LOOKUP) throw validationError('ids', `Look up at most ${MAX_REVIEWER_LOOKUP} people at once.`);
  const unique = [...new Set(ids)];
  const found = new Map((await ctx.host.getReviewers(unique, ctx.hostContext)).map((r) => [r.id, r]));
  return unique.flatMap((id) => found.get(id) ?? []);
}

export const listScorecardTemplates = (ctx: RequestContext): Promise<ScorecardTemplate[]> => ctx.host.listScorecardTemplates(ctx.hostContext);

export const getCandidate = (ctx: RequestContext, candidateId: string): Promise<Candidate> => candidateOf(ctx, candidateId);
