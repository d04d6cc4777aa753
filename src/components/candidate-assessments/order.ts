import type { Assessment } from '../../domain/assessment';

/** When an assessment came to be: its first history entry (the plan created it, or it was sent). */
function createdAt(assessment: Pick<Assessment, 'history' | 'sentAt'>): number {
  const at = assessment.history[0]?.at ?? assessment.sentAt;
  const time = at ? Date.parse(at) : NaN;
  return Number.isNaN(time) ? -Infinity : time;
}

/**
 * Newest first by creation, whatever order the backend answered in. A status change never moves an assessment,
 * so the list doesn't reorder under the user; equal times keep the backend's order.
 */
export function newestFirst<T extends Pick<Assessment, 'history' | 'sentAt'>>(assessments: readonly T[]): T[] {
  return [...assessments].sort((a, b) => createdAt(b) - createdAt(a));
}
