import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { AssessmentFeedbackForm } from '../../src/components/feedback';
import { mockIds } from '../../src/mock';
import type { MockSeedOptions } from '../../src/mock';
import { heard } from '../integrations/heard';
import { mockServer } from '../support/mock-server';

const fb = mockIds.feedback;

const meta = {
  title: 'Feedback/AssessmentFeedbackForm',
  component: AssessmentFeedbackForm,
  args: { assessmentId: fb.open, onSubmitted: fn() },
  // Maya Goldberg is signed in: one of three reviewers, her feedback due.
  beforeEach: () => signIn(fb.reviewers.due),
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 760 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof AssessmentFeedbackForm>;

export default meta;
type Story = StoryObj<typeof meta>;

function signIn(currentUserId: string | null, seed: MockSeedOptions = {}) {
  mockServer.reset({ currentUserId, ...seed });
}

/** The kit's QueryClient retries a failed read twice (about three seconds) before an error shows. */
const AFTER_RETRIES = { timeout: 8000 };

const findForm = (name = 'Submit feedback') => screen.findByRole('button', { name });
const group = (name: RegExp) => screen.getByRole('radiogroup', { name });
/** The form itself: the draft's state is also said, in the announcer's region outside it. */
const onForm = () => within(screen.getByRole('region', { name: 'Your feedback' }));

/** A scorecard with every question type (the “Frontend take-home review” template), due: the reviewer fills it in. */
export const EveryQuestionType: Story = {
  play: async () => {
    await findForm();
    const result = screen.getByRole('region', { name: 'Result' });
    await expect(within(result).getByRole('link', { name: /^View report for/ })).toHaveAttribute('href', expect.stringMatching(/^https:/));
    await expect(within(result).getByText('Maya Goldberg (you)')).toBeVisible();
    await expect(within(group(/^Code quality/)).getAllByRole('radio')).toHaveLength(5);
    await expect(within(group(/^Overall score/)).getAllByRole('radio')).toHaveLength(10);
    await expect(within(group(/keyboard and screen-reader/)).getAllByRole('radio')).toHaveLength(2);
    await expect(within(group(/^Seniority/)).getAllByRole('radio')).toHaveLength(4);
    await expect(within(screen.getByRole('group', { name: 'Areas handled well' })).getAllByRole('checkbox')).toHaveLength(5);
    await expect(screen.getByRole('textbox', { name: 'Strengths and concerns' })).toBeVisible();

    await userEvent.click(within(group(/^Code quality/)).getByRole('radio', { name: '4 stars' }));
    await userEvent.click(within(group(/^Overall score/)).getByRole('radio', { name: '7' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Testing' }));
    await expect(within(group(/^Code quality/)).getByText('4 of 5')).toBeVisible();
    await expect(await onForm().findByText(/^Draft saved at /)).toBeVisible();
  },
};

/** Tomás Herrera saved a draft yesterday: his answers come back as he left them. */
export const DraftRestored: Story = {
  beforeEach: () => signIn(fb.reviewers.draft),
  play: async () => {
    await findForm();
    await expect(onForm().getByText(/^Draft saved at /)).toBeVisible();
    const checked = within(group(/^Code quality/)).getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked);
    await expect(checked).toHaveLength(1);
  },
};

/** Submit asks first, sends once, then shows the answers read-only; the others are still due. */
export const Submit: Story = {
  play: async ({ args }) => {
    await findForm();
    await userEvent.click(within(group(/^Code quality/)).getByRole('radio', { name: '5 stars' }));
    await userEvent.click(within(group(/^Overall score/)).getByRole('radio', { name: '9' }));
    await userEvent.click(within(group(/keyboard and screen-reader/)).getByRole('radio', { name: 'Yes' }));
    await userEvent.click(within(group(/^Seniority/)).getByRole('radio', { name: 'Senior' }));
    await userEvent.click(screen.getByRole('button', { name: 'Submit feedback' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Submit your feedback?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Submit feedback' }));
    const answers = await screen.findByRole('region', { name: 'Your answers' });
    await expect(within(answers).getByText('Senior')).toBeVisible();
    await waitFor(() => expect(args.onSubmitted).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(heard()).toContain('Feedback submitted.'));
    await expect(screen.getByText('Waiting for 1 more reviewer.')).toBeVisible();
  },
};

/** Submitting without the required answers: each question says what it needs, in words, and focus goes to the first. */
export const RequiredAnswers: Story = {
  play: async () => {
    await findForm();
    await userEvent.click(screen.getByRole('button', { name: 'Submit feedback' }));
    await expect(await screen.findByText('Choose 1 to 5 stars.')).toBeVisible();
    await expect(screen.getByText('Choose a score from 1 to 10.')).toBeVisible();
    await expect(screen.getByText('Answer yes or no.')).toBeVisible();
    await expect(screen.getByText('Choose one option.')).toBeVisible();
    await expect(within(group(/^Code quality/)).getByRole('radio', { name: '1 star' })).toHaveFocus();
    await expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  },
};

/** A draft save that fails: the answers stay, the form says they are not saved, and Save now tries again. */
export const DraftNotSaved: Story = {
  play: async () => {
    await findForm();
    mockServer.faults.networkErrorNext({ route: 'saveFeedbackDraft', times: 2 });
    await userEvent.click(within(group(/^Overall score/)).getByRole('radio', { name: '6' }));
    await expect(await onForm().findByText(/^Draft not saved\./)).toBeVisible();
    await expect(within(group(/^Overall score/)).getByRole('radio', { name: '6' })).toBeChecked();
    // Save now fails again: it stays where it is, with focus, and the failure is heard again.
    const saveNow = screen.getByRole('button', { name: 'Save now' });
    await userEvent.click(saveNow);
    await waitFor(() => expect(heard().filter((message) => message === 'Your draft could not be saved. Your answers are kept.')).toHaveLength(2));
    await expect(saveNow).toHaveFocus();
    await expect(onForm().getByText(/^Draft not saved\./)).toBeVisible();
  },
};

/** Aisha Bello submitted already: her answers read-only, and the others’ stay hidden until the rule is met. */
export const AlreadySubmitted: Story = {
  beforeEach: () => signIn(fb.reviewers.submitted),
  play: async () => {
    const answers = await screen.findByRole('region', { name: 'Your answers' });
    await expect(within(answers).getAllByRole('term')).toHaveLength(6);
    await expect(screen.getByText('Waiting for 2 more reviewers.')).toBeVisible();
    await expect(screen.queryByRole('button', { name: 'Submit feedback' })).not.toBeInTheDocument();
  },
};

/** Everyone’s feedback is in: the reviewer sees the summary with every answer. */
export const EveryoneSubmitted: Story = {
  args: { assessmentId: fb.allSubmitted },
  play: async () => {
    await screen.findByRole('region', { name: 'Your answers' });
    await expect(screen.getByText('Complete')).toBeVisible();
    await expect(screen.getByText('Every reviewer’s feedback counts: 2 of 2 submitted.')).toBeVisible();
    await expect(screen.getByRole('list', { name: 'Answers to “Seniority signal”' })).toBeVisible();
  },
};

/** One reviewer’s feedback completed the review (the plan’s “any reviewer” rule); Maya can still add hers. */
export const AnyReviewerComplete: Story = {
  args: { assessmentId: fb.anyReviewer },
  play: async () => {
    await findForm();
    await expect(screen.getByText(/^Feedback is already complete/)).toBeVisible();
  },
};

/** The candidate is still working: feedback isn’t open yet. */
export const NotYetCompleted: Story = {
  args: { assessmentId: fb.notCompleted },
  play: async () => {
    await expect(await screen.findByText('Feedback isn’t open yet')).toBeVisible();
    await expect(screen.queryByRole('button', { name: 'Submit feedback' })).not.toBeInTheDocument();
  },
};

/** The recruiter (no reviewer) opens it: read-only, with the submitted answers. */
export const NotAReviewer: Story = {
  beforeEach: () => signIn(null),
  play: async () => {
    await expect(await screen.findByText('You’re not a reviewer of this assessment')).toBeVisible();
    await expect(screen.getByRole('list', { name: 'Answers to “Seniority signal”' })).toBeVisible();
    await expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
  },
};

/** Not a reviewer, and the backend shows answers to reviewers only. */
export const HiddenByPolicy: Story = {
  beforeEach: () => signIn(null, { showFeedbackToNonReviewers: false }),
  play: async () => {
    await expect(await screen.findByText('Reviewers’ answers are visible to the reviewers only.')).toBeVisible();
    await expect(screen.queryByRole('list', { name: /^Answers to/ })).not.toBeInTheDocument();
  },
};

/** Waiting for the backend. */
export const Loading: Story = {
  beforeEach: () => {
    signIn(fb.reviewers.due);
    mockServer.setLatency(60_000);
  },
  play: async () => {
    await expect(await screen.findByRole('status')).toHaveTextContent('Loading feedback…');
  },
};

/** The feedback can’t be loaded: the error says so, and Try again loads it. */
export const LoadError: Story = {
  beforeEach: () => {
    signIn(fb.reviewers.due);
    mockServer.faults.failNext({ route: 'getAssessmentFeedback', status: 503, times: 3 });
  },
  play: async () => {
    await expect(await screen.findByText('The feedback could not be loaded.', {}, AFTER_RETRIES)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await expect(await findForm()).toBeVisible();
  },
};

/** The dark theme, with answers chosen. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await findForm();
    await userEvent.click(within(group(/^Code quality/)).getByRole('radio', { name: '3 stars' }));
    await userEvent.click(within(group(/^Overall score/)).getByRole('radio', { name: '8' }));
    await userEvent.click(within(group(/keyboard and screen-reader/)).getByRole('radio', { name: 'No' }));
    await expect(within(group(/^Overall score/)).getByText('8 of 10')).toBeVisible();
    // The draft lands before the next story resets the mock server.
    await expect(await onForm().findByText(/^Draft saved at /)).toBeVisible();
  },
};
