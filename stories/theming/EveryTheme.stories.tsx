import type { Meta, StoryObj } from '@storybook/react-vite';
import { sceneMeta, type SceneName, type SceneView } from './scenes';

/**
 * Every component in the dark theme and in `system` (which follows the OS: the story test browser reports light,
 * test/browser/rtl.test.tsx emulates a dark OS). Each story is a test with axe, colour contrast included.
 */
const meta = {
  title: 'Theming/Every theme',
  ...sceneMeta,
} satisfies Meta<typeof SceneView>;

export default meta;
type Story = StoryObj<typeof meta>;

const dark = (scene: SceneName): Story => ({ args: { scene }, globals: { theme: 'dark' } });
const system = (scene: SceneName): Story => ({ args: { scene }, globals: { theme: 'system' } });

export const StatusBadgeDark = dark('AssessmentStatusBadge');
export const StatusBadgeSystem = system('AssessmentStatusBadge');
export const IntegrationsDark = dark('AssessmentIntegrations');
export const IntegrationsSystem = system('AssessmentIntegrations');
export const EnableIntegrationDark = dark('EnableIntegrationDialog');
export const EnableIntegrationSystem = system('EnableIntegrationDialog');
export const ManageIntegrationDark = dark('ManageIntegrationDialog');
export const ManageIntegrationSystem = system('ManageIntegrationDialog');
export const InterviewPlanDark = dark('InterviewPlanEditor');
export const InterviewPlanSystem = system('InterviewPlanEditor');
export const ActivityDialogDark = dark('AssessmentActivityDialog');
export const ActivityDialogSystem = system('AssessmentActivityDialog');
export const SendAssessmentDark = dark('SendAssessmentDialog');
export const SendAssessmentSystem = system('SendAssessmentDialog');
export const CandidateAssessmentsDark = dark('CandidateAssessments');
export const CandidateAssessmentsSystem = system('CandidateAssessments');
export const AssessmentSummaryDark = dark('AssessmentSummary');
export const AssessmentSummarySystem = system('AssessmentSummary');
export const FeedbackFormDark = dark('AssessmentFeedbackForm');
export const FeedbackFormSystem = system('AssessmentFeedbackForm');
export const FeedbackSummaryDark = dark('AssessmentFeedbackSummary');
export const FeedbackSummarySystem = system('AssessmentFeedbackSummary');
export const ScheduleLiveInterviewDark = dark('ScheduleLiveInterviewDialog');
export const ScheduleLiveInterviewSystem = system('ScheduleLiveInterviewDialog');
