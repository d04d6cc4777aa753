import type { Meta, StoryObj } from '@storybook/react-vite';
import { sceneMeta, type SceneName, type SceneView } from './scenes';

/**
 * Every component on a right-to-left page (`dir="rtl"` on <html>, as the Direction toolbar sets it): the layout
 * mirrors through logical CSS properties, and icons that point along the text (chevrons, Send) turn round.
 */
const meta = {
  title: 'Theming/Right to left',
  ...sceneMeta,
  globals: { direction: 'rtl' },
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
