/**
 * Every string `AssessmentSummary` shows or speaks (the status words come from `text.statusBadge`). Kept apart
 * from the Assessments tab's text so the one-line summary stays small.
 */
export interface AssessmentSummaryText {
  /** The candidate has no assessments. */
  none: string;
  /** Completed, but no score reported yet. */
  scorePending: string;
  /** Visible count of the other assessments: "+2". */
  others: (count: number) => string;
  /** Spoken count: "and 2 more assessments". */
  othersSpoken: (count: number) => string;
}

declare module '../../data/text' {
  interface KitTextRegistry {
    assessmentSummary: AssessmentSummaryText;
  }
}

/** English defaults. */
export const assessmentSummaryText: AssessmentSummaryText = {
  none: 'No assessments',
  scorePending: 'Score pending',
  others: (count) => `+${count}`,
  othersSpoken: (count) => (count === 1 ? 'and 1 more assessment' : `and ${count} more assessments`),
};
