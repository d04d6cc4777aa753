/**
 * A reviewer completes and submits the feedback form with the keyboard alone, in Chromium with real key presses:
 * Tab reaches each question, arrow keys choose a rating, Space ticks a box, the focused option shows a ring, and
 * the confirmation is reached, confirmed and left with keys too.
 */
import * as HostDialog from '@radix-ui/react-dialog';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AssessmentFeedbackForm } from '../../src/components/feedback';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import { createMockBackend } from '../../src/mock/mock-backend';
import { MOCK_NOW, mockIds } from '../../src/mock/seed';
import kitCss from '../../src/styles/index.css?inline';
import { addStyles } from './page';

const fb = mockIds.feedback;
const mockNow = () => new Date(MOCK_NOW);

let removeStyles: () => void;
beforeEach(() => {
  removeStyles = addStyles(kitCss);
});
afterEach(() => {
  cleanup();
  removeStyles();
});

function renderForm({ inHostDialog = false } = {}) {
  const mock = createMockBackend({ currentUserId: fb.reviewers.due });
  const form = <AssessmentFeedbackForm assessmentId={fb.open} autosaveDelayMs={50} />;
  render(
    <AssessmentKitProvider backend={mock.backend} queryClient={createKitQueryClient({ retry: false })} locale="en-GB" now={mockNow}>
      <button type="button">Host menu</button>
      {inHostDialog ? (
        // A host's review drawer, built on Radix, open with the form inside.
        <HostDialog.Root defaultOpen>
          <HostDialog.Portal>
            <HostDialog.Content aria-describedby={undefined} style={{ position: 'fixed', inset: '0 0 0 auto', width: 800, overflow: 'auto', background: 'white' }}>
              <HostDialog.Title>Review Noor Haddad</HostDialog.Title>
              {form}
            </HostDialog.Content>
          </HostDialog.Portal>
        </HostDialog.Root>
      ) : (
        form
      )}
    </AssessmentKitProvider>,
  );
  return mock;
}

const group = (name: RegExp) => screen.getByRole('radiogroup', { name });
const press = (keys: string) => userEvent.keyboard(keys);

describe('AssessmentFeedbackForm by keyboard alone', () => {
  it('answers every question type and submits, with a visible focus ring on the chosen option', async () => {
    const mock = renderForm();
    await screen.findByRole('button', { name: 'Submit feedback' });
    screen.getByRole('button', { name: 'Host menu' }).focus();

    await press('{Tab}');
    expect(screen.getByRole('link', { name: /^View report for/ })).toHaveFocus();

    // Stars: Tab lands on the group, arrows choose.
    await press('{Tab}');
    const stars = group(/^Code quality/);
    expect(within(stars).getByRole('radio', { name: '1 star' })).toHaveFocus();
    await press('{ArrowRight}{ArrowRight}{ArrowRight}');
    const fourStars = within(stars).getByRole('radio', { name: '4 stars' });
    expect(fourStars).toBeChecked();
    expect(fourStars).toHaveFocus();
    expect(within(stars).getByText('4 of 5')).toBeVisible();
    const ring = getComputedStyle(fourStars.closest('label')!);
    expect([ring.outlineStyle, ring.outlineWidth]).toEqual(['solid', '2px']);

    // Score 1-10: the next Tab leaves the stars for the score; arrows go both ways.
    await press('{Tab}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowLeft}');
    expect(within(group(/^Overall score/)).getByRole('radio', { name: '7' })).toBeChecked();

    // Yes/no: Space picks the focused option.
    await press('{Tab} ');
    expect(within(group(/keyboard and screen-reader/)).getByRole('radio', { name: 'Yes' })).toBeChecked();

    await press('{Tab}{ArrowDown}{ArrowDown}');
    expect(within(group(/^Seniority/)).getByRole('radio', { name: 'Senior' })).toBeChecked();

    // Checkboxes: Tab from box to box, Space ticks.
    await press('{Tab}{Tab} {Tab}{Tab} ');
    expect(screen.getByRole('checkbox', { name: 'Testing' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Accessibility' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'State management' })).not.toBeChecked();

    await press('{Tab}{Tab}');
    const notes = screen.getByRole('textbox', { name: 'Strengths and concerns' });
    expect(notes).toHaveFocus();
    await userEvent.keyboard('Reads the spec closely.');

    // The draft line may offer nothing to focus; the next stop is Submit.
    await press('{Tab}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Submit feedback' })).toHaveFocus());
    await press('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Submit your feedback?' });
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    // Escape steps back to the form, with focus on the button that asked.
    await press('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Submit feedback' })).toHaveFocus();

    await press('{Enter}');
    const again = await screen.findByRole('alertdialog', { name: 'Submit your feedback?' });
    const confirm = within(again).getByRole('button', { name: 'Submit feedback' });
    while (document.activeElement !== confirm) await press('{Tab}');
    await press('{Enter}');

    await screen.findByRole('region', { name: 'Your answers' });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Your feedback', level: 2 })).toHaveFocus());
    const saved = (await mock.backend.getAssessmentFeedback(fb.open)).reviewers.find((r) => r.reviewerId === fb.reviewers.due)!;
    expect(saved).toMatchObject({
      state: 'submitted',
      answers: {
        'q-fe-quality': 4,
        'q-fe-overall': 7,
        'q-fe-a11y': true,
        'q-fe-level': 'Senior',
        'q-fe-areas': ['Testing', 'Accessibility'],
        'q-fe-notes': 'Reads the spec closely.',
      },
    });
  });

  it('Tabbing past questions leaves them unanswered: the draft holds only the text typed, and a submit names what each needs', async () => {
    const mock = renderForm();
    await screen.findByRole('button', { name: 'Submit feedback' });
    within(group(/^Code quality/)).getByRole('radio', { name: '1 star' }).focus();
    // Real Tab presses: each group loses focus with nothing chosen.
    for (const name of [/^Overall score/, /keyboard and screen-reader/, /^Seniority/]) {
      await press('{Tab}');
      expect(group(name)).toContainElement(document.activeElement as HTMLElement);
    }
    const notes = screen.getByRole('textbox', { name: 'Strengths and concerns' });
    while (document.activeElement !== notes) await press('{Tab}');
    await userEvent.keyboard('Reads the spec closely.');
    const form = screen.getByRole('region', { name: 'Your feedback' });
    await within(form).findByText(/^Draft saved at /);
    // A pause between keystrokes on a loaded machine may save a part of the text first: wait for the save of all of
    // it, then check that nothing else (no false, 0 or null for the groups Tabbed past) went with it.
    await waitFor(async () => {
      const own = (await mock.backend.getAssessmentFeedback(fb.open)).reviewers.find((r) => r.reviewerId === fb.reviewers.due)!;
      expect(own.answers).toEqual({ 'q-fe-notes': 'Reads the spec closely.' });
    });

    await press('{Tab}{Enter}');
    await waitFor(() => expect(within(group(/^Code quality/)).getByRole('radio', { name: '1 star' })).toHaveFocus());
    expect(group(/^Code quality/)).toHaveAccessibleDescription('Choose 1 to 5 stars.');
    expect(group(/^Overall score/)).toHaveAccessibleDescription('Choose a score from 1 to 10.');
    expect(group(/keyboard and screen-reader/)).toHaveAccessibleDescription('Answer yes or no.');
    expect(group(/^Seniority/)).toHaveAccessibleDescription('Choose one option.');
  });

  it('inside a host’s own dialog: Escape closes the confirmation first and returns focus to Submit, then the host’s', async () => {
    renderForm({ inHostDialog: true });
    const host = await screen.findByRole('dialog', { name: 'Review Noor Haddad' });
    const submit = await within(host).findByRole('button', { name: 'Submit feedback' });
    await userEvent.click(within(group(/^Code quality/)).getByRole('radio', { name: '2 stars' }));
    submit.focus();
    await press('{Enter}');
    // Unanswered required questions: no confirmation, focus on the first of them.
    await waitFor(() => expect(within(group(/^Overall score/)).getByRole('radio', { name: '1' })).toHaveFocus());
    for (const [name, option] of [[/^Overall score/, '5'], [/keyboard and screen-reader/, 'No'], [/^Seniority/, 'Staff']] as const) {
      await userEvent.click(within(group(name)).getByRole('radio', { name: option }));
    }
    submit.focus();
    await press('{Enter}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Submit your feedback?' });
    await waitFor(() => expect(confirm).toContainElement(document.activeElement as HTMLElement));
    await press('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(host).toBeInTheDocument();
    await waitFor(() => expect(submit).toHaveFocus());
    await press('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Review Noor Haddad' })).not.toBeInTheDocument());
  });
});
