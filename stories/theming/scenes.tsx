import type { Meta } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, screen, waitFor, within } from 'storybook/test';
import {
  AssessmentActivityDialog,
  AssessmentFeedbackForm,
  AssessmentFeedbackSummary,
  AssessmentIntegrations,
  AssessmentStatusBadge,
  AssessmentSummary,
  CandidateAssessments,
  EnableIntegrationDialog,
  InterviewPlanEditor,
  ManageIntegrationDialog,
  ScheduleLiveInterviewDialog,
  SendAssessmentDialog,
} from '../../src';
import { assessmentStatuses, type SendAssessmentActivity } from '../../src/domain';
import { mockIds } from '../../src/mock';
import { mockServer } from '../support/mock-server';

/**
 * Every public component once, at a state that shows most of its markup, for the stories that run each one in
 * another theme, direction or language (EveryTheme, RightToLeft, stories/locales). `ready` waits for the data.
 */
export interface Scene {
  /** Prepares the mock server (who is signed in, which vendor is connected) before the story renders. */
  setup?(): void;
  render(): ReactNode;
  ready(canvas: HTMLElement): Promise<void>;
}

export type SceneName =
  | 'AssessmentStatusBadge'
  | 'AssessmentIntegrations'
  | 'EnableIntegrationDialog'
  | 'ManageIntegrationDialog'
  | 'InterviewPlanEditor'
  | 'AssessmentActivityDialog'
  | 'SendAssessmentDialog'
  | 'CandidateAssessments'
  | 'AssessmentSummary'
  | 'AssessmentFeedbackForm'
  | 'AssessmentFeedbackSummary'
  | 'ScheduleLiveInterviewDialog';

async function dialogShown(name: string | RegExp) {
  const dialog = await screen.findByRole('dialog', { name });
  await waitFor(() => expect(dialog).toBeVisible());
}

const activity: SendAssessmentActivity = {
  id: 'act-scene',
  type: 'send_assessment',
  providerId: mockIds.connectedProvider,
  testId: mockIds.skillForgeTest,
  testTitle: 'Senior Frontend (React) — Take-home',
  testArchived: false,
  reviewerIds: ['rev-1', 'rev-2'],
  scorecard: {
    kind: 'questions',
    questions: [
      { id: 'q1', prompt: 'Code quality', type: 'stars', required: true, options: [] },
      { id: 'q2', prompt: 'Hire?', type: 'yes_no', required: true, options: [] },
      { id: 'q3', prompt: 'Level', type: 'single_select', required: true, options: ['Mid', 'Senior'] },
    ],
  },
  feedbackFrom: 'any_reviewer',
  autoSend: true,
};

export const scenes: Record<SceneName, Scene> = {
  AssessmentStatusBadge: {
    render: () => (
      <p>
        {assessmentStatuses.map((status) => (
          <span key={status}>
            <AssessmentStatusBadge status={status} />{' '}
          </span>
        ))}
      </p>
    ),
    ready: async (canvas) => {
      await waitFor(() => expect(canvas.querySelectorAll('.ak-status-badge')).toHaveLength(assessmentStatuses.length));
    },
  },
  AssessmentIntegrations: {
    render: () => <AssessmentIntegrations />,
    ready: async (canvas) => {
      await waitFor(() => expect(canvas.querySelectorAll('article')).toHaveLength(3));
    },
  },
  EnableIntegrationDialog: {
    render: () => <EnableIntegrationDialog providerId={mockIds.notConnectedProvider} defaultOpen />,
    ready: () => dialogShown(/CodeInterview/),
  },
  ManageIntegrationDialog: {
    render: () => <ManageIntegrationDialog providerId={mockIds.connectedProvider} defaultOpen />,
    ready: () => dialogShown(/SkillForge/),
  },
  InterviewPlanEditor: {
    render: () => <InterviewPlanEditor jobId={mockIds.jobWithTwoProviders} />,
    ready: async (canvas) => {
      // Language-agnostic (every locale's stories reuse it): the stages are listed and nothing is loading.
      await within(canvas).findAllByRole('listitem');
      await waitFor(() => expect(canvas.querySelector('[aria-busy="true"]')).toBeNull());
    },
  },
  AssessmentActivityDialog: {
    render: () => (
      <AssessmentActivityDialog providerId={mockIds.connectedProvider} stageName="Technical Assessment" defaultOpen onSave={() => undefined} activity={activity} />
    ),
    ready: () => dialogShown(/SkillForge/),
  },
  SendAssessmentDialog: {
    setup: () => mockServer.reset({ integrationStates: { codeinterview: 'connected' } }),
    render: () => <SendAssessmentDialog candidateId={mockIds.candidateWithPendingActivity} activityId={mockIds.planActivity} defaultOpen />,
    ready: async () => {
      await dialogShown(/./);
      // Pre-filled from the plan activity: its reviewers show as chips once they load.
      await screen.findByText('Tomás Herrera');
    },
  },
  CandidateAssessments: {
    render: () => <CandidateAssessments candidateId={mockIds.candidateWithEveryStatus} />,
    ready: async (canvas) => {
      await waitFor(() => expect(canvas.querySelectorAll('article').length).toBeGreaterThanOrEqual(7));
    },
  },
  AssessmentSummary: {
    render: () => <AssessmentSummary assessments={mockServer.mock.allAssessments().filter((a) => a.candidateId === mockIds.candidateWithEveryStatus)} />,
    ready: async (canvas) => {
      await waitFor(() => expect(canvas.querySelector('.ak-root')).not.toBeNull());
    },
  },
  AssessmentFeedbackForm: {
    setup: () => mockServer.reset({ currentUserId: mockIds.feedback.reviewers.due }),
    render: () => <AssessmentFeedbackForm assessmentId={mockIds.feedback.open} />,
    ready: async (canvas) => {
      await waitFor(() => expect(canvas.querySelectorAll('form button[type="submit"]').length).toBeGreaterThan(0));
    },
  },
  AssessmentFeedbackSummary: {
    render: () => <AssessmentFeedbackSummary assessmentId={mockIds.feedback.open} headingLevel={3} />,
    ready: async (canvas) => {
      await waitFor(() => expect(canvas.querySelector('[aria-busy="true"]')).toBeNull());
      await waitFor(() => expect(canvas.querySelectorAll('.ak-root').length).toBeGreaterThan(0));
    },
  },
  ScheduleLiveInterviewDialog: {
    render: () => <ScheduleLiveInterviewDialog candidateId={mockIds.candidateWithNoAssessments} defaultOpen />,
    ready: () => dialogShown(/./),
  },
};

/** Renders one scene: the component of the stories that run every scene in a theme, direction or language. */
export function SceneView({ scene }: { scene: SceneName }) {
  return <>{scenes[scene].render()}</>;
}

/** What those story files share: the scene picker, the mock set up for the scene, and waiting for its data. */
export const sceneMeta = {
  component: SceneView,
  argTypes: { scene: { control: 'select', options: Object.keys(scenes) } },
  beforeEach: ({ args }) => {
    scenes[args.scene].setup?.();
  },
  play: async ({ args, canvasElement }) => {
    await scenes[args.scene].ready(canvasElement);
  },
} satisfies Partial<Meta<typeof SceneView>>;
