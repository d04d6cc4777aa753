import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AssessmentBackend, RequestOptions } from '../../src/backend/types';
import { assessmentKeys } from '../../src/data/query-keys';
import {
  assessmentFeedbackQueryOptions,
  candidateAssessmentsQueryOptions,
  candidateQueryOptions,
  integrationQueryOptions,
  interviewPlanQueryOptions,
  providersQueryOptions,
  reviewersByIdsQueryOptions,
  reviewersInfiniteQueryOptions,
  scorecardTemplatesQueryOptions,
  testsInfiniteQueryOptions,
  type QueryContext,
} from '../../src/data/query-options';
import { createMockBackend, mockIds } from '../../src/mock';

afterEach(() => vi.useRealTimers());

/** Every read the backend gets, with the signal it was handed. */
function recordReads(backend: AssessmentBackend) {
  const reads: { method: string; args: unknown[]; signal: AbortSignal | undefined }[] = [];
  for (const method of Object.keys(backend) as (keyof AssessmentBackend)[]) {
    const original = backend[method];
    if (typeof original !== 'function') continue;
    (backend as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const options = args.at(-1) as RequestOptions | undefined;
      reads.push({ method, args: args.slice(0, -1), signal: options?.signal });
      return (original as (...a: unknown[]) => unknown).apply(backend, args);
    };
  }
  return reads;
}

type Factory = (context: QueryContext) => { queryKey: readonly unknown[] };
const feedbackAssessment = mockIds.feedback.open;

// Each factory with the backend call it makes and the arguments that call must carry.
const factories: [string, Factory, string, unknown[]][] = [
  ['providers', (c) => providersQueryOptions(c), 'listProviders', []],
  ['integration', (c) => integrationQueryOptions(c, 'skillforge'), 'getIntegration', ['skillforge']],
  ['tests', (c) => testsInfiniteQueryOptions(c, 'skillforge', { search: 'react' }), 'listTests', [{ providerId: 'skillforge', search: 'react', limit: 25, cursor: null }]],
  ['reviewers', (c) => reviewersInfiniteQueryOptions(c, { search: 'lee', limit: 10 }), 'listReviewers', [{ search: 'lee', limit: 10, cursor: null }]],
  ['reviewers by id', (c) => reviewersByIdsQueryOptions(c, ['rev-1', 'rev-2']), 'getReviewers', [['rev-1', 'rev-2']]],
  ['scorecard templates', (c) => scorecardTemplatesQueryOptions(c), 'listScorecardTemplates', []],
  ['interview plan', (c) => interviewPlanQueryOptions(c, mockIds.jobWithPlan), 'getInterviewPlan', [mockIds.jobWithPlan]],
  ['candidate', (c) => candidateQueryOptions(c, mockIds.candidateWithEveryStatus), 'getCandidate', [mockIds.candidateWithEveryStatus]],
  ['assessments', (c) => candidateAssessmentsQueryOptions(c, mockIds.candidateWithEveryStatus), 'listCandidateAssessments', [mockIds.candidateWithEveryStatus]],
  ['feedback', (c) => assessmentFeedbackQueryOptions(c, feedbackAssessment), 'getAssessmentFeedback', [feedbackAssessment]],
];

/** Runs a factory's read the way its hook would (infinite factories fetch their first page). */
function read(client: QueryClient, options: { queryKey: readonly unknown[] }) {
  return 'initialPageParam' in options
    ? client.fetchInfiniteQuery(options as Parameters<QueryClient['fetchInfiniteQuery']>[0])
    : client.fetchQuery(options as Parameters<QueryClient['fetchQuery']>[0]);
}

describe('queryOptions factories', () => {
  it.each(factories)('%s: asks the backend with its arguments, under the kit’s scope', async (_, factory, method, args) => {
    const mock = createMockBackend({ currentUserId: 'rev-1' });
    const reads = recordReads(mock.backend);
    const client = new QueryClient();
    const options = factory({ backend: mock.backend, scope: 'settings' });
    await read(client, options);
    expect(reads.map((r) => [r.method, r.args])).toEqual([[method, args]]);
    expect(options.queryKey.slice(0, 2)).toEqual(assessmentKeys.all('settings'));
    expect(client.getQueryData(options.queryKey)).toBeDefined();
  });

  it.each(factories)('%s: cancelling the read aborts the backend call', async (_, factory) => {
    const mock = createMockBackend({ latencyMs: 1_000, currentUserId: 'rev-1' });
    const reads = recordReads(mock.backend);
    const client = new QueryClient();
    const pending = read(client, factory({ backend: mock.backend, scope: 's' })).catch((error: unknown) => error);
    await vi.waitFor(() => expect(reads).toHaveLength(1));
    await client.cancelQueries();
    await pending;
    expect(reads[0]?.signal?.aborted).toBe(true);
  });

  it('keeps each argument’s answer apart, and two scopes apart', async () => {
    const context = { backend: createMockBackend().backend, scope: 'a' };
    const keys = [
      integrationQueryOptions(context, 'skillforge').queryKey,
      integrationQueryOptions(context, 'devscreen').queryKey,
      integrationQueryOptions({ ...context, scope: 'b' }, 'skillforge').queryKey,
      testsInfiniteQueryOptions(context, 'skillforge').queryKey,
      testsInfiniteQueryOptions(context, 'skillforge', { search: 'go' }).queryKey,
      testsInfiniteQueryOptions(context, 'skillforge', { limit: 10 }).queryKey,
      testsInfiniteQueryOptions(context, 'devscreen').queryKey,
      reviewersInfiniteQueryOptions(context).queryKey,
      reviewersInfiniteQueryOptions(context, { search: 'go' }).queryKey,
      reviewersByIdsQueryOptions(context, ['rev-1']).queryKey,
      reviewersByIdsQueryOptions(context, ['rev-2']).queryKey,
      interviewPlanQueryOptions(context, 'job-a').queryKey,
      interviewPlanQueryOptions(context, 'job-b').queryKey,
      candidateQueryOptions(context, 'cand-a').queryKey,
      candidateAssessmentsQueryOptions(context, 'cand-a').queryKey,
      candidateAssessmentsQueryOptions(context, 'cand-b').queryKey,
      assessmentFeedbackQueryOptions(context, 'asmt-a').queryKey,
      providersQueryOptions(context).queryKey,
      scorecardTemplatesQueryOptions(context).queryKey,
    ];
    const hashes = keys.map((key) => JSON.stringify(key));
    expect(new Set(hashes).size).toBe(keys.length);
    // The same arguments meet the same entry: a prefetch is found again.
    expect(JSON.stringify(testsInfiniteQueryOptions(context, 'skillforge', { search: '', limit: 25 }).queryKey)).toBe(hashes[3]);
  });

  it('pages with the cursor of the last page, and stops at the last one', async () => {
    const mock = createMockBackend();
    const reads = recordReads(mock.backend);
    const client = new QueryClient();
    const options = testsInfiniteQueryOptions({ backend: mock.backend, scope: 's' }, 'codeinterview', { search: 'kotlin', limit: 3 });
    await client.fetchInfiniteQuery(options);
    // Refetch now (the page above is still fresh), three pages deep.
    const data = await client.fetchInfiniteQuery({ ...options, pages: 3, staleTime: 0 });
    expect(data.pages.map((page) => page.items.length)).toEqual([3, 3, 2]);
    expect(data.pages.at(-1)?.nextCursor).toBeNull();
    const cursors = reads.map((r) => (r.args[0] as { cursor: string | null }).cursor);
    expect(cursors[0]).toBeNull();
    expect(cursors.slice(-2)).toEqual([data.pages[0]!.nextCursor, data.pages[1]!.nextCursor]);
    expect(options.getNextPageParam(data.pages.at(-1)!, data.pages, null, [])).toBeNull();
  });

  it.each<[string, Factory, number]>([
    ['providers', (c) => providersQueryOptions(c), 5 * 60_000],
    ['scorecard templates', (c) => scorecardTemplatesQueryOptions(c), 5 * 60_000],
    ['reviewers by id', (c) => reviewersByIdsQueryOptions(c, ['rev-1']), 5 * 60_000],
    // A page fetched as a dialog opens is reused by the picker that mounts right after.
    ['tests', (c) => testsInfiniteQueryOptions(c, 'codeinterview'), 30_000],
    ['reviewers', (c) => reviewersInfiniteQueryOptions(c), 30_000],
  ])('%s: a catalogue read stays fresh for its time (%i ms)', async (_, factory, freshMs) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const mock = createMockBackend();
    const reads = recordReads(mock.backend);
    const client = new QueryClient();
    const options = factory({ backend: mock.backend, scope: 's' });
    await read(client, options);
    vi.setSystemTime(Date.now() + freshMs - 1_000);
    await read(client, options);
    expect(reads).toHaveLength(1);
    vi.setSystemTime(Date.now() + 2_000);
    await read(client, options);
    expect(reads).toHaveLength(2);
  });
});
