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

/** Where an item stands in the list: 0 when it asks for the recruiter (Needs action) or is happening now. */
export function attentionGroup({ status }: Pick<Assessment, 'status'>): 0 | 1 {
  return status === 'not_sent' || status === 'in_progress' ? 0 : 1;
}

/**
 * What needs the recruiter first (Needs action, in progress), then newest first. `groups` holds the group each item
 * had when the list first showed it: a status change never moves an item under the user (and the focus in it), so
 * only a new item, or a reload of the list, takes its place by its current status.
 */
export function attentionFirst<T extends Pick<Assessment, 'id' | 'status' | 'history' | 'sentAt'>>(
  assessments: readonly T[],
  groups: ReadonlyMap<string, 0 | 1>,
): T[] {
  const groupOf = (assessment: T) => groups.get(assessment.id) ?? attentionGroup(assessment);
  return newestFirst(assessments).sort((a, b) => groupOf(a) - groupOf(b));
}
