/**
 * Every kit dialog, for the nested-dialogs test (nested-dialogs.test.tsx): each is opened from inside a host's own
 * Radix dialog, once by the host (`open`/`onOpenChange`, no trigger) and once by its own `trigger`.
 *
 * A NEW KIT DIALOG ADDS ITSELF HERE, with the props a host passes and what shows once it is ready.
 */
import type { within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { EnableIntegrationDialog } from '../../src/components/enable-integration';
import { ManageIntegrationDialog } from '../../src/screens/ManageIntegrationDialog';
import { AssessmentActivityDialog } from '../../src/components/interview-plan';
import { ScheduleLiveInterviewDialog } from '../../src/components/live-interview';
import { SendAssessmentDialog } from '../../src/components/send-assessment';
import { mockIds } from '../../src/mock';

export interface OpenProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export interface NestedKitDialog {
  name: string;
  /** The dialog as a host renders it inside its own dialog: `open` from the host, or a trigger of its own. */
  render(props: OpenProps | { trigger: ReactNode }): ReactNode;
  /** The open dialog's accessible name. */
  dialogName: string | RegExp;
  /** Resolves once the dialog shows its content (its data loaded); `scope` queries the page or the shadow root. */
  ready(scope: ReturnType<typeof within>): Promise<unknown>;
}

export const nestedKitDialogs: NestedKitDialog[] = [
  {
    name: 'EnableIntegrationDialog',
    render: (props) => <EnableIntegrationDialog providerId={mockIds.notConnectedProvider} {...props} />,
    dialogName: 'Connect CodeInterview',
    // A password field while masked: it has no textbox role, so it is found by its label.
    ready: (scope) => scope.findByLabelText(/API key/, { selector: 'input' }),
  },
  {
    name: 'ManageIntegrationDialog',
    render: (props) => <ManageIntegrationDialog providerId={mockIds.connectedProvider} {...props} />,
    dialogName: 'Manage SkillForge',
    ready: (scope) => scope.findByText('Priya Natarajan'),
  },
  {
    name: 'AssessmentActivityDialog',
    render: (props) => (
      <AssessmentActivityDialog providerId={mockIds.connectedProvider} stageName="Technical Assessment" onSave={() => undefined} {...props} />
    ),
    dialogName: 'Send SkillForge Assessment',
    ready: (scope) => scope.findByRole('combobox', { name: 'Test' }),
  },
  {
    name: 'SendAssessmentDialog',
    render: (props) => <SendAssessmentDialog candidateId={mockIds.candidateWithNoAssessments} {...props} />,
    dialogName: 'Send assessment',
    ready: (scope) => scope.findByRole('combobox', { name: 'Test' }),
  },
  {
    name: 'ScheduleLiveInterviewDialog',
    render: (props) => <ScheduleLiveInterviewDialog candidateId={mockIds.candidateWithNoAssessments} {...props} />,
    dialogName: 'Schedule live interview',
    ready: (scope) => scope.findByRole('combobox', { name: 'Interviewers' }),
  },
];
