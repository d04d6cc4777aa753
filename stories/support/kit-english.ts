import {
  assessmentItemText,
  assessmentSummaryText,
  candidateAssessmentsText,
  commonText,
  dateFieldText,
  enableIntegrationText,
  feedbackText,
  integrationsText,
  interviewPlanText,
  liveInterviewText,
  pickerText,
  sendAssessmentText,
  statusBadgeText,
  type KitText,
} from '../../src';

/**
 * The kit's English defaults as one `KitText`: what the translated stories (every shipped locale, right to left) and
 * test/locales.test.ts compare a translation with.
 */
export const english: KitText = {
  common: commonText,
  picker: pickerText,
  dateField: dateFieldText,
  statusBadge: statusBadgeText,
  integrations: integrationsText,
  enableIntegration: enableIntegrationText,
  interviewPlan: interviewPlanText,
  sendAssessment: sendAssessmentText,
  candidateAssessments: candidateAssessmentsText,
  assessmentItem: assessmentItemText,
  assessmentSummary: assessmentSummaryText,
  feedback: feedbackText,
  liveInterview: liveInterviewText,
};

/** The English strings (not functions) that a translation words differently; long enough not to match mock data by chance. */
function untranslated(en: unknown, other: unknown, found: string[] = []): string[] {
  if (typeof en === 'string') {
    if (en !== other && en.length >= 10) found.push(en);
  } else if (en && typeof en === 'object' && !Array.isArray(en)) {
    for (const [key, value] of Object.entries(en)) untranslated(value, (other as Record<string, unknown>)[key], found);
  }
  return found;
}
/** Every plain string of a text set (or of any data). */
export const strings = (text: unknown): string[] =>
  typeof text === 'string' ? [text] : text && typeof text === 'object' ? Object.values(text).flatMap(strings) : [];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words only: "Interview plan" inside "Live-Interview planen" is German. */
const shows = (page: string, text: string) => new RegExp(`(?<!\\p{L})${escape(text)}(?!\\p{L})`, 'u').test(page);

/**
 * All text inside kit roots, the page's and the portals', one text node a line: `textContent` runs neighbours
 * together ("Ready to sendNot sent"), and a whole-word check then finds no English at all.
 */
export function kitText(): string {
  const lines: string[] = [];
  for (const root of document.querySelectorAll('.ak-root')) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) lines.push(walker.currentNode.textContent ?? '');
  }
  return lines.join('\n');
}

/**
 * A check for one translation: the kit's English strings it words differently that are on `page` (the kit's text on
 * screen by default). A text set that leaves out a feature (the list's "Schedule live interview") fails it. `phrasesOnly`
 * leaves out one-word strings, for a page whose host data is English ("Technical Assessment" is a stage's name,
 * not the kit's "Assessment").
 */
export function englishLeftOn(translation: KitText, { phrasesOnly = false } = {}): (page?: string) => string[] {
  // A word the translation keeps in one place ("Assessments" as a heading) is not an untranslated one elsewhere.
  const kept = new Set(strings(translation));
  const englishOnly = untranslated(english, translation).filter((text) => !kept.has(text) && (!phrasesOnly || text.includes(' ')));
  return (page = kitText()) => englishOnly.filter((text) => shows(page, text));
}
