import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import {
  assessmentItemText,
  assessmentSummaryText,
  candidateAssessmentsText,
  commonText,
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
import { germanKitText } from '../support/german';
import { sceneMeta, type SceneName, type SceneView } from './scenes';

/**
 * Every component in German, with the complete set of stories/support/german.ts (the example the Localization page
 * points to) and German dates and numbers. Each story checks that no English string of the kit is left on screen.
 */
const english: KitText = {
  common: commonText,
  picker: pickerText,
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
const kitText = () =>
  Array.from(document.querySelectorAll('.ak-root'))
    .map((root) => root.textContent ?? '')
    .join('\n');

const meta = {
  title: 'Localization/German',
  ...sceneMeta,
  parameters: { kitProvider: { locale: 'de-DE', text: germanKitText } },
  play: async (context) => {
    await sceneMeta.play(context);
    await waitFor(() => expect(kitText()).not.toBe(''));
    const page = kitText();
    const left = englishOnly.filter((text) => shows(page, text));
    await expect(left).toEqual([]);
  },
} satisfies Meta<typeof SceneView>;

export default meta;
type Story = StoryObj<typeof meta>;

const german = (scene: SceneName): Story => ({ args: { scene } });

export const StatusBadge = german('AssessmentStatusBadge');
export const Integrations = german('AssessmentIntegrations');
export const EnableIntegration = german('EnableIntegrationDialog');
export const ManageIntegration = german('ManageIntegrationDialog');
export const InterviewPlan = german('InterviewPlanEditor');
export const ActivityDialog = german('AssessmentActivityDialog');
export const SendAssessment = german('SendAssessmentDialog');
export const CandidateAssessments = german('CandidateAssessments');
export const AssessmentSummary = german('AssessmentSummary');
export const FeedbackForm = german('AssessmentFeedbackForm');
export const FeedbackSummary = german('AssessmentFeedbackSummary');
export const ScheduleLiveInterview = german('ScheduleLiveInterviewDialog');
