/**
 * Every public component as a host renders it on the server, for the server-rendering tests: each scene is rendered
 * to a string in Node inside the provider (server-render.test.tsx), then hydrated on that HTML in jsdom without a
 * warning or a recoverable error (hydrate.test.tsx).
 *
 * A NEW PUBLIC COMPONENT ADDS ITS SCENES HERE: in the states a host server-renders (with data the server has and
 * without), and every dialog closed with a trigger, open by `defaultOpen`, and controlled by a host's `open`.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
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
import { assessmentStatuses } from '../../src/domain';
import { createSeed, mockIds } from '../../src/mock';
import { openCard } from '../support/item-card';

export interface SsrScene {
  name: string;
  /** The host's markup with the component in it, inside `AssessmentKitProvider` on the in-memory mock backend. */
  render(): ReactNode;
  /** What the server's HTML must carry: proves the component rendered on the server, not that it merely didn't throw. */
  serverHtml: RegExp[];
  /** Runs after hydration: waits for the client's view (data loaded, dialog open) and proves the page is live. */
  afterHydration(user: ReturnType<typeof userEvent.setup>): Promise<void>;
}

const seed = createSeed();
const connected = seed.providers.find((provider) => provider.id === mockIds.connectedProvider)!;
const connectedWebhookUrl = seed.integrations[connected.id]!.webhookUrl!;
const everyStatus = seed.assessments.filter((assessment) => assessment.candidateId === mockIds.candidateWithEveryStatus);

async function dialogOpens(name: string | RegExp, content: string | RegExp) {
  const dialog = await screen.findByRole('dialog', { name });
  await screen.findByText(content);
  await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
}

/** A form dialog is open, its data loaded (the combobox `field` is there), and focus is inside it. */
async function formDialogOpens(name: string, field: string) {
  const dialog = await screen.findByRole('dialog', { name });
  await within(dialog).findByRole('combobox', { name: field });
  await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
}

export const ssrScenes: SsrScene[] = [
  {
    name: 'AssessmentStatusBadge, bare and with a derived detail',
    render: () => (
      <ul>
        {assessmentStatuses.map((status) => (
          <li key={status}>
            <AssessmentStatusBadge status={status} />
          </li>
        ))}
        <li>
          <AssessmentStatusBadge
            assessment={{ status: 'sent', sentAt: '2026-11-01T09:00:00.000Z', expiresAt: '2026-11-09T09:00:00.000Z' }}
            showDetail
          />
        </li>
      </ul>
    ),
    serverHtml: [/Not sent/, /In progress/, /Expires in/],
    afterHydration: async () => {
      expect(screen.getByText('Completed')).toBeVisible();
    },
  },
  {
    name: 'AssessmentIntegrations, loading on the server, data on the client',
    render: () => <AssessmentIntegrations />,
    serverHtml: [/<h2[^>]*>Assessments<\/h2>/, /Loading integrations/],
    afterHydration: async (user) => {
      await waitFor(() => expect(screen.getAllByText(/^Status: /)).toHaveLength(3));
      await user.click(screen.getByRole('button', { name: /Enable integration/ }));
      await dialogOpens('Connect CodeInterview', 'Where to find it in CodeInterview');
    },
  },
  {
    name: 'EnableIntegrationDialog, closed with a trigger',
    render: () => (
      <EnableIntegrationDialog providerId={mockIds.notConnectedProvider} trigger={<button type="button">Connect a vendor</button>} />
    ),
    serverHtml: [/<button[^>]*aria-haspopup="dialog"[^>]*data-state="closed"[^>]*>Connect a vendor<\/button>/],
    afterHydration: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Connect a vendor' }));
      await dialogOpens('Connect CodeInterview', 'Where to find it in CodeInterview');
    },
  },
  {
    name: 'EnableIntegrationDialog, open by defaultOpen',
    render: () => (
      <EnableIntegrationDialog
        providerId={mockIds.notConnectedProvider}
        defaultOpen
        trigger={<button type="button">Connect a vendor</button>}
      />
    ),
    // Radix renders portals only after mount, so the server sends the trigger, marked open, and no dialog yet.
    serverHtml: [/<button[^>]*aria-expanded="true"[^>]*data-state="open"[^>]*>Connect a vendor<\/button>/],
    afterHydration: () => dialogOpens('Connect CodeInterview', 'Where to find it in CodeInterview'),
  },
  {
    name: 'EnableIntegrationDialog, opened by the host (open, no trigger)',
    render: () => <EnableIntegrationDialog providerId={mockIds.notConnectedProvider} open onOpenChange={() => {}} />,
    serverHtml: [],
    afterHydration: () => dialogOpens('Connect CodeInterview', 'Where to find it in CodeInterview'),
  },
  {
    name: 'ManageIntegrationDialog, closed with a trigger',
    render: () => (
      <ManageIntegrationDialog providerId={mockIds.connectedProvider} trigger={<button type="button">Manage SkillForge</button>} />
    ),
    serverHtml: [/<button[^>]*aria-haspopup="dialog"[^>]*>Manage SkillForge<\/button>/],
    afterHydration: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Manage SkillForge' }));
      await dialogOpens('Manage SkillForge', 'Priya Natarajan');
    },
  },
  {
    name: 'CandidateAssessments, loading on the server, the list on the client',
    render: () => <CandidateAssessments candidateId={mockIds.candidateWithEveryStatus} />,
    serverHtml: [/Assessments/, /Loading assessments/],
    afterHydration: async () => {
      await screen.findByRole('list', { name: 'Assessments, those needing action first, then newest' });
      expect(screen.getAllByRole('article')).toHaveLength(everyStatus.length);
    },
  },
  {
    name: 'AssessmentSummary in a pipeline row, from the host’s data',
    render: () => (
      <table>
        <tbody>
          <tr>
            <th scope="row">Candidate</th>
            <td>
              <AssessmentSummary assessments={everyStatus} />
            </td>
          </tr>
        </tbody>
      </table>
    ),
    serverHtml: [new RegExp(everyStatus[0]!.testTitle.replace(/[()]/g, '.'))],
    afterHydration: async () => {
      expect(screen.getByRole('row')).toHaveTextContent(/Status: /);
    },
  },
  {
    name: 'WebhookInstructions on a host settings page',
    render: () => <WebhookInstructions provider={connected} webhookUrl={connectedWebhookUrl} />,
    serverHtml: [/Webhook URL/, new RegExp(connectedWebhookUrl.replaceAll('.', '\\.')), /SkillForge webhook documentation/],
    afterHydration: async () => {
      expect(screen.getByRole('textbox', { name: 'Webhook URL' })).toHaveValue(connectedWebhookUrl);
      expect(screen.getByRole('button', { name: /Copy/ })).toBeEnabled();
    },
  },
  {
    name: 'SendAssessmentDialog, closed with a trigger',
    render: () => (
      <SendAssessmentDialog candidateId={mockIds.candidateWithNoAssessments} trigger={<button type="button">Send a test</button>} />
    ),
    serverHtml: [/<button[^>]*aria-haspopup="dialog"[^>]*data-state="closed"[^>]*>Send a test<\/button>/],
    afterHydration: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Send a test' }));
      await formDialogOpens('Send assessment', 'Test');
    },
  },
  {
    name: 'SendAssessmentDialog, open by defaultOpen',
    render: () => <SendAssessmentDialog candidateId={mockIds.candidateWithNoAssessments} defaultOpen />,
    serverHtml: [],
    afterHydration: () => formDialogOpens('Send assessment', 'Test'),
  },
  {
    name: 'ScheduleLiveInterviewDialog, closed with a trigger',
    render: () => (
      <ScheduleLiveInterviewDialog
        candidateId={mockIds.candidateWithNoAssessments}
        trigger={<button type="button">Schedule an interview</button>}
      />
    ),
    serverHtml: [/<button[^>]*aria-haspopup="dialog"[^>]*>Schedule an interview<\/button>/],
    afterHydration: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Schedule an interview' }));
      await formDialogOpens('Schedule live interview', 'Interviewers');
    },
  },
  {
    name: 'ScheduleLiveInterviewDialog, open by defaultOpen',
    render: () => <ScheduleLiveInterviewDialog candidateId={mockIds.candidateWithNoAssessments} defaultOpen />,
    serverHtml: [],
    afterHydration: () => formDialogOpens('Schedule live interview', 'Interviewers'),
  },
  {
    name: 'CandidateAssessments with live interviews: the rows, their links and playback on the client',
    render: () => <CandidateAssessments candidateId={mockIds.liveInterviews.candidate} />,
    serverHtml: [/Loading assessments/],
    afterHydration: async () => {
      const list = await screen.findByRole('list', { name: 'Assessments, those needing action first, then newest' });
      // Each item is one summary line: its details (links, playback) open from it, as a recruiter opens them.
      for (const card of within(list).getAllByRole('article')) await openCard(card);
      expect(screen.getAllByRole('textbox', { name: 'Interview link' }).length).toBeGreaterThan(0);
      expect(screen.getByRole('link', { name: /^Watch the playback/ })).toHaveAttribute('href', expect.stringMatching(/^https:/));
    },
  },
  {
    name: 'InterviewPlanEditor, loading on the server, the plan on the client',
    render: () => <InterviewPlanEditor jobId={mockIds.jobWithPlan} />,
    serverHtml: [/<h2[^>]*>Interview plan<\/h2>/],
    afterHydration: async () => {
      expect(await screen.findByText('Technical Assessment')).toBeVisible();
    },
  },
  {
    name: 'AssessmentActivityDialog, closed with a trigger',
    render: () => (
      <AssessmentActivityDialog
        providerId={mockIds.connectedProvider}
        stageName="Technical Assessment"
        onSave={() => undefined}
        trigger={<button type="button">Add a SkillForge test</button>}
      />
    ),
    serverHtml: [/<button[^>]*aria-haspopup="dialog"[^>]*>Add a SkillForge test<\/button>/],
    afterHydration: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Add a SkillForge test' }));
      await formDialogOpens('Send SkillForge Assessment', 'Test');
    },
  },
  {
    name: 'AssessmentFeedbackForm, loading on the server, the feedback on the client',
    // The in-memory backend's signed-in user reviews nothing: the read-only view, with the submitted answers.
    render: () => <AssessmentFeedbackForm assessmentId={mockIds.feedback.open} />,
    serverHtml: [/<h2[^>]*>Your feedback<\/h2>/, /Loading feedback/],
    afterHydration: async () => {
      expect(await screen.findByText('You’re not a reviewer of this assessment')).toBeVisible();
      expect(screen.getByRole('region', { name: 'Result' })).toBeInTheDocument();
    },
  },
  {
    name: 'AssessmentFeedbackSummary, loading on the server, the summary on the client',
    render: () => <AssessmentFeedbackSummary assessmentId={mockIds.feedback.open} />,
    serverHtml: [/<h2[^>]*>Reviewer feedback<\/h2>/, /Loading feedback/],
    afterHydration: async () => {
      expect(await screen.findByText('Every reviewer’s feedback counts: 1 of 3 submitted.')).toBeVisible();
    },
  },
];
