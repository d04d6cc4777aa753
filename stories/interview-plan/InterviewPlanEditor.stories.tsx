import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { InterviewPlanEditor } from '../../src/components/interview-plan';
import { isSendAssessmentActivity } from '../../src/domain';
import { mockIds } from '../../src/mock';
import { mockServer } from '../support/mock-server';
import { deLocale, deText } from '../../src/locales/de';
import { findAvailableMenuItem, findDialog, findPlan, pick, settle, stage } from './helpers';
import { chooseOption } from '../support/choose-option';

const meta = {
  title: 'Interview plan/InterviewPlanEditor',
  component: InterviewPlanEditor,
  args: { jobId: mockIds.jobWithPlan, onSaved: fn(), onRequestSetup: fn(), onDirtyChange: fn() },
  argTypes: { jobId: { control: 'select', options: ['job-frontend', 'job-backend', 'job-data'] } },
} satisfies Meta<typeof InterviewPlanEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A plan with assessment activities: provider, test, reviewers, scorecard, feedback and sending at a glance. */
export const WithActivities: Story = {
  args: { jobId: mockIds.jobWithTwoProviders },
  play: async ({ canvasElement }) => {
    const canvas = await findPlan(canvasElement);
    await expect(canvas.getByText('Backend Engineer, Platform · version 1')).toBeVisible();
    const technical = stage(canvasElement, 'Technical Assessment');
    await expect(technical.getByText('Send CodeInterview Assessment')).toBeVisible();
    await expect(technical.getByText('3 custom questions')).toBeVisible();
    await expect(await technical.findByText('Aisha Bello and Rahul Mehta')).toBeVisible();
    const deepDive = stage(canvasElement, 'Technical Deep Dive');
    await expect(deepDive.getByText('Send SkillForge Assessment')).toBeVisible();
    await expect(await deepDive.findByText('Backend system design')).toBeVisible();
    await expect(deepDive.getByText('Any one reviewer')).toBeVisible();
    await expect(deepDive.getByText('Automatically when a candidate enters the stage')).toBeVisible();
    await expect(canvas.getByText('All changes saved.')).toBeVisible();
  },
};

/** The host's own activities keep every field they carry (duration, interviewers, location) through a save. */
export const HostActivityWithExtraFields: Story = {
  play: async ({ canvasElement, args }) => {
    await findPlan(canvasElement);
    const onsite = stage(canvasElement, 'Onsite');
    await userEvent.click(onsite.getByRole('button', { name: 'Move Pairing session up' }));
    await expect(onsite.getByRole('button', { name: 'Move Pairing session up' })).toHaveFocus();
    await expect(onsite.getAllByRole('listitem').map((item) => item.querySelector('.ak-plan-activity__name')?.textContent)).toEqual([
      'Pairing session',
      'Frontend system design',
      'Values interview',
    ]);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    const saved = await mockServer.mock.backend.getInterviewPlan(mockIds.jobWithPlan);
    const pairing = saved.stages.flatMap((s) => s.activities).find((a) => a.id === 'act-fe-onsite-pairing');
    await expect(pairing).toEqual({
      id: 'act-fe-onsite-pairing',
      type: 'interview',
      title: 'Pairing session',
      durationMinutes: 90,
      interviewerIds: ['rev-7'],
      location: 'Berlin office, room 3.14',
    });
    await expect(saved).toMatchObject({ hiringTeamId: 'team-web-platform' });
  },
};

/** Stages without activities yet: each says so and offers Add activity. */
export const EmptyPlan: Story = {
  args: { jobId: mockIds.jobWithoutAssessmentActivity },
  beforeEach() {
    mockServer.mock.host.editPlan(mockIds.jobWithoutAssessmentActivity, (plan) => {
      for (const s of plan.stages) s.activities = [];
    });
  },
  play: async ({ canvasElement }) => {
    const canvas = await findPlan(canvasElement);
    await expect(canvas.getAllByText('No activities yet.')).toHaveLength(4);
    await expect(canvas.getAllByRole('button', { name: /^Add activity to / })).toHaveLength(4);
  },
};

/** A job whose pipeline has no stages: nothing to add activities to, and the editor says what to do. */
export const NoStages: Story = {
  args: { jobId: mockIds.jobWithoutAssessmentActivity },
  beforeEach() {
    mockServer.mock.host.editPlan(mockIds.jobWithoutAssessmentActivity, (plan) => {
      plan.stages = [];
    });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('This job has no hiring stages yet')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Save plan' })).toBeNull();
  },
};

/** Add activity: one item per provider; a connected one adds, the others say why and offer setup. */
export const AddActivityMenu: Story = {
  play: async ({ canvasElement, args }) => {
    await findPlan(canvasElement);
    const recruiter = stage(canvasElement, 'Recruiter Screen');
    const button = recruiter.getByRole('button', { name: 'Add activity to Recruiter Screen' });
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    const menu = within(await screen.findByRole('menu', { name: 'Add activity to Recruiter Screen' }));
    await waitFor(() => expect(menu.getByRole('menuitem', { name: 'Send CodeInterview Assessment' })).toHaveFocus());
    // Each provider's connection is checked as the editor loads.
    await waitFor(() =>
      expect(menu.getByRole('menuitem', { name: 'Send CodeInterview Assessment' })).toHaveAccessibleDescription(
        'CodeInterview isn’t connected. Set up CodeInterview',
      ),
    );
    await expect(menu.getByRole('menuitem', { name: 'Send SkillForge Assessment' })).not.toHaveAttribute('aria-disabled');
    await waitFor(() =>
      expect(menu.getByRole('menuitem', { name: 'Send DevScreen Assessment' })).toHaveAccessibleDescription(
        /DevScreen needs attention: The API key was revoked in DevScreen\./,
      ),
    );
    await userEvent.keyboard('{Enter}');
    await expect(args.onRequestSetup).toHaveBeenCalledWith('codeinterview');
    await expect(button).toHaveFocus();
  },
};

/** Without `onRequestSetup`, providers that aren't connected are listed, unavailable, with why. */
export const AddActivityMenuWithoutSetup: Story = {
  args: { onRequestSetup: undefined },
  play: async ({ canvasElement }) => {
    await findPlan(canvasElement);
    await userEvent.click(stage(canvasElement, 'Technical Assessment').getByRole('button', { name: 'Add activity to Technical Assessment' }));
    const menu = within(await screen.findByRole('menu'));
    await waitFor(() =>
      expect(menu.getByRole('menuitem', { name: 'Send CodeInterview Assessment' })).toHaveAccessibleDescription('CodeInterview isn’t connected.'),
    );
    await expect(menu.getByRole('menuitem', { name: 'Send CodeInterview Assessment' })).toHaveAttribute('aria-disabled', 'true');
    // Each provider's connection is its own request: DevScreen's may land after CodeInterview's.
    await waitFor(() => expect(menu.getByRole('menuitem', { name: 'Send DevScreen Assessment' })).toHaveAttribute('aria-disabled', 'true'));
    // SkillForge's too: it is unavailable ("Checking the connection…") until its own answer lands.
    await waitFor(() => expect(menu.getByRole('menuitem', { name: 'Send SkillForge Assessment' })).not.toHaveAttribute('aria-disabled'));
  },
};

/** Adding an assessment activity: pick the test, reviewers and a template; it shows under the stage, marked New. */
export const AddAnActivity: Story = {
  play: async ({ canvasElement }) => {
    await findPlan(canvasElement);
    const recruiter = stage(canvasElement, 'Recruiter Screen');
    await userEvent.click(recruiter.getByRole('button', { name: 'Add activity to Recruiter Screen' }));
    await userEvent.click(await findAvailableMenuItem('Send SkillForge Assessment'));
    const dialog = await findDialog('Send SkillForge Assessment');
    await pick(dialog.getByRole('combobox', { name: 'Test' }), 'Go', /Backend \(Go\) — Take-home/);
    await pick(dialog.getByRole('combobox', { name: 'Reviewers' }), 'Maya', /Maya Goldberg/);
    await chooseOption(dialog.getByRole('combobox', { name: 'Template' }), 'General technical screen');
    await userEvent.click(dialog.getByRole('button', { name: 'Add assessment' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(recruiter.getByText('Send SkillForge Assessment')).toBeVisible();
    await expect(recruiter.getByText('New')).toBeVisible();
    await expect(within(canvasElement).getByText('You have unsaved changes.')).toBeVisible();
  },
};

/** Saving: the plan's new version, and the save bar back to "All changes saved". */
export const Saving: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await findPlan(canvasElement);
    const technical = stage(canvasElement, 'Technical Assessment');
    await userEvent.click(await technical.findByRole('button', { name: 'Move Send CodeInterview Assessment to another stage' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Move to Recruiter Screen' }));
    await expect(stage(canvasElement, 'Recruiter Screen').getByText('Moved')).toBeVisible();
    // A slow server: the button stays busy (and focusable) until the answer.
    mockServer.setLatency(600);
    const save = canvas.getByRole('button', { name: 'Save plan' });
    await userEvent.click(save);
    await expect(save).toHaveAttribute('aria-busy', 'true');
    await expect(await canvas.findByText('Senior Frontend Engineer · version 4')).toBeVisible();
    await expect(save).not.toHaveAttribute('aria-busy');
    await expect(canvas.getByText('All changes saved.')).toBeVisible();
    await expect(args.onSaved).toHaveBeenCalledWith(expect.objectContaining({ version: 4 }));
  },
};

/** Someone else saved first: the edits stay, and Review latest plan re-applies them to the new version. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await findPlan(canvasElement);
    await userEvent.click(stage(canvasElement, 'Onsite').getByRole('button', { name: 'Remove Values interview' }));
    // Another admin renames a stage meanwhile.
    mockServer.mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
      plan.stages[0]!.name = 'Application Screening';
    });
    await userEvent.click(canvas.getByRole('button', { name: 'Save plan' }));
    await expect(await canvas.findByText('Someone else saved this plan while you were editing')).toBeVisible();
    await expect(canvas.queryByText('Values interview')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Review latest plan' }));
    await expect(await canvas.findByText(/re-applied to the latest plan \(version 4\)/)).toBeVisible();
    await expect(canvas.getByRole('heading', { name: /Application Screening$/ })).toBeVisible();
    await expect(canvas.queryByText('Values interview')).toBeNull();
    await expect(canvas.getByText('You have unsaved changes.')).toBeVisible();
  },
};

/** Discarding unsaved changes asks first, with Keep editing focused. */
export const UnsavedChangesWarning: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await findPlan(canvasElement);
    await userEvent.click(stage(canvasElement, 'Offer').getByRole('button', { name: 'Remove Send offer letter' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Discard changes' }));
    const confirm = await findDialog('Discard your changes to the plan?', 'alertdialog');
    await expect(confirm.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
  },
};

/** A test archived at the vendor: flagged on the activity, with what to do. */
export const ArchivedTest: Story = {
  beforeEach() {
    mockServer.mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
      const activity = plan.stages.flatMap((s) => s.activities).find(isSendAssessmentActivity)!;
      activity.testId = 'ci-test-13';
    });
  },
  play: async ({ canvasElement }) => {
    await findPlan(canvasElement);
    const technical = stage(canvasElement, 'Technical Assessment');
    await expect(technical.getByText('Archived')).toBeVisible();
    await expect(technical.getByText('Archived in CodeInterview: candidates can’t take it. Choose another test.')).toBeVisible();
  },
};

/** An assessment activity the kit can't read: shown as such, kept, and the rest of the plan works and saves. */
export const UnreadableActivity: Story = {
  beforeEach() {
    mockServer.mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
      plan.stages[2]!.activities.push({ id: 'act-broken', type: 'send_assessment', providerId: 'codeinterview' });
    });
  },
  play: async ({ canvasElement, args }) => {
    const canvas = await findPlan(canvasElement);
    const technical = stage(canvasElement, 'Technical Assessment');
    await expect(technical.getByText('An activity that can’t be shown')).toBeVisible();
    await userEvent.click(stage(canvasElement, 'Offer').getByRole('button', { name: 'Remove Send offer letter' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    const saved = await mockServer.mock.backend.getInterviewPlan(mockIds.jobWithPlan);
    await expect(saved.stages[2]!.activities.at(-1)).toEqual({ id: 'act-broken', type: 'send_assessment', providerId: 'codeinterview' });
  },
};

/** The plan could not be loaded: the reason and Try again. */
export const LoadError: Story = {
  beforeEach() {
    // Enough failures to outlast the kit's own retries of a 503.
    mockServer.faults.failNext({ status: 503, route: 'getInterviewPlan', times: 3 });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('The interview plan couldn’t be loaded', undefined, { timeout: 10_000 })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await findPlan(canvasElement);
  },
};

/** Every string in German (dates and lists in de-DE): long words wrap, nothing overflows. */
export const German: Story = {
  args: { jobId: mockIds.jobWithTwoProviders },
  parameters: { kitProvider: { locale: deLocale, text: deText } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('list', { name: 'Einstellungsphasen' });
    await expect(canvas.getAllByText('CodeInterview-Assessment senden').length).toBeGreaterThan(0);
    await expect(await canvas.findByText('Aisha Bello und Rahul Mehta')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Plan speichern' })).toBeVisible();
  },
};

/** The dark theme. */
export const Dark: Story = {
  args: { jobId: mockIds.jobWithTwoProviders },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await findPlan(canvasElement);
    await expect(canvasElement.querySelector('[data-ak-theme="dark"]')).not.toBeNull();
    await settle();
  },
};
