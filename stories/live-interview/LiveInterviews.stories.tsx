import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { CandidateAssessments } from '../../src/screens/CandidateAssessments';
import { mockIds } from '../../src/mock';
import { heard } from '../integrations/heard';
import { HostButton } from '../support/host-button';
import { mockServer } from '../support/mock-server';

const live = mockIds.liveInterviews;

const meta = {
  title: 'Live interviews/In the candidate’s list',
  component: CandidateAssessments,
  args: { candidateId: live.candidate },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 860, margin: '0 auto' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CandidateAssessments>;

export default meta;
type Story = StoryObj<typeof meta>;

async function findList(canvasElement: HTMLElement) {
  return within(canvasElement).findByRole('list', { name: 'Assessments, those needing action first, then newest' });
}

/** Opens an item's details (its summary line is a disclosure button) as a user would, and gives the card back. */
async function openCard(card: HTMLElement): Promise<HTMLElement> {
  const toggle = within(within(card).getAllByRole('heading')[0]!).getByRole('button');
  if (toggle.getAttribute('aria-expanded') !== 'true') await userEvent.click(toggle);
  return card;
}

const statusOf = (card: HTMLElement) => within(card).getByText(/^Status: /).textContent ?? '';

/**
 * A candidate with a live interview in each state among their tests, newest first: Scheduled (with links to copy and
 * send), In progress, Ended (with or without a playback link, and the interviewers' feedback), Cancelled.
 */
export const InterviewInEachState: Story = {
  play: async ({ canvasElement }) => {
    const list = await findList(canvasElement);
    const cards = within(list).getAllByRole('article');
    // The one under way first, then newest first.
    await expect(cards.map((card) => statusOf(card).split(',')[0])).toEqual([
      'Status: In progress',
      'Status: Scheduled',
      'Status: Scheduled',
      'Status: Ended',
      'Status: Completed',
      'Status: Ended',
      'Status: Cancelled',
    ]);
    for (const card of cards) await openCard(card);
    const [, scheduled, linkSent, ended, test, endedWithout] = cards as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    await expect(within(scheduled).getByRole('textbox', { name: 'Candidate’s link' })).toBeVisible();
    await expect(within(scheduled).getByRole('textbox', { name: 'Interviewers’ link' })).toBeVisible();
    await expect(within(scheduled).getByText('Not sent to the candidate yet.')).toBeVisible();
    await expect(within(linkSent).getByRole('textbox', { name: 'Interview link' })).toBeVisible();
    await expect(within(linkSent).getByText('Sent to the candidate on 1 Nov.')).toBeVisible();
    await expect(within(ended).getByRole('link', { name: /^Watch the playback of Frontend pairing interview/ })).toBeVisible();
    await expect(within(ended).getByText('0 of 2 submitted')).toBeVisible();
    await expect(within(endedWithout).getByText('No playback link from the vendor.')).toBeVisible();
    await expect(within(test).getByRole('link', { name: /^View report/ })).toBeVisible();
  },
};

/** Sending the candidate's link from the list: the row says when, and screen readers hear it. */
export const SendLinkFromTheList: Story = {
  play: async ({ canvasElement }) => {
    const list = await findList(canvasElement);
    const card = await openCard(within(list).getByRole('article', { name: 'Sam Rivera · Senior Frontend Engineer' }));
    await userEvent.click(await within(card).findByRole('button', { name: 'Send link to candidate: Sam Rivera' }));
    await expect(await within(card).findByText('Sent to the candidate on 2 Nov.')).toBeVisible();
    await expect(within(card).getByRole('button', { name: 'Send link again: Sam Rivera' })).toBeVisible();
    await waitFor(() => expect(heard()).toContain('Interview link sent to Sam Rivera.'));
  },
};

/**
 * The whole loop without a reload: the vendor (the mock's simulator, played by the buttons above the list) starts and
 * ends the pad; the row follows by polling, says each change, offers the playback and opens the interviewers' feedback.
 */
export const WholeLoop: Story = {
  parameters: { kitProvider: { pollIntervalMs: 500 } },
  beforeEach() {
    // Signed in as Chloé Dubois, one of the interviewers, so the feedback is hers to fill in.
    mockServer.reset({ currentUserId: 'rev-7' });
  },
  render: (args) => (
    <>
      <p className="story-toolbar">
        <HostButton onClick={() => mockServer.mock.simulator.start(live.scheduled)}>Vendor: someone joins the pad</HostButton>{' '}
        <HostButton onClick={() => mockServer.mock.simulator.end(live.scheduled)}>Vendor: the pad ends</HostButton>
      </p>
      <CandidateAssessments {...args} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const list = await findList(canvasElement);
    const card = within(list).getByRole('article', { name: 'Sam Rivera · Senior Frontend Engineer' });
    await expect(statusOf(card)).toMatch(/^Status: Scheduled/);

    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Vendor: someone joins the pad' }));
    await waitFor(() => expect(statusOf(card)).toMatch(/^Status: In progress/));
    await waitFor(() => expect(heard()).toContain('Sam Rivera · Senior Frontend Engineer: In progress'));

    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Vendor: the pad ends' }));
    await waitFor(() => expect(statusOf(card)).toBe('Status: Ended, 2 Nov'));
    await openCard(card);
    await expect(within(card).getByRole('link', { name: /^Watch the playback/ })).toBeVisible();
    await userEvent.click(within(card).getByRole('button', { name: 'Open feedback on Sam Rivera · Senior Frontend Engineer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Feedback: Sam Rivera · Senior Frontend Engineer' });
    await expect(await within(dialog).findByText('Collaboration')).toBeVisible();
  },
};

/** The dark theme, every state. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const list = await findList(canvasElement);
    await expect(within(list).getAllByRole('article')).toHaveLength(7);
  },
};
