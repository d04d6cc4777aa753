/**
 * The interview plan by keyboard alone, in Chromium with real key presses: the Add activity menu button (WAI-ARIA
 * menu button pattern), reordering and moving activities between stages with focus following them, and reordering
 * scorecard questions in the activity dialog.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AssessmentActivityDialog, InterviewPlanEditor } from '../../src/components/interview-plan';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import { createMockBackend } from '../../src/mock/mock-backend';
import { MOCK_NOW, mockIds } from '../../src/mock/seed';
import kitCss from '../../src/styles/index.css?inline';
import { addStyles, settle } from './page';

const mockNow = () => new Date(MOCK_NOW);
let removeStyles: () => void;
beforeEach(() => {
  removeStyles = addStyles(kitCss);
});
afterEach(() => {
  cleanup();
  removeStyles();
});

function renderKit(ui: React.ReactNode) {
  const mock = createMockBackend();
  render(
    <AssessmentKitProvider backend={mock.backend} queryClient={createKitQueryClient({ retry: false })} locale="en-GB" now={mockNow}>
      {ui}
    </AssessmentKitProvider>,
  );
  return mock;
}

function stage(name: string) {
  const heading = screen.getByRole('heading', { name: new RegExp(`${name}$`) });
  return within(heading.closest('section')!);
}

const names = (stageName: string) =>
  stage(stageName)
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('.ak-plan-activity__name')?.textContent);

async function renderEditor() {
  const mock = renderKit(<InterviewPlanEditor jobId={mockIds.jobWithPlan} />);
  await screen.findByRole('list', { name: 'Hiring stages' });
  return mock;
}

describe('Add activity menu, by keyboard', () => {
  it('opens, moves, type-aheads, closes with Escape and Tab, and adds through Enter', async () => {
    await renderEditor();
    const button = stage('Recruiter Screen').getByRole('button', { name: 'Add activity to Recruiter Screen' });
    button.focus();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await userEvent.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', { name: 'Add activity to Recruiter Screen' });
    const item = (name: string) => within(menu).getByRole('menuitem', { name });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', menu.id);
    await waitFor(() => expect(item('Send CodeInterview Assessment')).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}');
    expect(item('Send SkillForge Assessment')).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(item('Send DevScreen Assessment')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(item('Send CodeInterview Assessment')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(item('Send DevScreen Assessment')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('sk');
    expect(item('Send SkillForge Assessment')).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    // ArrowUp opens on the last item; Tab closes and moves on to the next control.
    await userEvent.keyboard('{ArrowUp}');
    await waitFor(() => expect(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Send DevScreen Assessment' })).toHaveFocus());
    await userEvent.keyboard('{Tab}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(stage('Technical Assessment').getByRole('button', { name: 'Edit Send CodeInterview Assessment' })).toHaveFocus();

    // A disabled item can be reached but does nothing; Space opens too.
    button.focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Send CodeInterview Assessment' })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Send SkillForge Assessment' });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Test' })).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('closes when the pointer goes elsewhere, without taking focus back', async () => {
    await renderEditor();
    const button = stage('Offer').getByRole('button', { name: 'Add activity to Offer' });
    await userEvent.click(button);
    const menu = await screen.findByRole('menu');
    await waitFor(() => expect(menu).toBeVisible());
    await userEvent.click(screen.getByRole('heading', { name: 'Interview plan' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).not.toHaveFocus();
  });

  it('closes when its button is pressed again, and stays closed', async () => {
    await renderEditor();
    const button = stage('Offer').getByRole('button', { name: 'Add activity to Offer' });
    await userEvent.click(button);
    await waitFor(() => expect(screen.getByRole('menu')).toBeVisible());
    await userEvent.click(button);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(await screen.findByRole('menu')).toBeInTheDocument();
  });

  it('toggles the same way inside a shadow root, where the document sees presses land on the shadow host', async () => {
    const shadowRoot = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(kitCss);
    shadowRoot.adoptedStyleSheets = [sheet];
    const appRoot = shadowRoot.appendChild(document.createElement('div'));
    const mock = createMockBackend();
    render(
      <AssessmentKitProvider backend={mock.backend} queryClient={createKitQueryClient({ retry: false })} locale="en-GB" now={mockNow}>
        <InterviewPlanEditor jobId={mockIds.jobWithPlan} />
      </AssessmentKitProvider>,
      { container: appRoot },
    );
    const inShadow = within(appRoot);
    const button = await inShadow.findByRole('button', { name: 'Add activity to Offer' });
    await userEvent.click(button);
    await waitFor(() => expect(inShadow.getByRole('menu')).toBeVisible());
    await userEvent.click(button);
    expect(inShadow.queryByRole('menu')).not.toBeInTheDocument();
    // A press outside the kit still closes it.
    await userEvent.click(button);
    await inShadow.findByRole('menu');
    await userEvent.click(document.body);
    await waitFor(() => expect(inShadow.queryByRole('menu')).not.toBeInTheDocument());
    shadowRoot.host.remove();
  });
});

describe('Reordering by keyboard', () => {
  it('moves an activity up and down, to another stage and out, with focus following it', async () => {
    await renderEditor();
    stage('Onsite').getByRole('button', { name: 'Move Values interview up' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(names('Onsite')).toEqual(['Frontend system design', 'Values interview', 'Pairing session']);
    expect(stage('Onsite').getByRole('button', { name: 'Move Values interview up' })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(names('Onsite')).toEqual(['Values interview', 'Frontend system design', 'Pairing session']);
    expect(stage('Onsite').getByRole('button', { name: 'Move Values interview up' })).toHaveFocus();
    // At the top, Move up says it is unavailable and stays put.
    await userEvent.keyboard('{Enter}');
    expect(names('Onsite')[0]).toBe('Values interview');

    // Tab on to "Move … down", then "Move … to another stage".
    await userEvent.keyboard('{Tab}{Enter}');
    expect(names('Onsite')).toEqual(['Frontend system design', 'Values interview', 'Pairing session']);
    expect(stage('Onsite').getByRole('button', { name: 'Move Values interview down' })).toHaveFocus();
    await userEvent.keyboard('{Tab}{Enter}');
    const menu = await screen.findByRole('menu', { name: 'Move Values interview to another stage' });
    await waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());
    await userEvent.keyboard('{End}{ArrowUp}{Enter}');
    expect(names('Hiring Manager Screen')).toEqual(['Hiring manager screen', 'Values interview']);
    expect(names('Onsite')).toEqual(['Frontend system design', 'Pairing session']);
    await waitFor(() =>
      expect(stage('Hiring Manager Screen').getByRole('button', { name: 'Move Values interview to another stage' })).toHaveFocus(),
    );

    await userEvent.keyboard('{Tab}{Enter}');
    expect(names('Hiring Manager Screen')).toEqual(['Hiring manager screen']);
    expect(stage('Hiring Manager Screen').getByRole('button', { name: 'Add activity to Hiring Manager Screen' })).toHaveFocus();
    expect(screen.getByText('You have unsaved changes.')).toBeVisible();
  });

  it('reorders scorecard questions in the activity dialog', async () => {
    renderKit(
      <AssessmentActivityDialog
        providerId={mockIds.connectedProvider}
        defaultOpen
        onSave={() => undefined}
        activity={{
          id: 'act-1',
          type: 'send_assessment',
          providerId: mockIds.connectedProvider,
          testId: mockIds.skillForgeTest,
          testTitle: 'Senior Frontend (React) — Take-home',
          testArchived: false,
          reviewerIds: ['rev-1'],
          scorecard: {
            kind: 'questions',
            questions: [
              { id: 'q1', prompt: 'First', type: 'stars', required: true, options: [] },
              { id: 'q2', prompt: 'Second', type: 'text', required: false, options: [] },
            ],
          },
          feedbackFrom: 'every_reviewer',
          autoSend: false,
        }}
      />,
    );
    await screen.findByRole('dialog', { name: 'Edit SkillForge assessment' });
    // As a person does, once the dialog is in and its form has put focus on its first field (a frame after opening):
    // moved earlier, focus was taken back, and the Enter below submitted the form from that field instead.
    await settle();
    // Queried from the page on each use, not through the dialog node found first: a CI run once queried that node
    // detached (dom-accessibility-api: "root.getElementById is not a function").
    const prompts = () => screen.getAllByRole('textbox', { name: /^Question \d+$/ }).map((input) => (input as HTMLInputElement).value);
    screen.getByRole('button', { name: 'Move question 1 down' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(prompts()).toEqual(['Second', 'First']);
    expect(screen.getByRole('button', { name: 'Move question 2 down' })).toHaveFocus();
    // Shift+Tab back to "Move question 2 up", and up again.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
    expect(prompts()).toEqual(['First', 'Second']);
    expect(screen.getByRole('button', { name: 'Move question 1 up' })).toHaveFocus();
  });
});

describe('Row actions’ visible names', () => {
  const tooltipOf = (button: HTMLElement) => button.closest('.ak-tooltip-anchor')!.querySelector<HTMLElement>('.ak-tooltip')!;
  const shown = (tooltip: HTMLElement) => getComputedStyle(tooltip).visibility === 'visible';

  it('shows an icon action’s name on hover, inside its row, and not to screen readers', async () => {
    await renderEditor();
    const [moveDown] = screen.getAllByRole('button', { name: /^Move .+ down$/ });
    const tooltip = tooltipOf(moveDown!);
    expect(shown(tooltip)).toBe(false);
    await userEvent.hover(moveDown!);
    await waitFor(() => expect(shown(tooltip)).toBe(true));
    expect(tooltip).toHaveTextContent('Move down');
    expect(tooltip).toHaveAttribute('aria-hidden', 'true');
    const row = moveDown!.closest('.ak-plan-activity')!.getBoundingClientRect();
    expect(tooltip.getBoundingClientRect().right).toBeLessThanOrEqual(row.right + 1);
    await userEvent.unhover(moveDown!);
    await waitFor(() => expect(shown(tooltip)).toBe(false));
  });

  it('shows it on keyboard focus, and Escape hides it with focus staying put', async () => {
    await renderEditor();
    const [remove] = screen.getAllByRole('button', { name: /^Remove / });
    const tooltip = tooltipOf(remove!);
    const [moveDown] = screen.getAllByRole('button', { name: /^Move .+ down$/ });
    moveDown!.focus();
    // Tab on from the row's Move down (past Move to another stage) reaches Remove, as a keyboard user does.
    while (document.activeElement !== remove) await userEvent.tab();
    await waitFor(() => expect(shown(tooltip)).toBe(true));
    expect(tooltip).toHaveTextContent('Remove');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(shown(tooltip)).toBe(false));
    expect(remove).toHaveFocus();
  });
});
