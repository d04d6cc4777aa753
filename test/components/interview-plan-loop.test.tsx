import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InterviewPlanEditor } from '../../src/components/interview-plan';
import { mockIds } from '../../src/mock';
import { mockServer, renderWithKit } from '../support/kit';
import { chooseOption } from '../support/choose-option';

const JOB = mockIds.jobWithoutAssessmentActivity;
const STAGE = 'stage-data-technical';
const CANDIDATE = 'cand-24';

/** Adds "Send SkillForge Assessment" under Technical Assessment through the editor and saves the plan. */
async function configurePlan(user: UserEvent, { autoSend }: { autoSend: boolean }) {
  await screen.findByRole('list', { name: 'Hiring stages' });
  await user.click(screen.getByRole('button', { name: 'Add activity to Technical Assessment' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Send SkillForge Assessment' }));
  const dialog = within(await screen.findByRole('dialog', { name: 'Send SkillForge Assessment' }));
  await user.type(dialog.getByRole('combobox', { name: 'Test' }), 'SQL');
  await user.click(await screen.findByRole('option', { name: /Data Engineer \(SQL \+ Python\) — Take-home/ }));
  await user.type(dialog.getByRole('combobox', { name: 'Reviewers' }), 'Sofia');
  await user.click(await screen.findByRole('option', { name: /Sofia Lindqvist/ }));
  await chooseOption(user, await dialog.findByRole('combobox', { name: 'Template' }), 'Data pipeline exercise');
  if (autoSend) await user.click(dialog.getByRole('checkbox', { name: 'Send when a candidate enters the stage' }));
  await user.click(dialog.getByRole('button', { name: 'Add assessment' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  await user.click(screen.getByRole('button', { name: 'Save plan' }));
  await screen.findByText('All changes saved.');
}

// Each test configures a plan through the dialog's pickers first: room for a slow, shared machine.
describe('the plan-to-candidate loop', { timeout: 20_000 }, () => {
  it('creates the candidate’s assessment in not_sent with the activity’s test, reviewers and scorecard when the host moves them', async () => {
    const { user, backend } = renderWithKit(<InterviewPlanEditor jobId={JOB} />);
    await configurePlan(user, { autoSend: false });

    const [created] = mockServer.mock.host.moveCandidate(CANDIDATE, STAGE);

    const listed = (await backend.listCandidateAssessments(CANDIDATE)).find((a) => a.id === created!.id);
    expect(listed).toMatchObject({
      status: 'not_sent',
      source: 'plan',
      stageName: 'Technical Assessment',
      providerId: 'skillforge',
      testTitle: 'Data Engineer (SQL + Python) — Take-home',
      scorecard: { kind: 'template', templateId: 'tpl-data-pipeline' },
    });
    expect(listed!.reviewers.map((r) => r.name)).toEqual(['Sofia Lindqvist']);
    const plan = await backend.getInterviewPlan(JOB);
    expect(listed!.activityId).toBe(plan.stages.find((s) => s.id === STAGE)!.activities[0]!.id);
  });

  it('sends it at once when the activity sends on entering the stage', async () => {
    const { user, backend } = renderWithKit(<InterviewPlanEditor jobId={JOB} />);
    await configurePlan(user, { autoSend: true });

    const [created] = mockServer.mock.host.moveCandidate(CANDIDATE, STAGE);

    const listed = (await backend.listCandidateAssessments(CANDIDATE)).find((a) => a.id === created!.id);
    expect(listed).toMatchObject({ status: 'sent', source: 'plan' });
    expect(listed!.history.at(-1)?.note).toBe('Sent automatically by the interview plan');
  });
});
