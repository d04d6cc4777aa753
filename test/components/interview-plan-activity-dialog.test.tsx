import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AssessmentActivityDialog, useAssessmentActivityOptions } from '../../src/components/interview-plan';
import type { ScorecardQuestion, SendAssessmentActivity } from '../../src/domain';
import { mockIds } from '../../src/mock';
import { renderWithKit } from '../support/kit';
import { chooseOption } from '../support/choose-option';

const existingQuestions: ScorecardQuestion[] = [
  { id: 'q1', prompt: 'API design', type: 'stars', required: true, options: [] },
  { id: 'q2', prompt: 'Storage choice', type: 'single_select', required: false, options: ['Relational', 'Document'] },
  { id: 'q3', prompt: 'Notes', type: 'text', required: false, options: [] },
];

const existing: SendAssessmentActivity = {
  id: 'act-1',
  type: 'send_assessment',
  providerId: 'skillforge',
  testId: 'sf-test-2',
  testTitle: 'Backend (Go) — Take-home',
  testArchived: false,
  reviewerIds: ['rev-3'],
  scorecard: { kind: 'questions', questions: existingQuestions },
  feedbackFrom: 'every_reviewer',
  autoSend: false,
  // A field of the host's own, which the form doesn't show.
  createdBy: 'usr-7',
};

function renderDialog(props: Partial<Parameters<typeof AssessmentActivityDialog>[0]> = {}) {
  const onSave = vi.fn();
  const onOpenChange = vi.fn();
  const onAnnounce = vi.fn();
  const result = renderWithKit(
    <AssessmentActivityDialog
      providerId={mockIds.connectedProvider}
      stageName="Technical Assessment"
      defaultOpen
      onSave={onSave}
      onOpenChange={onOpenChange}
      {...props}
    />,
    { provider: { onAnnounce } },
  );
  return { ...result, onSave, onOpenChange, onAnnounce };
}

async function findDialog(name: string | RegExp = 'Send SkillForge Assessment') {
  return within(await screen.findByRole('dialog', { name }));
}

async function pick(user: UserEvent, field: HTMLElement, search: string, option: RegExp) {
  await user.type(field, search);
  await user.click(await screen.findByRole('option', { name: option }));
}

/** The questions' texts, in order. */
function prompts(dialog: ReturnType<typeof within>) {
  return dialog.getAllByRole('textbox', { name: /^Question \d+$/ }).map((input: HTMLElement) => (input as HTMLInputElement).value);
}

/** The question cards, by their legend ("Question 2"). */
function question(dialog: ReturnType<typeof within>, position: number) {
  return within(dialog.getByRole('group', { name: `Question ${position}` }));
}

// Most tests type into the pickers and the question editor: room for a slow, shared machine.
describe('AssessmentActivityDialog', { timeout: 20_000 }, () => {
  it('hands back a new activity with test, reviewers, template, whose feedback counts and auto-send', async () => {
    const { user, onSave, onOpenChange } = renderDialog();
    const dialog = await findDialog();
    expect(dialog.getByText('Every candidate who enters Technical Assessment gets this assessment.')).toBeInTheDocument();
    await waitFor(() => expect(dialog.getByRole('combobox', { name: 'Test' })).toHaveFocus());
    await pick(user, dialog.getByRole('combobox', { name: 'Test' }), 'kotlin', /Mobile \(Android, Kotlin\) — Take-home/);
    await pick(user, dialog.getByRole('combobox', { name: 'Reviewers' }), 'Aisha', /Aisha Bello/);
    await chooseOption(user, await dialog.findByRole('combobox', { name: 'Template' }), 'Pairing session debrief');
    expect(dialog.getByText('3 questions')).toBeInTheDocument();
    expect(dialog.getByText('Would pair with them again?')).toBeInTheDocument();
    await user.click(dialog.getByRole('checkbox', { name: 'Send when a candidate enters the stage' }));
    await user.click(dialog.getByRole('button', { name: 'Add assessment' }));

    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const activity = onSave.mock.calls[0]![0] as SendAssessmentActivity;
    expect(activity).toEqual({
      id: expect.stringMatching(/^act-/),
      type: 'send_assessment',
      providerId: 'skillforge',
      testId: 'sf-test-10',
      testTitle: 'Mobile (Android, Kotlin) — Take-home',
      testArchived: false,
      reviewerIds: ['rev-3'],
      scorecard: { kind: 'template', templateId: 'tpl-pairing-debrief' },
      feedbackFrom: 'every_reviewer',
      autoSend: true,
    });
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });

  it('shows every problem at once on its field, and focuses the first', async () => {
    const { user, onSave } = renderDialog();
    const dialog = await findDialog();
    await user.click(dialog.getByRole('button', { name: 'Add assessment' }));
    expect(await dialog.findByText('Choose a test.')).toBeInTheDocument();
    expect(dialog.getByRole('combobox', { name: 'Test' })).toHaveAccessibleDescription(/Choose a test\./);
    expect(dialog.getByRole('combobox', { name: 'Reviewers' })).toHaveAccessibleDescription(/Choose at least one reviewer\./);
    expect(dialog.getByRole('combobox', { name: 'Template' })).toHaveAccessibleDescription('Choose a template.');
    await waitFor(() => expect(dialog.getByRole('combobox', { name: 'Test' })).toHaveFocus());

    await user.click(dialog.getByRole('radio', { name: 'Write questions' }));
    await user.click(dialog.getByRole('button', { name: 'Add assessment' }));
    expect(await dialog.findByText('Add at least one question.')).toBeInTheDocument();

    await user.click(dialog.getByRole('button', { name: 'Add question' }));
    expect(question(dialog, 1).getByRole('textbox', { name: /^Question \d+$/ })).toHaveFocus();
    await chooseOption(user, question(dialog, 1).getByRole('combobox', { name: /^Answer type for question \d+$/ }), 'Several choices');
    await user.type(question(dialog, 1).getByRole('textbox', { name: 'Choice 1' }), ' Testing ');
    await user.type(question(dialog, 1).getByRole('textbox', { name: 'Choice 2' }), 'testing');
    await user.click(question(dialog, 1).getByRole('button', { name: 'Add choice' }));
    await user.click(dialog.getByRole('button', { name: 'Add assessment' }));

    const first = question(dialog, 1);
    expect(await first.findByText('Enter the question.')).toBeInTheDocument();
    expect(first.getByRole('textbox', { name: 'Choice 2' })).toHaveAccessibleDescription('This choice is already listed.');
    expect(first.getByRole('textbox', { name: 'Choice 3' })).toHaveAccessibleDescription('Enter the choice, or remove it.');
    expect(first.getByText('Give at least two choices.')).toBeInTheDocument();
    expect(dialog.queryByText('Add at least one question.')).not.toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('builds questions of every type in place, reorders and removes them with the keyboard, and hands them back', async () => {
    const { user, onSave, onAnnounce } = renderDialog({ activity: existing });
    const dialog = await findDialog('Edit SkillForge assessment');
    expect(await dialog.findByText('Aisha Bello')).toBeInTheDocument();
    expect(question(dialog, 2).getAllByRole('textbox', { name: /^Choice/ }).map((i) => (i as HTMLInputElement).value)).toEqual([
      'Relational',
      'Document',
    ]);

    // Question 3 ("Notes") moves to the top with the keyboard; focus stays on the button that moved it.
    question(dialog, 3).getByRole('button', { name: 'Move question 3 up' }).focus();
    await user.keyboard('{Enter}');
    expect(dialog.getByRole('button', { name: 'Move question 2 up' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(dialog.getByRole('button', { name: 'Move question 1 up' })).toHaveFocus();
    expect(dialog.getByRole('button', { name: 'Move question 1 up' })).toHaveAttribute('aria-disabled', 'true');
    expect(onAnnounce).toHaveBeenCalledWith('Question 2 is now question 1.', 'polite');
    await user.click(question(dialog, 2).getByRole('button', { name: 'Remove question 2' }));
    expect(onAnnounce).toHaveBeenCalledWith('Question 2 removed.', 'polite');
    expect(prompts(dialog)).toEqual(['Notes', 'Storage choice']);

    for (const type of ['Stars (1–5)', 'Score (1–10)', 'Yes or no', 'Several choices'] as const) {
      await user.click(dialog.getByRole('button', { name: 'Add question' }));
      const added = question(dialog, prompts(dialog).length);
      expect(added.getByRole('textbox', { name: /^Question \d+$/ })).toHaveFocus();
      await user.keyboard(`Rate: ${type}`);
      await chooseOption(user, added.getByRole('combobox', { name: /^Answer type for question \d+$/ }), type);
    }
    const multi = question(dialog, 6);
    await user.type(multi.getByRole('textbox', { name: 'Choice 1' }), ' Testing ');
    await user.type(multi.getByRole('textbox', { name: 'Choice 2' }), 'Accessibility');
    await user.click(multi.getByRole('checkbox', { name: /^Required, question \d+$/ }));
    await user.click(dialog.getByRole('button', { name: 'Save activity' }));

    await waitFor(() => expect(onSave).toHaveBeenCalled());
    const { scorecard } = onSave.mock.calls[0]![0] as SendAssessmentActivity;
    expect(scorecard.kind === 'questions' && scorecard.questions.map(({ prompt, type, required, options }) => ({ prompt, type, required, options }))).toEqual([
      { prompt: 'Notes', type: 'text', required: false, options: [] },
      { prompt: 'Storage choice', type: 'single_select', required: false, options: ['Relational', 'Document'] },
      { prompt: 'Rate: Stars (1–5)', type: 'stars', required: true, options: [] },
      { prompt: 'Rate: Score (1–10)', type: 'score', required: true, options: [] },
      { prompt: 'Rate: Yes or no', type: 'yes_no', required: true, options: [] },
      { prompt: 'Rate: Several choices', type: 'multi_select', required: false, options: ['Testing', 'Accessibility'] },
    ]);
  });

  it('keeps the activity’s id and the host’s own fields when it is edited', async () => {
    const { user, onSave } = renderDialog({ activity: existing });
    const dialog = await findDialog('Edit SkillForge assessment');
    await user.click(dialog.getByRole('radio', { name: 'Any one reviewer' }));
    await user.click(question(dialog, 1).getByRole('checkbox', { name: /^Required, question \d+$/ }));
    await user.click(dialog.getByRole('button', { name: 'Save activity' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    const [first, ...rest] = existingQuestions;
    expect(onSave.mock.calls[0]![0]).toEqual({
      ...existing,
      feedbackFrom: 'any_reviewer',
      scorecard: { kind: 'questions', questions: [{ ...first!, required: false }, ...rest] },
    });
  });

  it('copies a template’s questions into questions of the activity’s own, to change in place', async () => {
    const { user, onSave } = renderDialog();
    const dialog = await findDialog();
    await pick(user, dialog.getByRole('combobox', { name: 'Test' }), 'Go', /^Backend \(Go\) — Take-home/);
    await pick(user, dialog.getByRole('combobox', { name: 'Reviewers' }), 'Kenji', /Kenji Watanabe/);
    await chooseOption(user, await dialog.findByRole('combobox', { name: 'Template' }), 'Pairing session debrief');
    await user.click(dialog.getByRole('button', { name: 'Copy into my own questions' }));
    expect(dialog.getByRole('radio', { name: 'Write questions' })).toBeChecked();
    const prompts = dialog.getAllByRole('textbox', { name: /^Question \d+$/ });
    expect(prompts.map((i) => (i as HTMLInputElement).value)).toEqual(['Collaboration', 'Debugging approach', 'Would pair with them again?']);
    await user.clear(prompts[0]!);
    await user.type(prompts[0]!, 'Collaboration under pressure');
    await user.click(dialog.getByRole('button', { name: 'Add assessment' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    const { scorecard } = onSave.mock.calls[0]![0] as SendAssessmentActivity;
    expect(scorecard.kind === 'questions' && scorecard.questions.map((q) => [q.prompt, q.type])).toEqual([
      ['Collaboration under pressure', 'score'],
      ['Debugging approach', 'stars'],
      ['Would pair with them again?', 'yes_no'],
    ]);
  });

  it('asks before closing with unsaved input; Keep editing keeps it, Discard closes', async () => {
    const { user, onOpenChange } = renderDialog();
    const dialog = await findDialog();
    await user.click(dialog.getByRole('checkbox', { name: 'Send when a candidate enters the stage' }));
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    let confirm = within(await screen.findByRole('alertdialog', { name: 'Discard this activity’s changes?' }));
    expect(confirm.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(confirm.getByRole('button', { name: 'Keep editing' }));
    expect(dialog.getByRole('checkbox', { name: 'Send when a candidate enters the stage' })).toBeChecked();
    expect(onOpenChange).not.toHaveBeenCalled();

    await user.keyboard('{Escape}');
    confirm = within(await screen.findByRole('alertdialog'));
    await user.click(confirm.getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('closes at once when nothing was changed', async () => {
    const { user, onOpenChange } = renderDialog({ activity: existing });
    const dialog = await findDialog('Edit SkillForge assessment');
    await user.click(dialog.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('stays open with the input when the host’s save fails, and closes once it succeeds', async () => {
    let attempts = 0;
    const onSave = vi.fn(() => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve()));
    const { user } = renderDialog({ activity: existing, onSave });
    const dialog = await findDialog('Edit SkillForge assessment');
    await user.click(dialog.getByRole('button', { name: 'Save activity' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent('The activity couldn’t be saved. Try again.');
    await user.click(dialog.getByRole('button', { name: 'Save activity' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onSave).toHaveBeenCalledTimes(2);
  });

  it('stays open while the host stores it, saying why on Escape, and puts focus on Try again after a failure', async () => {
    let settle: { resolve: () => void; reject: (error: Error) => void } | null = null;
    const onSave = vi.fn(() => new Promise<void>((resolve, reject) => (settle = { resolve, reject })));
    const { user, onAnnounce, onOpenChange } = renderDialog({ activity: existing, onSave });
    const dialog = await findDialog('Edit SkillForge assessment');
    await user.click(dialog.getByRole('button', { name: 'Save activity' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(dialog.getByRole('button', { name: 'Cancel' })).toHaveAttribute('aria-disabled', 'true');
    expect(dialog.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Edit SkillForge assessment' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onAnnounce.mock.calls.filter(([message]) => message === 'Saving…')).toEqual([['Saving…', 'polite']]);
    expect(onOpenChange).not.toHaveBeenCalled();

    settle!.reject(new Error('offline'));
    const alert = await dialog.findByRole('alert');
    expect(alert).toHaveTextContent('The activity couldn’t be saved. Try again.');
    await waitFor(() => expect(within(alert).getByRole('button', { name: 'Try again' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    settle!.resolve();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('opens fresh after a host closed it on a failure: no stale alert', async () => {
    const onSave = vi.fn(() => Promise.reject(new Error('offline')));
    const { user, rerender } = renderDialog({ activity: existing, onSave, open: true });
    const dialog = await findDialog('Edit SkillForge assessment');
    await user.click(dialog.getByRole('button', { name: 'Save activity' }));
    await dialog.findByRole('alert');
    const props = { providerId: mockIds.connectedProvider, activity: existing, onSave };
    rerender(<AssessmentActivityDialog {...props} open={false} />);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    rerender(<AssessmentActivityDialog {...props} open />);
    const reopened = await findDialog('Edit SkillForge assessment');
    await reopened.findByRole('combobox', { name: 'Test' });
    expect(reopened.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('flags a test archived at the vendor, and lists archived tests without letting them be chosen', async () => {
    const { user } = renderDialog({ activity: { ...existing, testId: mockIds.archivedSkillForgeTest, testTitle: 'Embedded (C++) — Take-home', testArchived: true } });
    const dialog = await findDialog('Edit SkillForge assessment');
    const test = dialog.getByRole('combobox', { name: 'Test' });
    expect(test).toHaveAccessibleDescription(/This test was archived in SkillForge: candidates can’t take it\. Choose another test\./);
    await user.clear(test);
    await user.type(test, 'Embedded');
    const archived = await screen.findByRole('option', { name: /^Embedded \(C\+\+\) — Take-home/ });
    expect(archived).toHaveAttribute('aria-disabled', 'true');
  });

  it('says when the provider isn’t connected, so nothing is sent until it is', async () => {
    renderDialog({ providerId: mockIds.notConnectedProvider });
    const dialog = await findDialog('Send CodeInterview Assessment');
    expect(await dialog.findByText(/CodeInterview isn’t connected\. You can set up the activity now/)).toBeInTheDocument();
  });
});

/** A host's own Add Activity menu, built from the kit's list. */
function HostMenu({ onPick }: { onPick: (providerId: string) => void }) {
  const { options, isPending } = useAssessmentActivityOptions();
  if (isPending) return <p>Loading</p>;
  return (
    <ul aria-label="Host menu">
      {options.map((option) => (
        <li key={option.provider.id}>
          <button type="button" disabled={!option.available} onClick={() => onPick(option.provider.id)}>
            {option.label}
          </button>
          {option.reason ? ` ${option.reason} (${option.state})` : null}
        </li>
      ))}
    </ul>
  );
}

describe('useAssessmentActivityOptions', () => {
  it('lists one activity per provider, available when connected and with the reason otherwise', async () => {
    const onPick = vi.fn();
    const { user } = renderWithKit(<HostMenu onPick={onPick} />);
    const items = () => screen.getAllByRole('listitem').map((item) => item.textContent);
    await waitFor(() =>
      expect(items()).toEqual([
        'Send CodeInterview Assessment CodeInterview isn’t connected. (not_connected)',
        'Send SkillForge Assessment',
        'Send DevScreen Assessment DevScreen needs attention: The API key was revoked in DevScreen. (needs_attention)',
      ]),
    );
    expect(screen.getByRole('button', { name: 'Send CodeInterview Assessment' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Send SkillForge Assessment' }));
    expect(onPick).toHaveBeenCalledWith('skillforge');
  });
});
