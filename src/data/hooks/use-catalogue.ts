import { useInfiniteQuery, useQuery, keepPreviousData } from '@tanstack/react-query';
import {
  reviewersByIdsQueryOptions,
  reviewersInfiniteQueryOptions,
  scorecardTemplatesQueryOptions,
  testsInfiniteQueryOptions,
} from '../query-options';
import { useQueryContext } from './use-query-context';

export interface UseTestsOptions {
  /** False to hold the query (e.g. until a provider is chosen). Default true. */
  enabled?: boolean;
}

/** Tests of one provider, searched on the server and paged, so a catalogue of 10,000 stays fast. */
export function useTests(providerId: string, search = '', { enabled = true }: UseTestsOptions = {}) {
  return useInfiniteQuery({
    ...testsInfiniteQueryOptions(useQueryContext(), providerId, { search }),
    placeholderData: keepPreviousData,
    enabled: enabled && providerId !== '',
  });
}

export function useReviewers(search = '') {
  return useInfiniteQuery({
    ...reviewersInfiniteQueryOptions(useQueryContext(), { search }),
    placeholderData: keepPreviousData,
  });
}

/** People by id, e.g. a plan's reviewers, so they show by name whatever page the reviewer search has loaded. */
export function useReviewersByIds(ids: readonly string[]) {
  return useQuery({ ...reviewersByIdsQueryOptions(useQueryContext(), ids), enabled: ids.length > 0 });
}

export function useScorecardTemplates() {
  return useQuery(scorecardTemplatesQueryOptions(useQueryContext()));
}
