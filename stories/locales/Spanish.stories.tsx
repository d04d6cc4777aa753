import type { Meta, StoryObj } from '@storybook/react-vite';
import { esLocale, esText } from '../../src/locales/es';
import { localeSceneMeta, type LocaleSceneView } from './locale-scenes';

/** Every component in Spanish (assessment-kit/locales/es), with Spanish dates and numbers: no English of the kit left. */
const meta = {
  title: 'Locales/Spanish',
  ...localeSceneMeta,
  parameters: { kitProvider: { locale: esLocale, text: esText } },
} satisfies Meta<typeof LocaleSceneView>;

export default meta;
type Story = StoryObj<typeof meta>;

export const StatusBadge: Story = { args: { scene: 'AssessmentStatusBadge' } };
export const Integrations: Story = { args: { scene: 'AssessmentIntegrations' } };
export const EnableIntegration: Story = { args: { scene: 'EnableIntegrationDialog' } };
export const ManageIntegration: Story = { args: { scene: 'ManageIntegrationDialog' } };
export const InterviewPlan: Story = { args: { scene: 'InterviewPlanEditor' } };
export const ActivityDialog: Story = { args: { scene: 'AssessmentActivityDialog' } };
export const SendAssessment: Story = { args: { scene: 'SendAssessmentDialog' } };
export const CandidateAssessments: Story = { args: { scene: 'CandidateAssessments' } };
export const AssessmentSummary: Story = { args: { scene: 'AssessmentSummary' } };
export const FeedbackForm: Story = { args: { scene: 'AssessmentFeedbackForm' } };
export const FeedbackSummary: Story = { args: { scene: 'AssessmentFeedbackSummary' } };
export const ScheduleLiveInterview: Story = { args: { scene: 'ScheduleLiveInterviewDialog' } };
