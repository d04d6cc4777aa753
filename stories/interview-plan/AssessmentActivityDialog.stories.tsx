import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor } from 'storybook/test';
import { AssessmentActivityDialog } from '../../src/components/interview-plan';
import type { SendAssessmentActivity } from '../../src/domain';
import { mockIds } from '../../src/mock';
import { HostButton } from '../support/host-button';
import { deLocale, deText } from '../../src/locales/de';
import { findDialog, pick } from './helpers';
import { chooseOption } from '../support/choose-option';

/** An activity whose scorecard has a question of every type. */
const everyTypeActivity: SendAssessmentActivity = {
  id: 'act-story-every-type',
  type: 'send_assessment',
  providerId: mockIds.connectedProvider,
  testId: mockIds.skillForgeTest,
  testTitle: 'Senior Frontend (React) — Take-home',
  testArchived: false,
  reviewerIds: ['rev-1', 'rev-13'],
  scorecard: {
    kind: 'questions',
    questions: [
      { id: 'q1', prompt: 'Code quality', type: 'stars', required: true, options: [] },
      { id: 'q2', prompt: 'Overall score', type: 'score', required: true, options: [] },
      { id: 'q3', prompt: 'Would you hire?', type: 'yes_no', required: true, options: [] },
      { id: 'q4', prompt: 'Strengths and concerns', type: 'text', required: false, options: [] },
      { id: 'q5', prompt: 'Level', type: 'single_select', required: true, options: ['Junior', 'Mid-level', 'Senior'] },
      { id: 'q6', prompt: 'Areas handled well', type: 'multi_select', required: false, options: ['Testing', 'Accessibility', 'Performance'] },
    ],
  },
  feedbackFrom: 'any_reviewer',
  autoSend: true,
};

const meta = {
  title: 'Interview plan/AssessmentActivityDialog',
  component: AssessmentActivityDialog,
  args: {
    providerId: mockIds.connectedProvider,
    stageName: 'Technical Assessment',
    defaultOpen: true,
    trigger: <HostButton>Add SkillForge assessment</HostButton>,
    onSave: fn(),
    onOpenChange: fn(),
  },
  argTypes: { trigger: { control: false }, providerId: { control: 'select', options: ['codeinterview', 'skillforge', 'devscreen'] } },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof AssessmentActivityDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A new activity from a scorecard template: the template's questions show before adding. */
export const WithTemplate: Story = {
  play: async ({ args }) => {
    const dialog = await findDialog('Send SkillForge Assessment');
    await expect(dialog.getByText('Every candidate who enters Technical Assessment gets this assessment.')).toBeVisible();
    await pick(dialog.getByRole('combobox', { name: 'Test' }), 'Data', /Data Engineer \(SQL \+ Python\) — Take-home/);
    await pick(dialog.getByRole('combobox', { name: 'Reviewers' }), 'Sofia', /Sofia Lindqvist/);
    await chooseOption(dialog.getByRole('combobox', { name: 'Template' }), 'Data pipeline exercise');
    await expect(dialog.getByText('4 questions')).toBeVisible();
    await expect(dialog.getByText('Tools used appropriately')).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: 'Add assessment' }));
    await waitFor(() => expect(args.onSave).toHaveBeenCalledTimes(1));
    await expect(args.onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'send_assessment',
        providerId: 'skillforge',
        testTitle: 'Data Engineer (SQL + Python) — Take-home',
        reviewerIds: ['rev-5'],
        scorecard: { kind: 'template', templateId: 'tpl-data-pipeline' },
        feedbackFrom: 'every_reviewer',
        autoSend: false,
      }),
    );
  },
};

/** Questions written in place, one of every type; choice questions list their choices. */
export const CustomQuestionsOfEveryType: Story = {
  args: { activity: everyTypeActivity },
  play: async () => {
    const dialog = await findDialog('Edit SkillForge assessment');
    const types = dialog.getAllByRole('combobox', { name: /^Answer type for question \d+$/ });
    await expect(types.map((select) => select.textContent)).toEqual([
      'Stars (1–5)',
      'Score (1–10)',
      'Yes or no',
      'Open text',
      'One choice',
      'Several choices',
    ]);
    await expect(dialog.getAllByRole('textbox', { name: /^Choice \d$/ })).toHaveLength(6);
    await expect(dialog.getByRole('radio', { name: 'Any one reviewer' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'Send when a candidate enters the stage' })).toBeChecked();
    await expect(await dialog.findByText('Maya Goldberg')).toBeVisible();
  },
};

/** Submitting with everything missing: each problem on its field, focus on the first. */
export const ValidationErrors: Story = {
  play: async ({ args }) => {
    const dialog = await findDialog('Send SkillForge Assessment');
    await userEvent.click(dialog.getByRole('radio', { name: 'Write questions' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Add question' }));
    await chooseOption(dialog.getByRole('combobox', { name: /^Answer type for question \d+$/ }), 'One choice');
    await userEvent.type(dialog.getByRole('textbox', { name: 'Choice 1' }), 'Senior');
    await userEvent.type(dialog.getByRole('textbox', { name: 'Choice 2' }), 'senior');
    await userEvent.click(dialog.getByRole('button', { name: 'Add assessment' }));
    await expect(await dialog.findByText('Choose a test.')).toBeVisible();
    await expect(dialog.getByText('Choose at least one reviewer.')).toBeVisible();
    await expect(dialog.getByText('Enter the question.')).toBeVisible();
    await expect(dialog.getByText('This choice is already listed.')).toBeVisible();
    await expect(dialog.getByText('Give at least two choices.')).toBeVisible();
    await waitFor(() => expect(dialog.getByRole('combobox', { name: 'Test' })).toHaveFocus());
    await expect(args.onSave).not.toHaveBeenCalled();
  },
};

/** Closing with unsaved input asks first; Keep editing goes back with the input kept. */
export const UnsavedChangesWarning: Story = {
  play: async ({ args }) => {
    const dialog = await findDialog('Send SkillForge Assessment');
    await userEvent.click(dialog.getByRole('checkbox', { name: 'Send when a candidate enters the stage' }));
    await userEvent.keyboard('{Escape}');
    const confirm = await findDialog('Discard this activity’s changes?', 'alertdialog');
    await expect(confirm.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await userEvent.click(confirm.getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await expect(dialog.getByRole('checkbox', { name: 'Send when a candidate enters the stage' })).toBeChecked();
    await expect(args.onOpenChange).not.toHaveBeenCalledWith(false);
  },
};

/** Editing an activity whose test the vendor archived: the form says so and what to do. */
export const ArchivedTest: Story = {
  args: {
    activity: { ...everyTypeActivity, testId: mockIds.archivedSkillForgeTest, testTitle: 'Embedded (C++) — Take-home', testArchived: true },
  },
  play: async () => {
    const dialog = await findDialog('Edit SkillForge assessment');
    await expect(
      dialog.getByText('This test was archived in SkillForge: candidates can’t take it. Choose another test.'),
    ).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Test' })).toHaveAccessibleDescription(/archived in SkillForge/);
  },
};

/** A provider that isn't connected: the activity can be set up, and the dialog says nothing is sent until it is. */
export const ProviderNotConnected: Story = {
  args: { providerId: mockIds.notConnectedProvider, trigger: <HostButton>Add CodeInterview assessment</HostButton> },
  play: async () => {
    const dialog = await findDialog('Send CodeInterview Assessment');
    await expect(await dialog.findByText(/CodeInterview isn’t connected\. You can set up the activity now/)).toBeVisible();
  },
};

/** The kit's own select, its list open from the keyboard over the dialog (axe checks it open). */
export const AnswerTypeListOpen: Story = {
  args: { activity: everyTypeActivity },
  play: async () => {
    const dialog = await findDialog('Edit SkillForge assessment');
    const type = dialog.getByRole('combobox', { name: 'Answer type for question 2' });
    type.focus();
    await userEvent.keyboard('{ArrowDown}');
    const list = await screen.findByRole('listbox', { name: 'Answer type for question 2' });
    // It fades in: visible once its first frames are painted.
    await waitFor(() => expect(list).toBeVisible());
    await expect(screen.getByRole('option', { name: 'Score (1–10)', selected: true })).toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    await expect(type).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Yes or no' }).id);
  },
};

/** German, with long words in labels and hints. */
export const German: Story = {
  args: { activity: everyTypeActivity },
  parameters: { kitProvider: { locale: deLocale, text: deText } },
  play: async () => {
    const dialog = await findDialog('SkillForge-Assessment bearbeiten');
    await expect(dialog.getByRole('button', { name: 'Aktivität speichern' })).toBeVisible();
    await expect(dialog.getByRole('radio', { name: 'Eine bewertende Person' })).toBeChecked();
  },
};

/** The dark theme, questions of every type. */
export const Dark: Story = {
  args: { activity: everyTypeActivity },
  globals: { theme: 'dark' },
  play: async () => {
    await findDialog('Edit SkillForge assessment');
    await expect(document.querySelector('.ak-dialog-root[data-ak-theme="dark"]')).not.toBeNull();
  },
};
