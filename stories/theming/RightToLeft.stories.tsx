import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { hebrewKitText } from '../support/hebrew';
import { englishLeftOn, kitText } from '../support/kit-english';
import { sceneMeta, type SceneName, type SceneView } from './scenes';

// The mock's names and titles are English, as a host's data may be: only the kit's phrases count.
const englishLeft = englishLeftOn(hebrewKitText, { phrasesOnly: true });

/**
 * Every component on a right-to-left page (`dir="rtl"` on <html>, as the Direction toolbar sets it), in Hebrew
 * (stories/support/hebrew.ts, the `he` locale's dates and numbers): the layout mirrors through logical CSS
 * properties, icons that point along the text (chevrons, Send) turn round, and no English string of the kit is left
 * to scramble the sentence around it. Host data (names, test titles) stays as the host wrote it.
 */
const meta = {
  title: 'Theming/Right to left',
  ...sceneMeta,
  globals: { direction: 'rtl' },
  parameters: { kitProvider: { locale: 'he', text: hebrewKitText } },
  play: async (context) => {
    await sceneMeta.play(context);
    await waitFor(() => expect(kitText()).not.toBe(''));
    await expect(englishLeft(kitText())).toEqual([]);
  },
} satisfies Meta<typeof SceneView>;

export default meta;
type Story = StoryObj<typeof meta>;

const rtl = (scene: SceneName): Story => ({ args: { scene } });

export const StatusBadge = rtl('AssessmentStatusBadge');
export const Integrations = rtl('AssessmentIntegrations');
export const EnableIntegration = rtl('EnableIntegrationDialog');
export const ManageIntegration = rtl('ManageIntegrationDialog');
export const InterviewPlan = rtl('InterviewPlanEditor');
export const ActivityDialog = rtl('AssessmentActivityDialog');
export const SendAssessment = rtl('SendAssessmentDialog');
export const CandidateAssessments = rtl('CandidateAssessments');
export const AssessmentSummary = rtl('AssessmentSummary');
export const FeedbackForm = rtl('AssessmentFeedbackForm');
export const FeedbackSummary = rtl('AssessmentFeedbackSummary');
export const ScheduleLiveInterview = rtl('ScheduleLiveInterviewDialog');
