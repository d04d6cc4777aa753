/**
 * Every public component, rendered as a host would place it, for the host-page tests (host-page.test.tsx): each
 * scene is rendered on a clean page and on a page carrying Tailwind's preflight, modern-normalize and blunt element
 * rules, and every element inside a kit root must look the same on both.
 *
 * A NEW PUBLIC COMPONENT ADDS ITS SCENES HERE: in each state that shows different markup (data, empty, error,
 * an open dialog at its main step), in the host markup it is meant for (a table cell, a settings page), and with
 * nothing around it that a host wouldn't write (no kit wrapper: a component brings its own `.ak-root`).
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import { AssessmentSummary } from '../../src/components/candidate-assessments';
import { CandidateAssessments } from '../../src/screens/CandidateAssessments';
import { EnableIntegrationDialog, WebhookInstructions } from '../../src/components/enable-integration';
import { AssessmentFeedbackForm, AssessmentFeedbackSummary } from '../../src/components/feedback';
import { AssessmentIntegrations } from '../../src/screens/AssessmentIntegrations';
import { ManageIntegrationDialog } from '../../src/screens/ManageIntegrationDialog';
import { AssessmentActivityDialog, InterviewPlanEditor } from '../../src/components/interview-plan';
import { ScheduleLiveInterviewDialog } from '../../src/components/live-interview';
import { SendAssessmentDialog } from '../../src/components/send-assessment';
import { AssessmentStatusBadge } from '../../src/ui/status-badge';
import { useIntegration, useProviders } from '../../src/data/hooks/use-integrations';
import { assessmentStatuses, isSendAssessmentActivity, type Assessment } from '../../src/domain';
import type { MockBackend } from '../../src/mock/mock-backend';
import { mockIds } from '../../src/mock/seed';
import { settle } from './page';

/** Opens every item of the candidate's list (each is one summary line), so their details are on the page too. */
async function openEveryItem() {
  const summaries = screen.getAllByRole('article').map((card) => within(within(card).getAllByRole('heading')[0]!).getByRole('button'));
  for (const summary of summaries) if (summary.getAttribute('aria-expanded') !== 'true') summary.click();
  await waitFor(() => expect(summaries.map((summary) => summary.getAttribute('aria-expanded'))).not.toContain('false'));
}

export interface HostPageScene {
  name: string;
  /** The host's markup with the component in it; the mock backend (seeded, in memory) is the provider's backend. */
  render(mock: MockBackend): ReactNode;
  /** Resolves once the scene shows what it is about (data loaded, dialog open at its step). */
  ready(): Promise<void>;
}

/** One seeded assessment per lifecycle status, the most detailed first. */
function assessmentsByStatus(mock: MockBackend): Assessment[] {
  const all = mock.allAssessments();
  return assessmentStatuses.flatMap((status) => all.filter((assessment) => assessment.status === status).slice(0, 1));
}

async function badgesShown(count: number) {
  await waitFor(() => expect(document.querySelectorAll('.ak-status-badge')).toHaveLength(count));
}

async function dialogShown(name: string | RegExp, content: string | RegExp) {
  const dialog = await screen.findByRole('dialog', { name });
  await screen.findByText(content);
  return dialog;
}

/** A host's own settings page showing a connected vendor's webhook instructions, fed by the kit's public hooks. */
function HostWebhookSettings({ providerId }: { providerId: string }) {
  const provider = useProviders().data?.find((candidate) => candidate.id === providerId);
  const integration = useIntegration(providerId).data;
  if (!provider || !integration?.webhookUrl) return <p>Loading…</p>;
  return <WebhookInstructions provider={provider} webhookUrl={integration.webhookUrl} />;
}

export const hostPageScenes: HostPageScene[] = [
  {
    name: 'AssessmentStatusBadge in plain host markup',
    render: (mock) => (
      <div style={{ width: 720 }}>
        {assessmentsByStatus(mock).map((assessment) => (
          <p key={assessment.id}>
            Frontend take-home: <AssessmentStatusBadge assessment={assessment} showDetail />{' '}
            <AssessmentStatusBadge status={assessment.status} size="sm" />
          </p>
        ))}
      </div>
    ),
    ready: () => badgesShown(assessmentStatuses.length * 2),
  },
  {
    name: 'AssessmentStatusBadge in a candidate table row',
    render: (mock) => (
      <table style={{ width: 720, tableLayout: 'fixed' }}>
        <tbody>
          {assessmentsByStatus(mock).map((assessment) => (
            <tr key={assessment.id}>
              <th scope="row" style={{ width: 240 }}>
                {assessment.candidateId}
              </th>
              <td>
                <AssessmentStatusBadge assessment={assessment} showDetail size="sm" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    ),
    ready: () => badgesShown(assessmentStatuses.length),
  },
  {
    name: 'AssessmentIntegrations with a card in each state',
    render: () => (
      <main style={{ width: 960 }}>
        <AssessmentIntegrations />
      </main>
    ),
    ready: async () => {
      await waitFor(() => expect(screen.getAllByText(/^Status: /)).toHaveLength(3));
      await screen.findByText('The API key was revoked in DevScreen.');
    },
  },
  {
    name: 'EnableIntegrationDialog open at the API key step',
    render: () => <EnableIntegrationDialog providerId="codeinterview" defaultOpen />,
    ready: async () => {
      await dialogShown('Connect CodeInterview', 'Where to find it in CodeInterview');
    },
  },
  {
    name: 'ManageIntegrationDialog open',
    render: () => <ManageIntegrationDialog providerId="skillforge" defaultOpen />,
    ready: async () => {
      await dialogShown('Manage SkillForge', 'Priya Natarajan');
    },
  },
  {
    name: 'InterviewPlanEditor on a job settings page',
    render: () => (
      <main style={{ width: 960 }}>
        <InterviewPlanEditor jobId={mockIds.jobWithTwoProviders} />
      </main>
    ),
    ready: async () => {
      await screen.findByText('Backend system design');
      await screen.findByText('Aisha Bello and Rahul Mehta');
    },
  },
  {
    name: 'InterviewPlanEditor with an unreadable activity and an archived test',
    render: (mock) => {
      mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
        plan.stages[2]!.activities.push({ id: 'act-broken', type: 'send_assessment' });
        plan.stages.flatMap((s) => s.activities).find(isSendAssessmentActivity)!.testId = 'ci-test-13';
      });
      return (
        <main style={{ width: 720 }}>
          <InterviewPlanEditor jobId={mockIds.jobWithPlan} />
        </main>
      );
    },
    ready: async () => {
      await screen.findByText('An activity that can’t be shown');
      await screen.findByText('Archived');
    },
  },
  {
    name: 'AssessmentActivityDialog open, questions of every type',
    render: () => (
      <AssessmentActivityDialog
        providerId={mockIds.connectedProvider}
        stageName="Technical Assessment"
        defaultOpen
        onSave={() => undefined}
        activity={{
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
              { id: 'q2', prompt: 'Overall', type: 'score', required: true, options: [] },
              { id: 'q3', prompt: 'Hire?', type: 'yes_no', required: true, options: [] },
              { id: 'q4', prompt: 'Notes', type: 'text', required: false, options: [] },
              { id: 'q5', prompt: 'Level', type: 'single_select', required: true, options: ['Mid', 'Senior'] },
              { id: 'q6', prompt: 'Areas', type: 'multi_select', required: false, options: ['Tests', 'CSS'] },
            ],
          },
          feedbackFrom: 'any_reviewer',
          autoSend: true,
        }}
      />
    ),
    ready: async () => {
      await dialogShown('Edit SkillForge assessment', 'Maya Goldberg');
    },
  },
  {
    // The kit's Select with its list open (a portal above the dialog), beside the kit-drawn radios and checkbox.
    name: 'AssessmentActivityDialog with the Template list open',
    render: () => <AssessmentActivityDialog providerId={mockIds.connectedProvider} stageName="Technical Assessment" defaultOpen onSave={() => undefined} />,
    ready: async () => {
      await dialogShown(/SkillForge/, 'Choose a template');
      // Opened once the dialog has finished moving in, as a person would: the list is placed against the field.
      await settle();
      (await screen.findByRole('combobox', { name: 'Template' })).click();
      await screen.findByRole('option', { name: 'Pairing session debrief' });
    },
  },
  {
    name: 'SendAssessmentDialog open for a plan activity, pre-filled, scorecard previewed',
    render: (mock) => {
      mock.reset({ integrationStates: { codeinterview: 'connected' } });
      return <SendAssessmentDialog candidateId={mockIds.candidateWithPendingActivity} activityId={mockIds.planActivity} defaultOpen />;
    },
    ready: async () => {
      await dialogShown('Send assessment', 'Tomás Herrera');
      await screen.findByText(/What reviewers answer/);
    },
  },
  {
    name: 'SendAssessmentDialog with the test list open',
    render: () => <SendAssessmentDialog candidateId={mockIds.candidateWithNoAssessments} defaultOpen />,
    ready: async () => {
      await dialogShown('Send assessment', 'Ben Okafor');
      (await screen.findByRole('combobox', { name: 'Test' })).click();
      await screen.findByRole('option', { name: /Backend \(Go\) — Take-home/ });
    },
  },
  {
    name: 'SendAssessmentDialog with the expiry calendar open',
    render: () => <SendAssessmentDialog candidateId={mockIds.candidateWithNoAssessments} defaultOpen />,
    ready: async () => {
      await dialogShown('Send assessment', 'Ben Okafor');
      // Opened once the dialog has finished moving in, as a person would: the calendar is placed against the field.
      await settle();
      (await screen.findByRole('button', { name: /^Choose date, / })).click();
      await screen.findByRole('grid', { name: 'November 2026' });
    },
  },
  {
    name: 'SendAssessmentDialog with no provider connected',
    render: (mock) => {
      mock.reset({ integrationStates: { skillforge: 'not_connected' } });
      return <SendAssessmentDialog candidateId={mockIds.candidateWithNoAssessments} defaultOpen onRequestSetup={() => undefined} />;
    },
    ready: async () => {
      await dialogShown('Send assessment', 'No assessment provider is connected');
    },
  },
  {
    name: 'WebhookInstructions on a host settings page',
    render: () => (
      <section style={{ width: 560 }}>
        <HostWebhookSettings providerId="skillforge" />
      </section>
    ),
    ready: async () => {
      await screen.findByText(/Select the "assessment\.\*" events and save/);
    },
  },
  {
    name: 'AssessmentFeedbackForm, a reviewer answering every question type',
    render: (mock) => {
      mock.signInAs(mockIds.feedback.reviewers.due);
      return (
        <main style={{ width: 760 }}>
          <AssessmentFeedbackForm assessmentId={mockIds.feedback.open} />
        </main>
      );
    },
    ready: async () => {
      await screen.findByRole('button', { name: 'Submit feedback' });
    },
  },
  {
    name: 'AssessmentFeedbackForm, submitted, with everyone’s answers',
    render: (mock) => {
      mock.signInAs(mockIds.feedback.reviewers.due);
      return (
        <main style={{ width: 760 }}>
          <AssessmentFeedbackForm assessmentId={mockIds.feedback.allSubmitted} />
        </main>
      );
    },
    ready: async () => {
      await screen.findByRole('region', { name: 'Your answers' });
    },
  },
  {
    name: 'AssessmentFeedbackSummary on a candidate page',
    render: () => (
      <section style={{ width: 640 }}>
        <AssessmentFeedbackSummary assessmentId={mockIds.feedback.open} headingLevel={3} />
      </section>
    ),
    ready: async () => {
      await screen.findByText('Every reviewer’s feedback counts: 1 of 3 submitted.');
    },
  },
  {
    name: 'CandidateAssessments on a candidate profile, every status, a history open',
    render: () => (
      <main style={{ width: 860 }}>
        <CandidateAssessments candidateId={mockIds.candidateWithEveryStatus} />
      </main>
    ),
    ready: async () => {
      await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(7));
      await openEveryItem();
      screen.getByRole('button', { name: /^History \(3\): / }).click();
      await screen.findByText('Sent by Marcus Lee');
    },
  },
  {
    name: 'CandidateAssessments with the cancel confirmation open',
    render: () => (
      <main style={{ width: 860 }}>
        <CandidateAssessments candidateId={mockIds.candidateWithActiveAssessment} />
      </main>
    ),
    ready: async () => {
      await screen.findByRole('article');
      await openEveryItem();
      (await screen.findByRole('button', { name: /^Cancel / })).click();
      await screen.findByRole('alertdialog');
      await screen.findByRole('textbox', { name: 'Reason (optional)' });
    },
  },
  {
    name: 'CandidateAssessments loading, and empty',
    render: (mock) => {
      mock.setLatency(60_000);
      return (
        <main style={{ width: 860 }}>
          <CandidateAssessments candidateId={mockIds.candidateWithNoAssessments} />
        </main>
      );
    },
    ready: async () => {
      await screen.findByText('Loading assessments…');
    },
  },
  {
    name: 'AssessmentSummary in a pipeline table',
    render: (mock) => {
      const all = mock.allAssessments();
      const candidates = ['cand-01', 'cand-02', 'cand-04', 'cand-05', 'cand-07'];
      return (
        <table style={{ width: 720 }}>
          <tbody>
            {candidates.map((candidateId) => (
              <tr key={candidateId}>
                <th scope="row">{candidateId}</th>
                <td>
                  <AssessmentSummary assessments={all.filter((assessment) => assessment.candidateId === candidateId)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    },
    ready: async () => {
      await screen.findByText('No assessments');
      await screen.findByText('+6');
    },
  },
  {
    name: 'ScheduleLiveInterviewDialog open at its form',
    render: () => <ScheduleLiveInterviewDialog candidateId={mockIds.candidateWithNoAssessments} defaultOpen />,
    ready: async () => {
      await dialogShown('Schedule live interview', 'Ben Okafor');
      await screen.findByRole('combobox', { name: 'Interviewers' });
    },
  },
  {
    name: 'ScheduleLiveInterviewDialog created, with both links',
    render: () => <ScheduleLiveInterviewDialog candidateId={mockIds.candidateWithNoAssessments} defaultOpen />,
    ready: async () => {
      (await screen.findByRole('combobox', { name: 'Interviewers' })).click();
      (await screen.findByRole('option', { name: /^Maya Goldberg/ })).click();
      screen.getByRole('button', { name: 'Create interview' }).click();
      await screen.findByRole('heading', { name: 'Interview created' });
      await screen.findByRole('textbox', { name: 'Interviewers’ link' });
    },
  },
  {
    name: 'CandidateAssessments with a live interview in each state among tests',
    render: () => (
      <main style={{ width: 860 }}>
        <CandidateAssessments candidateId={mockIds.liveInterviews.candidate} />
      </main>
    ),
    ready: async () => {
      await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(7));
      await openEveryItem();
      await screen.findByRole('link', { name: /^Watch the playback/ });
    },
  },
];
