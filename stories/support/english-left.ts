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
import { germanKitText } from './german';

/**
 * Which of the kit's English strings a German page still shows: the check every German story runs, so a text set
 * that leaves out a feature (the list's "Schedule live interview" button) fails instead of mixing languages.
 */
const english: KitText = {
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

/** The English strings (not functions) that German words differently; long enough not to match mock data by chance. */
function untranslated(en: unknown, de: unknown, found: string[] = []): string[] {
  if (typeof en === 'string') {
    if (en !== de && en.length >= 10) found.push(en);
  } else if (en && typeof en === 'object' && !Array.isArray(en)) {
    for (const [key, value] of Object.entries(en)) untranslated(value, (de as Record<string, unknown>)[key], found);
  }
  return found;
}
/** Every plain string of a text set. */
const strings = (text: unknown): string[] =>
  typeof text === 'string' ? [text] : text && typeof text === 'object' ? Object.values(text).flatMap(strings) : [];
// A word German keeps in one place ("Assessments" as a heading) is not an untranslated one elsewhere.
const germanWords = new Set(strings(germanKitText));
const englishOnly = untranslated(english, germanKitText).filter((text) => !germanWords.has(text));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words only: "Interview plan" inside "Live-Interview planen" is German. */
const shows = (page: string, text: string) => new RegExp(`(?<!\\p{L})${escape(text)}(?!\\p{L})`, 'u').test(page);

/** All text inside kit roots, the page's and the portals'. */
export const kitText = () =>
  Array.from(document.querySelectorAll('.ak-root'))
    .map((root) => root.textContent ?? '')
    .join('\n');

/** The kit's English strings on the page now (none, on a German page). */
export const englishLeft = (page: string = kitText()) => englishOnly.filter((text) => shows(page, text));
