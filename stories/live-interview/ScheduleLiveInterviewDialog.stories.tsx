import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { ScheduleLiveInterviewDialog } from '../../src/components/live-interview';
import { mockIds } from '../../src/mock';
import { heard } from '../integrations/heard';
import { mockServer } from '../support/mock-server';
import { deLocale, deText } from '../../src/locales/de';
import { chooseOption } from '../support/choose-option';
import { settle } from '../support/settle';

const candidateId = mockIds.candidateWithNoAssessments;

const meta = {
  title: 'Live interviews/ScheduleLiveInterviewDialog',
  component: ScheduleLiveInterviewDialog,
  args: { candidateId, defaultOpen: true, onCreated: fn(), onOpenChange: fn(), onRequestSetup: fn() },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ScheduleLiveInterviewDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The dialog renders in a portal, outside the canvas; the form shows once the providers are known. */
async function findForm(name = 'Schedule live interview', interviewers = 'Interviewers') {
  const dialog = await screen.findByRole('dialog', { name });
  await within(dialog).findByRole('combobox', { name: interviewers });
  await settle();
  return dialog;
}

async function addInterviewer(dialog: HTMLElement, search: string, name: string, label = 'Interviewers') {
  await userEvent.type(within(dialog).getByRole('combobox', { name: label }), search);
  await userEvent.click(await within(dialog).findByRole('option', { name: new RegExp(`^${name}`) }));
  await userEvent.keyboard('{Escape}');
}

async function fill(dialog: HTMLElement) {
  await addInterviewer(dialog, 'chlo', 'Chloé Dubois');
  await chooseOption(within(dialog).getByLabelText('Scorecard'), 'Pairing session debrief');
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Date' }), '5/11/2026');
  await chooseOption(within(dialog).getByRole('combobox', { name: 'Time' }), '15:30');
}

async function fillAndCreate(dialog: HTMLElement) {
  await fill(dialog);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Create interview' }));
}

/** As it opens: the only provider with live interviews chosen, a title from the candidate and job, nothing else yet. */
export const Empty: Story = {
  play: async () => {
    const dialog = await findForm();
    await expect(within(dialog).getByRole('region', { name: 'Candidate' })).toHaveTextContent('Ben Okafor');
    await expect(within(dialog).getByRole('radio', { name: /SkillForge/ })).toBeChecked();
    await expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue('Ben Okafor · Senior Frontend Engineer');
    const when = within(dialog).getByRole('group', { name: 'Date and time (optional)' });
    await expect(within(when).getByRole('textbox', { name: 'Date' })).toHaveValue('');
    await expect(within(when).getByRole('combobox', { name: 'Time' })).toBeDisabled();
    await expect(within(dialog).getByText(/^In your time zone \(/)).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Create interview' })).toBeVisible();
  },
};

/** Create with no title, no interviewer and a time gone by: each message on its field, focus on the first. */
export const Validation: Story = {
  play: async () => {
    const dialog = await findForm();
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Title' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Date' }), '30/10/2026');
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Time' }));
    await userEvent.click(await within(document.body).findByRole('option', { name: '09:00' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create interview' }));
    await expect(await within(dialog).findByText('Enter a title.')).toBeVisible();
    await expect(within(dialog).getByText('Choose at least one interviewer.')).toBeVisible();
    await expect(within(dialog).getByText('Choose a time in the future.')).toBeVisible();
    await expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveFocus();
  },
};

/** While the vendor opens the pad: the button shows progress, the form is locked, and another click creates nothing. */
export const Creating: Story = {
  play: async () => {
    const dialog = await findForm();
    await fill(dialog);
    mockServer.setLatency(60 * 60_000);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create interview' }));
    const creating = await within(dialog).findByRole('button', { name: 'Creating…' });
    await expect(creating).toHaveAttribute('aria-busy', 'true');
    await expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveAttribute('readonly');
    await userEvent.click(creating);
    await expect(mockServer.mock.allAssessments().filter((a) => a.candidateId === candidateId)).toHaveLength(0);
  },
};

/** The server fails: a message with Try again; the input is still there, and Try again creates the pad. */
export const FailureThenRetry: Story = {
  play: async ({ args }) => {
    mockServer.faults.failNext({ status: 500, route: 'createLiveInterview' });
    const dialog = await findForm();
    await fillAndCreate(dialog);
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('The interview wasn’t created');
    await expect(within(dialog).getByRole('list', { name: 'Chosen interviewers' })).toHaveTextContent('Chloé Dubois');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(await within(dialog).findByRole('heading', { name: 'Interview created' })).toBeVisible();
    await expect(args.onCreated).toHaveBeenCalledTimes(1);
  },
};

/**
 * Created with a vendor that gives the interviewers a link of their own: both links whole and copyable, and Send link
 * to candidate emails the candidate's through the backend.
 */
export const CreatedWithLinks: Story = {
  play: async () => {
    const dialog = await findForm();
    await fillAndCreate(dialog);
    const heading = await within(dialog).findByRole('heading', { name: 'Interview created' });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(within(dialog).getByText(/“Ben Okafor · Senior Frontend Engineer” is scheduled for 5 Nov 2026/)).toBeVisible();
    const links = within(dialog).getByRole('group', { name: 'Links' });
    for (const name of ['Candidate’s link', 'Interviewers’ link']) {
      const field = within(links).getByRole('textbox', { name });
      await expect((field as HTMLTextAreaElement).value).toMatch(/^https:\/\/rooms\.skillforge\.example\.com\//);
      // Shown whole: the text area is as tall as its wrapped value.
      await expect(field.scrollHeight).toBeLessThanOrEqual(field.clientHeight + 1);
    }
    await userEvent.click(within(links).getByRole('button', { name: 'Copy: Candidate’s link' }));
    await expect(await within(links).findByRole('button', { name: 'Copied: Candidate’s link' })).toBeVisible();
    await userEvent.click(within(links).getByRole('button', { name: 'Send link to candidate: Ben Okafor' }));
    await expect(await within(links).findByText('Sent to the candidate on 2 Nov.')).toBeVisible();
    await waitFor(() => expect(heard()).toContain('Interview link sent to Ben Okafor.'));
  },
};

/** CodeInterview's pads have one link for everyone: one field, which says so. */
export const CreatedWithSharedLink: Story = {
  beforeEach() {
    mockServer.reset({ integrationStates: { codeinterview: 'connected', skillforge: 'not_connected' } });
  },
  play: async () => {
    const dialog = await findForm();
    await expect(within(dialog).getByRole('radio', { name: /CodeInterview/ })).toBeChecked();
    await addInterviewer(dialog, 'maya', 'Maya Goldberg');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create interview' }));
    await within(dialog).findByRole('heading', { name: 'Interview created' });
    const field = within(dialog).getByRole('textbox', { name: 'Interview link' });
    await expect(field).toHaveAccessibleDescription('The candidate and the interviewers join with this same link.');
    await expect((field as HTMLTextAreaElement).value).toMatch(/^https:\/\/app\.codeinterview\.io\/pads\//);
    await expect(within(dialog).getByText('“Ben Okafor · Senior Frontend Engineer” has no set time.')).toBeVisible();
  },
};

/** Connected, but only for tests: the dialog says no provider has live interviews, which one is tests-only, and offers setup. */
export const ProviderWithoutLivePads: Story = {
  beforeEach() {
    mockServer.reset({ integrationStates: { skillforge: 'not_connected', devscreen: 'connected' } });
  },
  play: async ({ args }) => {
    const dialog = await screen.findByRole('dialog', { name: 'Schedule live interview' });
    await expect(await within(dialog).findByRole('heading', { name: 'No provider for live interviews is connected' })).toBeVisible();
    await expect(within(dialog).getByText('DevScreen can send tests, but has no live interviews.')).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: 'Create interview' })).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set up an integration' }));
    await expect(args.onRequestSetup).toHaveBeenCalledTimes(1);
  },
};

/** German, whose words run long: every string translated, validation and the created screen included. */
export const German: Story = {
  parameters: { kitProvider: { locale: deLocale, text: deText } },
  play: async () => {
    const dialog = await findForm('Live-Interview planen', 'Interviewende');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Interview anlegen' }));
    await expect(await within(dialog).findByText('Wählen Sie mindestens eine interviewende Person.')).toBeVisible();
    await addInterviewer(dialog, 'chlo', 'Chloé Dubois', 'Interviewende');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Interview anlegen' }));
    await expect(await within(dialog).findByRole('heading', { name: 'Interview angelegt' })).toBeVisible();
    await expect(within(dialog).getByRole('textbox', { name: 'Link für die Interviewenden' })).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Link an Kandidat:in senden: Ben Okafor' })).toBeVisible();
  },
};

/** The dark theme, with the links of a created interview. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    const dialog = await findForm();
    await fillAndCreate(dialog);
    await expect(await within(dialog).findByRole('group', { name: 'Links' })).toBeVisible();
  },
};

/** The dark theme, with the form filled in. */
export const DarkForm: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    const dialog = await findForm();
    await addInterviewer(dialog, 'chlo', 'Chloé Dubois');
    await expect(within(dialog).getByRole('list', { name: 'Chosen interviewers' })).toHaveTextContent('Chloé Dubois');
  },
};
