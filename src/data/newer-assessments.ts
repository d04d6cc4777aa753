import { replaceEqualDeep } from '@tanstack/react-query';
import type { Assessment } from '../domain/assessment';

/**
 * Answers about one assessment can arrive out of order: a push from `subscribe` and a poll that left before it,
 * or two polls. The backend raises `revision` on every change, so the copy with the higher revision is the newer
 * one; an equal revision is the same state, and the arrival wins (which is also what happens when a backend sends
 * no revisions at all).
 */
export function newerAssessment(current: Assessment | undefined, incoming: Assessment): Assessment {
  return current && current.revision > incoming.revision ? current : incoming;
}

/**
 * A list answer laid over the cached list: each assessment the cache knows at a higher revision keeps the
 * cached copy, so a poll that was overtaken by a push never turns a status back. Used as the query's
 * `structuralSharing`, which TanStack Query applies to query answers and `setQueryData` alike.
 */
export function keepNewerAssessments(previous: unknown, next: unknown): unknown {
  if (!Array.isArray(previous) || !Array.isArray(next)) return replaceEqualDeep(previous, next);
  const cached = new Map((previous as Assessment[]).map((assessment) => [assessment.id, assessment]));
  const merged = (next as Assessment[]).map((assessment) => newerAssessment(cached.get(assessment.id), assessment));
  return replaceEqualDeep(previous, merged);
}
