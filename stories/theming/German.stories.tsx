import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { englishLeftOn, kitText } from '../support/kit-english';
import { germanKitText } from '../support/german';
import { sceneMeta, type SceneName, type SceneView } from './scenes';

const englishLeft = englishLeftOn(germanKitText);

/**
 * Every component in German, with the complete set of stories/support/german.ts (the example the Localization page
 * points to) and German dates and numbers. Each story checks that no English string of the kit is left on screen.
 */
const meta = {
  title: 'Localization/German',
  ...sceneMeta,
  parameters: { kitProvider: { locale: 'de-DE', text: germanKitText } },
  play: async (context) => {
    await sceneMeta.play(context);
    await waitFor(() => expect(kitText()).not.toBe(''));
    await expect(englishLeft()).toEqual([]);
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
