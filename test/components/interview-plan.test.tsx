import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InterviewPlanEditor } from '../../src/components/interview-plan';
import { isSendAssessmentActivity, type InterviewPlan } from '../../src/domain';
import { mockIds } from '../../src/mock';
import { mockServer, renderWithKit } from '../support/kit';
import { chooseOption } from '../support/choose-option';

/** The editor's section for one stage, by its name. */
function stage(name: string) {
  const heading = screen.getByRole('heading', { name: new RegExp(`\\b${name}$`) });
  return within(heading.closest('section')!);
}

async function renderEditor(jobId: string = mockIds.jobWithPlan, props: Partial<Parameters<typeof InterviewPlanEditor>[0]> = {}) {
  const onSaved = vi.fn();
  const onAnnounce = vi.fn();
  const result = renderWithKit(<InterviewPlanEditor jobId={jobId} onSaved={onSaved} {...props} />, { provider: { onAnnounce } });
  await screen.findByRole('list', { name: 'Hiring stages' });
  return { ...result, onSaved, onAnnounce };
}

/** Names of a stage's activities, in order. */
function activityNames(stageName: string) {
  return stage(stageName)
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('.ak-plan-activity__name')?.textContent);
}

async function stored(jobId: string = mockIds.jobWithPlan): Promise<InterviewPlan> {
  return mockServer.mock.backend.getInterviewPlan(jobId);
}

async function save(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Save plan' }));
  await screen.findByText('All changes saved.');
}

/** Chooses an option of a picker in the open dialog. */
async function pick(user: UserEvent, field: HTMLElement, search: string, option: RegExp) {
  await user.type(field, search);
  await user.click(await screen.findByRole('option', { name: option }));
}

// Several tests go through the activity dialog's pickers: room for a slow, shared machine.
describe('InterviewPlanEditor', { timeout: 20_000 }, () => {
  it('shows each stage with its activities, and an assessment activity’s provider, test, reviewers and scorecard', async () => {
    await renderEditor(mockIds.jobWithTwoProviders);
    expect(screen.getByRole('heading', { name: 'Interview plan', level: 2 })).toBeInTheDocument();
    expect(screen.getByText('Backend Engineer, Platform · version 1')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Stage 1 of 5: Application Review',
      'Stage 2 of 5: Technical Assessment',
      'Stage 3 of 5: Technical Deep Dive',
      'Stage 4 of 5: Onsite',
      'Stage 5 of 5: Offer',
    ]);
    const technical = stage('Technical Assessment');
    expect(activityNames('Technical Assessment')).toEqual(['Send CodeInterview Assessment', 'Assessment instructions email']);
    expect(technical.getByText('Backend (Go) — Take-home')).toBeInTheDocument();
    expect(await technical.findByText('Aisha Bello and Rahul Mehta')).toBeInTheDocument();
    expect(technical.getByText('3 custom questions')).toBeInTheDocument();
    expect(technical.getByText('Every reviewer')).toBeInTheDocument();
    expect(technical.getByText('A recruiter reviews and sends it')).toBeInTheDocument();
    expect(await stage('Technical Deep Dive').findByText('Backend system design')).toBeInTheDocument();
    expect(stage('Application Review').getByText('No activities yet.')).toBeInTheDocument();
  });

  it('says each stage once (a list named by its heading, not also a region), each icon button’s name once, and which question a field is in', async () => {
    const { user } = await renderEditor(mockIds.jobWithTwoProviders);
    expect(screen.getAllByRole('region')).toEqual([screen.getByRole('region', { name: 'Interview plan' })]);
    expect(screen.getByRole('list', { name: /^Stage 2 of 5:.*Technical Assessment$/ })).toBeInTheDocument();
    // A description that repeats the name is heard right after it, on every button of every row.
    const namedButtons = () => [...document.querySelectorAll<HTMLButtonElement>('button[aria-label]')];
    expect(namedButtons().length).toBeGreaterThan(20);
    for (const button of namedButtons()) expect(button).not.toHaveAccessibleDescription(button.getAttribute('aria-label')!);

    await user.click(stage('Technical Assessment').getByRole('button', { name: 'Edit Send CodeInterview Assessment' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit CodeInterview assessment' }));
    expect(await dialog.findByRole('button', { name: 'Remove question 3' })).toBeInTheDocument();
    for (const button of namedButtons()) expect(button).not.toHaveAccessibleDescription(button.getAttribute('aria-label')!);
    // Each question's fields say which question they belong to, as a list of form fields reads them.
    const second = within(dialog.getByRole('group', { name: 'Question 2' }));
    expect(second.getByRole('textbox', { name: 'Question 2' })).toBeInTheDocument();
    expect(second.getByRole('combobox', { name: 'Answer type for question 2' })).toBeInTheDocument();
    expect(second.getByRole('checkbox', { name: 'Required, question 2' })).toBeInTheDocument();
  });

  it('adds an assessment activity under a stage through Add activity, then saves it', async () => {
    const { user, onSaved, onAnnounce } = await renderEditor();
    await user.click(stage('Recruiter Screen').getByRole('button', { name: 'Add activity to Recruiter Screen' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Send SkillForge Assessment' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Send SkillForge Assessment' }));
    await pick(user, dialog.getByRole('combobox', { name: 'Test' }), 'Go', /^Backend \(Go\) — Take-home/);
    await pick(user, dialog.getByRole('combobox', { name: 'Reviewers' }), 'Maya', /Maya Goldberg/);
    await chooseOption(user, await dialog.findByRole('combobox', { name: 'Template' }), 'General technical screen');
    await user.click(dialog.getByRole('radio', { name: 'Any one reviewer' }));
    await user.click(dialog.getByRole('checkbox', { name: 'Send when a candidate enters the stage' }));
    await user.click(dialog.getByRole('button', { name: 'Add assessment' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(activityNames('Recruiter Screen')).toEqual(['Recruiter call', 'Send SkillForge Assessment']);
    expect(stage('Recruiter Screen').getByText('New')).toBeInTheDocument();
    expect(onAnnounce).toHaveBeenCalledWith('Send SkillForge Assessment added to Recruiter Screen. Save the plan to keep it.', 'polite');
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();

    await save(user);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ version: 4 }));
    const added = (await stored()).stages[1]!.activities[1];
    expect(added).toMatchObject({
      type: 'send_assessment',
      providerId: 'skillforge',
      testId: 'sf-test-2',
      testTitle: 'Backend (Go) — Take-home',
      reviewerIds: ['rev-1'],
      scorecard: { kind: 'template', templateId: 'tpl-general-screen' },
      feedbackFrom: 'any_reviewer',
      autoSend: true,
    });
    expect(screen.getByText('Senior Frontend Engineer · version 4')).toBeInTheDocument();
    expect(stage('Recruiter Screen').queryByText('New')).not.toBeInTheDocument();
  });

  it('edits an activity in the dialog, keeping fields the form doesn’t show', async () => {
    mockServer.mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
      const activity = plan.stages.flatMap((s) => s.activities).find(isSendAssessmentActivity)!;
      Object.assign(activity, { createdBy: 'usr-7' });
    });
    const { user } = await renderEditor();
    const technical = stage('Technical Assessment');
    await user.click(technical.getByRole('button', { name: 'Edit Send CodeInterview Assessment' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit CodeInterview assessment' }));
    await user.click(dialog.getByRole('radio', { name: 'Any one reviewer' }));
    await user.click(dialog.getByRole('button', { name: 'Save activity' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(technical.getByText('Any one reviewer')).toBeInTheDocument();
    expect(technical.getByText('Edited')).toBeInTheDocument();
    // Focus is back where the edit started.
    await waitFor(() => expect(technical.getByRole('button', { name: 'Edit Send CodeInterview Assessment' })).toHaveFocus());

    await save(user);
    const activity = (await stored()).stages[2]!.activities[0];
    expect(activity).toMatchObject({ id: mockIds.planActivity, feedbackFrom: 'any_reviewer', createdBy: 'usr-7', reviewerIds: ['rev-1', 'rev-2'] });
  });

  it('moves an activity to another stage and reorders it there, with focus following it, then saves the order', async () => {
    const { user, onAnnounce } = await renderEditor();
    await user.click(stage('Technical Assessment').getByRole('button', { name: 'Move Send CodeInterview Assessment to another stage' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Move to Onsite' }));
    expect(activityNames('Technical Assessment')).toEqual([]);
    expect(activityNames('Onsite')).toEqual(['Frontend system design', 'Pairing session', 'Values interview', 'Send CodeInterview Assessment']);
    expect(stage('Onsite').getByRole('button', { name: 'Move Send CodeInterview Assessment to another stage' })).toHaveFocus();
    expect(onAnnounce).toHaveBeenCalledWith('Send CodeInterview Assessment moved to position 4 of 4 in Onsite.', 'polite');

    const up = stage('Onsite').getByRole('button', { name: 'Move Send CodeInterview Assessment up' });
    await user.click(up);
    await user.click(stage('Onsite').getByRole('button', { name: 'Move Send CodeInterview Assessment up' }));
    expect(activityNames('Onsite')).toEqual(['Frontend system design', 'Send CodeInterview Assessment', 'Pairing session', 'Values interview']);
    expect(stage('Onsite').getByRole('button', { name: 'Move Send CodeInterview Assessment up' })).toHaveFocus();
    expect(stage('Onsite').getByText('Moved')).toBeInTheDocument();

    await save(user);
    const plan = await stored();
    expect(plan.stages[2]!.activities).toEqual([]);
    expect(plan.stages[4]!.activities.map((a) => a.id)).toEqual([
      'act-fe-onsite-design',
      mockIds.planActivity,
      'act-fe-onsite-pairing',
      'act-fe-onsite-values',
    ]);
  });

  it('does nothing past either end of a stage: the buttons say so and stay focusable', async () => {
    const { user } = await renderEditor();
    const first = stage('Onsite').getByRole('button', { name: 'Move Frontend system design up' });
    expect(first).toHaveAttribute('aria-disabled', 'true');
    await user.click(first);
    expect(activityNames('Onsite')[0]).toBe('Frontend system design');
    expect(screen.getByText('All changes saved.')).toBeInTheDocument();
  });

  it('removes an activity, puts focus on the stage’s Add activity, and saves without it', async () => {
    const { user, onAnnounce } = await renderEditor();
    await user.click(stage('Onsite').getByRole('button', { name: 'Remove Pairing session' }));
    expect(activityNames('Onsite')).toEqual(['Frontend system design', 'Values interview']);
    expect(stage('Onsite').getByRole('button', { name: 'Add activity to Onsite' })).toHaveFocus();
    expect(onAnnounce).toHaveBeenCalledWith('Pairing session removed from Onsite.', 'polite');
    await save(user);
    expect((await stored()).stages[4]!.activities.map((a) => a.id)).toEqual(['act-fe-onsite-design', 'act-fe-onsite-values']);
  });

  it('carries the host’s own activity and stage fields through edits and a save', async () => {
    mockServer.mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
      plan.stages[4]!.color = 'teal';
      plan.stages[4]!.activities.push({
        id: 'act-host-panel',
        type: 'interview',
        title: 'Panel',
        durationMinutes: 50,
        interviewerIds: ['rev-4', 'rev-9'],
        location: { room: 'Lisbon 2.01', capacity: 6 },
      });
    });
    const before = await stored();
    const { user } = await renderEditor();
    await user.click(stage('Onsite').getByRole('button', { name: 'Move Panel up' }));
    await user.click(stage('Offer').getByRole('button', { name: 'Remove Send offer letter' }));
    await save(user);

    const after = await stored();
    const byId = (plan: InterviewPlan) => new Map(plan.stages.flatMap((s) => s.activities).map((a) => [a.id, a]));
    for (const [id, activity] of byId(after)) expect(activity).toEqual(byId(before).get(id));
    expect(byId(after).get('act-host-panel')).toEqual({
      id: 'act-host-panel',
      type: 'interview',
      title: 'Panel',
      durationMinutes: 50,
      interviewerIds: ['rev-4', 'rev-9'],
      location: { room: 'Lisbon 2.01', capacity: 6 },
    });
    expect(after.stages[4]).toMatchObject({ color: 'teal' });
    expect(after.stages[1]).toMatchObject({ slaDays: 3 });
    expect(after).toMatchObject({ hiringTeamId: 'team-web-platform' });
  });

  it('shows an unreadable activity as such, and saves it back unchanged with the rest', async () => {
    const broken = { id: 'act-broken', type: 'send_assessment', providerId: 'codeinterview', reviewerIds: 'rev-1' };
    mockServer.mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
      plan.stages[2]!.activities.push(broken);
    });
    const { user } = await renderEditor();
    const technical = stage('Technical Assessment');
    expect(technical.getByText('An activity that can’t be shown')).toBeInTheDocument();
    expect(technical.queryByRole('button', { name: /^Edit An activity/ })).not.toBeInTheDocument();
    await user.click(stage('Offer').getByRole('button', { name: 'Remove Send offer letter' }));
    await save(user);
    expect((await stored()).stages[2]!.activities.at(-1)).toEqual(broken);
  });

  describe('when someone else saved first', () => {
    it('shows the conflict, keeps the edits, and re-applies them to the latest plan for review, never saving by itself', async () => {
      const { user, onAnnounce } = await renderEditor();
      await user.click(stage('Onsite').getByRole('button', { name: 'Remove Values interview' }));
      await user.click(stage('Technical Assessment').getByRole('button', { name: 'Move Send CodeInterview Assessment to another stage' }));
      await user.click(await screen.findByRole('menuitem', { name: 'Move to Hiring Manager Screen' }));
      // Another admin renames a stage and adds an activity meanwhile.
      mockServer.mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
        plan.stages[0]!.name = 'Application Screening';
        plan.stages[4]!.activities.unshift({ id: 'act-other-admin', type: 'interview', title: 'Lunch with the team' });
      });

      await user.click(screen.getByRole('button', { name: 'Save plan' }));
      const editor = within(screen.getByRole('region', { name: 'Interview plan' }));
      expect(await editor.findByText('Someone else saved this plan while you were editing')).toBeInTheDocument();
      expect(onAnnounce).toHaveBeenCalledWith('Someone else saved this plan while you were editing', 'assertive');
      expect(activityNames('Onsite')).toEqual(['Frontend system design', 'Pairing session']);
      expect(activityNames('Hiring Manager Screen')).toEqual(['Hiring manager screen', 'Send CodeInterview Assessment']);
      expect(screen.getByRole('button', { name: 'Save plan' })).toHaveAttribute('aria-disabled', 'true');
      expect((await stored()).version).toBe(4);

      await user.click(screen.getByRole('button', { name: 'Review latest plan' }));
      expect(await editor.findByText(/Your changes were re-applied to the latest plan \(version 4\)/)).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: /Application Screening$/ })).toBeInTheDocument();
      expect(activityNames('Onsite')).toEqual(['Lunch with the team', 'Frontend system design', 'Pairing session']);
      expect(activityNames('Hiring Manager Screen')).toEqual(['Hiring manager screen', 'Send CodeInterview Assessment']);
      expect((await stored()).version).toBe(4);

      await save(user);
      const plan = await stored();
      expect(plan.version).toBe(5);
      expect(plan.stages[0]!.name).toBe('Application Screening');
      expect(plan.stages[3]!.activities.map((a) => a.id)).toEqual(['act-fe-hm', mockIds.planActivity]);
      expect(plan.stages[4]!.activities.map((a) => a.id)).toEqual(['act-other-admin', 'act-fe-onsite-design', 'act-fe-onsite-pairing']);
    });

    it('moves focus from Review latest plan to the notice that replaces it, which is read once', async () => {
      const { user, onAnnounce } = await renderEditor();
      await user.click(stage('Onsite').getByRole('button', { name: 'Remove Values interview' }));
      mockServer.mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
        plan.stages[0]!.name = 'Application Screening';
      });
      await user.click(screen.getByRole('button', { name: 'Save plan' }));
      const review = await screen.findByRole('button', { name: 'Review latest plan' });
      review.focus();
      await user.keyboard('{Enter}');

      await screen.findByText(/Your changes were re-applied to the latest plan \(version 4\)/);
      expect(review).not.toBeInTheDocument();
      // The notice itself, not the page or the whole editor.
      await waitFor(() => expect(document.activeElement).toHaveClass('ak-plan__notice'));
      expect(document.activeElement).toHaveTextContent(/^Your changes were re-applied to the latest plan \(version 4\)/);
      expect(onAnnounce.mock.calls.map(([message]) => message)).not.toContainEqual(expect.stringMatching(/re-applied/));
    });

    it('offers to discard the edits instead, loading the latest plan', async () => {
      const { user } = await renderEditor();
      await user.click(stage('Onsite').getByRole('button', { name: 'Remove Values interview' }));
      mockServer.mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
        plan.stages[0]!.name = 'Application Screening';
      });
      await user.click(screen.getByRole('button', { name: 'Save plan' }));
      await user.click(await screen.findByRole('button', { name: 'Discard my changes' }));
      const confirm = within(await screen.findByRole('alertdialog', { name: 'Discard your changes to the plan?' }));
      await user.click(confirm.getByRole('button', { name: 'Discard changes' }));
      expect(await screen.findByRole('heading', { name: /Application Screening$/ })).toBeInTheDocument();
      expect(activityNames('Onsite')).toContain('Values interview');
      expect(screen.getByText('All changes saved.')).toBeInTheDocument();
    });
  });

  it('shows a failed save with the server’s reason on the activity it names, keeping the edits', async () => {
    const { user } = await renderEditor();
    await user.click(stage('Onsite').getByRole('button', { name: 'Remove Values interview' }));
    mockServer.faults.failNext({
      status: 422,
      route: 'saveInterviewPlan',
      fieldErrors: { 'stages.2.activities.0.testId': 'This test no longer exists.' },
    });
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The plan wasn’t saved');
    expect(stage('Technical Assessment').getByText('Not saved: This test no longer exists.')).toBeInTheDocument();
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
    expect(activityNames('Onsite')).not.toContain('Values interview');
  });

  it('warns before the page unloads while there are unsaved changes, and tells the host', async () => {
    const onDirtyChange = vi.fn();
    const { user } = await renderEditor(mockIds.jobWithPlan, { onDirtyChange });
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    await user.click(stage('Offer').getByRole('button', { name: 'Remove Send offer letter' }));
    expect(unload()).toBe(true);
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    await save(user);
    expect(unload()).toBe(false);
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
  });

  it('asks before discarding unsaved changes, and Discard goes back to the saved plan', async () => {
    const { user } = await renderEditor();
    await user.click(stage('Offer').getByRole('button', { name: 'Remove Send offer letter' }));
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    const confirm = within(await screen.findByRole('alertdialog', { name: 'Discard your changes to the plan?' }));
    expect(confirm.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(confirm.getByRole('button', { name: 'Keep editing' }));
    expect(activityNames('Offer')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(activityNames('Offer')).toEqual(['Send offer letter']));
    expect(screen.getByText('All changes saved.')).toBeInTheDocument();
  });

  it('flags an assessment activity whose test was archived at the vendor', async () => {
    mockServer.mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
      plan.stages.flatMap((s) => s.activities).find(isSendAssessmentActivity)!.testId = 'ci-test-13';
    });
    await renderEditor();
    const technical = stage('Technical Assessment');
    expect(technical.getByText('Archived')).toBeInTheDocument();
    expect(technical.getByText('Archived in CodeInterview: candidates can’t take it. Choose another test.')).toBeInTheDocument();
  });

  it('offers setup for a provider that isn’t connected, from Add activity', async () => {
    const onRequestSetup = vi.fn();
    const { user } = await renderEditor(mockIds.jobWithPlan, { onRequestSetup });
    await user.click(stage('Offer').getByRole('button', { name: 'Add activity to Offer' }));
    const item = await screen.findByRole('menuitem', { name: 'Send CodeInterview Assessment' });
    await waitFor(() => expect(item).toHaveAccessibleDescription('CodeInterview isn’t connected. Set up CodeInterview'));
    await user.click(item);
    expect(onRequestSetup).toHaveBeenCalledWith('codeinterview');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('says when the plan can’t be loaded, and Try again loads it', async () => {
    mockServer.faults.failNext({ status: 500, route: 'getInterviewPlan' });
    const { user } = renderWithKit(<InterviewPlanEditor jobId={mockIds.jobWithPlan} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The interview plan couldn’t be loaded');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Hiring stages' })).toBeInTheDocument();
  });

  it('says when a job has no stages', async () => {
    mockServer.mock.host.editPlan(mockIds.jobWithoutAssessmentActivity, (plan) => {
      plan.stages = [];
    });
    renderWithKit(<InterviewPlanEditor jobId={mockIds.jobWithoutAssessmentActivity} />);
    expect(await screen.findByText('This job has no hiring stages yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save plan' })).not.toBeInTheDocument();
  });
});
