import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { CandidateAssessments } from '../../src/screens/CandidateAssessments';
import { InterviewPlanEditor } from '../../src/components/interview-plan';
import { mockIds } from '../../src/mock';
import { HostButton } from '../support/host-button';
import { mockServer } from '../support/mock-server';
import { findAvailableMenuItem, findDialog, findPlan, pick, stage } from './helpers';
import { chooseOption } from '../support/choose-option';

const JOB = mockIds.jobWithoutAssessmentActivity;
const CANDIDATE = 'cand-24';
const TECHNICAL = 'stage-data-technical';

/**
 * A host's job page: the kit's plan editor, the host's own pipeline (moving a candidate is the host's operation,
 * played here by the mock's `host.moveCandidate`), and the candidate's profile with the kit's assessments.
 */
function HostJobPage() {
  const [moved, setMoved] = useState(false);
  return (
    <div style={{ display: 'grid', gap: 32 }}>
      <InterviewPlanEditor jobId={JOB} />
      <section aria-labelledby="host-pipeline">
        <h2 id="host-pipeline">Pipeline</h2>
        <p>Ximena Ortiz · {moved ? 'Technical Assessment' : 'Recruiter Screen'}</p>
        <HostButton
          primary
          disabled={moved}
          onClick={() => {
            mockServer.mock.host.moveCandidate(CANDIDATE, TECHNICAL);
            setMoved(true);
          }}
        >
          Move Ximena Ortiz to Technical Assessment
        </HostButton>
      </section>
      {moved ? <CandidateAssessments candidateId={CANDIDATE} headingLevel={2} /> : null}
    </div>
  );
}

const meta = {
  title: 'Interview plan/Whole loop',
  component: HostJobPage,
} satisfies Meta<typeof HostJobPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The admin adds "Send SkillForge Assessment" under Technical Assessment and saves; the host moves a candidate into
 * that stage; the candidate's profile shows the plan-created assessment as Needs action; the recruiter sends it.
 */
export const ConfigureMoveAndSend: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findPlan(canvasElement);
    await userEvent.click(stage(canvasElement, 'Technical Assessment').getByRole('button', { name: 'Add activity to Technical Assessment' }));
    // Its connection is checked by a request of its own; the item does nothing until then.
    await userEvent.click(await findAvailableMenuItem('Send SkillForge Assessment'));
    const dialog = await findDialog('Send SkillForge Assessment');
    await pick(dialog.getByRole('combobox', { name: 'Test' }), 'SQL', /Data Engineer \(SQL \+ Python\) — Take-home/);
    await pick(dialog.getByRole('combobox', { name: 'Reviewers' }), 'Sofia', /Sofia Lindqvist/);
    await chooseOption(dialog.getByRole('combobox', { name: 'Template' }), 'Data pipeline exercise');
    await userEvent.click(dialog.getByRole('button', { name: 'Add assessment' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(canvas.getByRole('button', { name: 'Save plan' }));
    await expect(await canvas.findByText('Data Engineer · version 3')).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Move Ximena Ortiz to Technical Assessment' }));
    const needsAction = await canvas.findByText('Needs action');
    await expect(needsAction).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Send Data Engineer (SQL + Python) — Take-home' }));
    const send = await findDialog('Send assessment');
    await expect(send.getByText(/The “Technical Assessment” stage set this up/)).toBeVisible();
    await userEvent.click(send.getByRole('button', { name: 'Send assessment' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(canvas.queryByText('Needs action')).toBeNull());
    const sent = mockServer.mock.allAssessments().find((a) => a.candidateId === CANDIDATE && a.source === 'plan');
    await expect(sent).toMatchObject({ status: 'sent', testTitle: 'Data Engineer (SQL + Python) — Take-home' });
  },
};
