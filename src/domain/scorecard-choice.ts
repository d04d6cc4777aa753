import type { ScorecardChoice } from './scorecard';

/**
 * A scorecard choice as one string, the way a `<select>` holds it: `''` (none), `template:<id>`, or `plan` (a plan
 * activity's own questions, which only the send form offers). Send and Schedule both read and write it here.
 */
export const NO_SCORECARD = '';
export const PLAN_SCORECARD = 'plan';
const TEMPLATE_PREFIX = 'template:';

export const templateScorecard = (templateId: string) => `${TEMPLATE_PREFIX}${templateId}`;

/** The template a value names, or null when it names none. */
export function scorecardTemplateId(value: string): string | null {
  return value.startsWith(TEMPLATE_PREFIX) ? value.slice(TEMPLATE_PREFIX.length) : null;
}

/** The value that stands for a choice; a plan's own questions are `plan`. */
export function scorecardValue(choice: ScorecardChoice | null | undefined): string {
  if (!choice) return NO_SCORECARD;
  return choice.kind === 'template' ? templateScorecard(choice.templateId) : PLAN_SCORECARD;
}

/** The choice a value stands for: `plan` is `planChoice` (the activity's questions), a template its id, else none. */
export function scorecardChoiceOf(value: string, planChoice: ScorecardChoice | null = null): ScorecardChoice | null {
  if (value === PLAN_SCORECARD) return planChoice;
  const templateId = scorecardTemplateId(value);
  return templateId === null ? null : { kind: 'template', templateId };
}
