import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, within } from 'storybook/test';
import { AssessmentFeedbackSummary } from '../../src/components/feedback';
import { mockIds } from '../../src/mock';
import { mockServer } from '../support/mock-server';

const fb = mockIds.feedback;

const meta = {
  title: 'Feedback/AssessmentFeedbackSummary',
  component: AssessmentFeedbackSummary,
  // The hiring team's view: Dana Ruiz, a recruiter, reviews nothing herself.
  args: { assessmentId: fb.open },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 760 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof AssessmentFeedbackSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

const ruleText = (text: string) => screen.findByText(text);

/** Every reviewer's feedback counts; one of three submitted, one has a draft (which nobody else sees). */
export const WaitingForReviewers: Story = {
  play: async () => {
    await expect(await ruleText('Every reviewer’s feedback counts: 1 of 3 submitted.')).toBeVisible();
    const reviewers = screen.getByRole('list', { name: 'Reviewers' });
    await expect(within(reviewers).getByText('Draft saved')).toBeVisible();
    await expect(within(reviewers).getAllByText('Due')).toHaveLength(1);
    // Each answer's bar is filled by its share of the answers: the one Yes fills its bar, No leaves its bar empty.
    const filled = (label: string) => {
      const bar = screen.getAllByText(label)[0]!.closest('li')!.querySelector('svg')!;
      return bar.querySelector('rect')!.getBoundingClientRect().width / bar.getBoundingClientRect().width;
    };
    await expect(filled('Yes: 1')).toBe(1);
    await expect(filled('No: 0')).toBe(0);
  },
};

/** Everyone submitted: the averages and counts per question, and each reviewer's answer. */
export const Complete: Story = {
  args: { assessmentId: fb.allSubmitted },
  play: async () => {
    await expect(await ruleText('Every reviewer’s feedback counts: 2 of 2 submitted.')).toBeVisible();
    await expect(screen.getByText('Complete')).toBeVisible();
    const questions = screen.getByRole('list', { name: 'Answers by question' });
    await expect(within(questions).getAllByText(/^Average \d+(\.\d)? of 5$/).length).toBeGreaterThan(0);
    await expect(within(questions).getByText(/^Yes: \d$/)).toBeVisible();
    await expect(within(questions).getByText(/^No: \d$/)).toBeVisible();
  },
};

/** The plan's rule is any one reviewer: the first submission completes it. */
export const AnyReviewer: Story = {
  args: { assessmentId: fb.anyReviewer },
  play: async () => {
    await expect(await ruleText('One reviewer’s feedback is enough: 1 of 2 submitted.')).toBeVisible();
    await expect(screen.getByText('Complete')).toBeVisible();
  },
};

/** A reviewer who hasn't submitted sees states, not the others' answers (the backend's default setting). */
export const HiddenUntilYouSubmit: Story = {
  beforeEach: () => mockServer.reset({ currentUserId: fb.reviewers.due }),
  play: async () => {
    await expect(await ruleText('Other reviewers’ answers show once you submit yours, so theirs don’t sway you.')).toBeVisible();
    await expect(screen.queryByRole('list', { name: /^Answers to/ })).not.toBeInTheDocument();
  },
};

/** While it loads: the summary's shape in placeholders, and "Loading feedback…" for screen readers. */
export const Loading: Story = {
  beforeEach: () => mockServer.setLatency(60_000),
  play: async () => {
    await expect(await screen.findByRole('status')).toHaveTextContent('Loading feedback…');
  },
};

/** The candidate is still working on it. */
export const NotYetCompleted: Story = {
  args: { assessmentId: fb.notCompleted },
  play: async () => {
    await expect(await ruleText('Feedback isn’t open yet')).toBeVisible();
  },
};

/** It can't be loaded: Try again. */
export const LoadError: Story = {
  beforeEach: () => mockServer.faults.failNext({ route: 'getAssessmentFeedback', status: 500, times: 3 }),
  play: async () => {
    await expect(await screen.findByText('The feedback could not be loaded.', {}, { timeout: 8000 })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await expect(await ruleText('Every reviewer’s feedback counts: 1 of 3 submitted.')).toBeVisible();
  },
};

/** The dark theme. */
export const Dark: Story = {
  args: { assessmentId: fb.allSubmitted },
  globals: { theme: 'dark' },
  play: async () => {
    await expect(await ruleText('Every reviewer’s feedback counts: 2 of 2 submitted.')).toBeVisible();
  },
};
