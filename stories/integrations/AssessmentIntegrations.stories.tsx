import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { AssessmentIntegrations } from '../../src/screens/AssessmentIntegrations';
import { MOCK_API_BASE_URL, mockServer } from '../support/mock-server';
import { deLocale, deText } from '../../src/locales/de';
import { heard } from './heard';

const meta = {
  title: 'Integrations/AssessmentIntegrations',
  component: AssessmentIntegrations,
  args: { onConnected: fn(), onDisconnected: fn() },
  argTypes: { headingLevel: { control: 'inline-radio', options: [1, 2, 3, 4, 5] } },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 880, margin: '0 auto' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof AssessmentIntegrations>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The transient-error retries of the kit's QueryClient take about three seconds before an error shows. */
const AFTER_RETRIES = { timeout: 8000 };

/** The card of one provider. Dialogs hide the page from assistive technology, hence `hidden`. */
function card(canvasElement: HTMLElement, name: string) {
  return within(canvasElement).getByRole('article', { name, hidden: true });
}

/** Dialogs render in a portal, outside the story's canvas; they fade in, so wait until they are visible. */
async function findDialog(role: 'dialog' | 'alertdialog', name: string) {
  const dialog = await screen.findByRole(role, { name });
  await waitFor(() => expect(dialog).toBeVisible());
  return dialog;
}

async function findCards(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await waitFor(() => expect(canvas.getAllByText(/^Status: /)).toHaveLength(3));
}

/** The default seed: one provider in each state, each with its next step. */
export const AllStates: Story = {
  play: async ({ canvasElement }) => {
    await findCards(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Assessments' })).toBeVisible();
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);

    const codeInterview = card(canvasElement, 'CodeInterview');
    await expect(within(codeInterview).getByText('Not connected')).toBeVisible();
    await expect(within(codeInterview).getByRole('button', { name: 'Enable integration for CodeInterview' })).toBeVisible();

    const skillForge = card(canvasElement, 'SkillForge');
    await expect(within(skillForge).getByText('Connected')).toBeVisible();
    await expect(within(skillForge).getByText('•••• 4f6e')).toBeVisible();
    await expect(within(skillForge).getByText('3 hours ago')).toBeVisible();
    await expect(within(skillForge).getByRole('button', { name: 'Manage SkillForge' })).toBeVisible();

    const devScreen = card(canvasElement, 'DevScreen');
    await expect(within(devScreen).getByText('Needs attention')).toBeVisible();
    await expect(within(devScreen).getByText('The API key was revoked in DevScreen.')).toBeVisible();
    await expect(within(devScreen).getByRole('button', { name: 'Replace API key for DevScreen' })).toBeVisible();
  },
};

/** While the providers load: skeleton cards that shimmer (not under reduced motion); the section is busy and reads "Loading integrations". */
export const Loading: Story = {
  beforeEach() {
    mockServer.setLatency(1_000_000_000);
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const section = canvas.getByRole('region', { name: 'Assessments' });
    await expect(section).toHaveAttribute('aria-busy', 'true');
    await expect(section).toHaveTextContent('Loading integrations');
    await expect(canvas.queryByRole('article')).not.toBeInTheDocument();
  },
};

/** No vendor is available to this account. */
export const Empty: Story = {
  beforeEach({ msw }) {
    msw.use(http.get(`${MOCK_API_BASE_URL}/providers`, () => HttpResponse.json({ providers: [] })));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No assessment vendors yet')).toBeVisible();
    await expect(canvas.getByText(/Contact support to add one/)).toBeVisible();
    await expect(canvas.queryByRole('list')).not.toBeInTheDocument();
  },
};

const failingProviders = () =>
  http.get(`${MOCK_API_BASE_URL}/providers`, () =>
    HttpResponse.json({ error: { code: 'server', message: 'Injected by the story.' } }, { status: 503 }),
  );

const failingDevScreen = () =>
  http.get(`${MOCK_API_BASE_URL}/integrations/devscreen`, () =>
    HttpResponse.json({ error: { code: 'server', message: 'Injected by the story.' } }, { status: 503 }),
  );

/** The list can't be loaded (after the kit's automatic retries): the reason and a retry. */
export const LoadError: Story = {
  beforeEach({ msw }) {
    msw.use(failingProviders());
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, AFTER_RETRIES);
    await expect(alert).toHaveTextContent('Couldn’t load assessment integrations');
    await expect(alert).toHaveTextContent('Something went wrong on our side. Try again in a moment.');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.queryByRole('list')).not.toBeInTheDocument();
  },
};

/** The server comes back: Try again refetches and the list appears; focus moves from the vanished button to the heading. */
export const LoadErrorRetry: Story = {
  beforeEach({ msw }) {
    msw.use(failingProviders());
  },
  play: async ({ canvasElement, msw }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, AFTER_RETRIES);
    msw.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await findCards(canvasElement);
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(canvas.getByRole('heading', { level: 2, name: 'Assessments' })).toHaveFocus());
  },
};

/** One provider's status can't be loaded: that card says so with its own retry; the others work. */
export const CardError: Story = {
  beforeEach({ msw }) {
    msw.use(failingDevScreen());
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const devScreen = await canvas.findByRole('article', { name: 'DevScreen' });
    const alert = await within(devScreen).findByRole('alert', {}, AFTER_RETRIES);
    await expect(alert).toHaveTextContent('Couldn’t load the connection status.');
    await expect(within(alert).getByRole('button', { name: 'Try again to load DevScreen' })).toBeVisible();
    await expect(within(card(canvasElement, 'SkillForge')).getByText('Connected')).toBeVisible();
    await expect(canvas.getAllByRole('alert')).toHaveLength(1);
  },
};

/** Retrying the failed card loads it; nothing else refetches; focus moves from the vanished button to the card's first action. */
export const CardErrorRetry: Story = {
  beforeEach({ msw }) {
    msw.use(failingDevScreen());
  },
  play: async ({ canvasElement, msw }) => {
    const devScreen = await within(canvasElement).findByRole('article', { name: 'DevScreen' });
    const alert = await within(devScreen).findByRole('alert', {}, AFTER_RETRIES);
    msw.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again to load DevScreen' }));
    await expect(await within(devScreen).findByText('Needs attention')).toBeVisible();
    await expect(within(devScreen).queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(within(devScreen).getByRole('button', { name: 'Replace API key for DevScreen' })).toHaveFocus());
  },
};

/** A connection that stopped working: the reason, what it means, and "Replace API key" first. */
export const NeedsAttention: Story = {
  play: async ({ canvasElement }) => {
    await findCards(canvasElement);
    const devScreen = card(canvasElement, 'DevScreen');
    await expect(within(devScreen).getByText('The API key was revoked in DevScreen.')).toBeVisible();
    await expect(within(devScreen).getByText(/can’t send DevScreen assessments until the API key is replaced/)).toBeVisible();
    const replace = within(devScreen).getByRole('button', { name: 'Replace API key for DevScreen' });
    await expect(replace).toHaveAttribute('data-variant', 'primary');
    await userEvent.click(replace);
    const dialog = await findDialog('dialog', 'Replace DevScreen API key');
    await expect(within(dialog).getByText(/keeps working until the new one is verified/)).toBeVisible();
  },
};

/**
 * Connected, but the vendor never delivered a webhook (the admin closed the dialog at the webhook step, or
 * cancelled a check the server had completed): the card says what is left, and Finish setup opens Manage at the
 * webhook URL and the vendor's steps.
 */
export const FinishSetup: Story = {
  beforeEach() {
    mockServer.reset({ integrationStates: { codeinterview: 'connected' } });
  },
  play: async ({ canvasElement }) => {
    await findCards(canvasElement);
    const codeInterview = card(canvasElement, 'CodeInterview');
    await expect(within(codeInterview).getByText('Connected')).toBeVisible();
    await expect(within(codeInterview).getByText('Finish setup: add the webhook URL')).toBeVisible();
    await expect(within(codeInterview).getByText(/candidate statuses won’t update by themselves/)).toBeVisible();
    const finish = within(codeInterview).getByRole('button', { name: 'Finish setup for CodeInterview' });
    await expect(finish).toHaveAttribute('data-variant', 'primary');
    await userEvent.click(finish);
    const dialog = await findDialog('dialog', 'Manage CodeInterview');
    const setup = await within(dialog).findByRole('region', { name: 'Finish setup: add the webhook URL' });
    await expect(within(setup).getByLabelText('Webhook URL')).toBeVisible();
    await expect(within(setup).getByRole('button', { name: 'Copy: Webhook URL' })).toBeVisible();
  },
};

/** The same card for someone who can't manage integrations: the state and who needs to act, no buttons. */
export const FinishSetupReadOnly: Story = {
  beforeEach() {
    mockServer.reset({ canManageIntegrations: false, integrationStates: { codeinterview: 'connected' } });
  },
  play: async ({ canvasElement }) => {
    await findCards(canvasElement);
    const codeInterview = card(canvasElement, 'CodeInterview');
    await expect(within(codeInterview).getByText('Finish setup: add the webhook URL')).toBeVisible();
    await expect(within(codeInterview).getByText('An admin needs to add the webhook URL.')).toBeVisible();
    await expect(within(codeInterview).queryByRole('button')).not.toBeInTheDocument();
  },
};

/** Enable Integration opens the connect dialog for that provider, with the card's button as its trigger. */
export const EnableIntegration: Story = {
  play: async ({ canvasElement }) => {
    await findCards(canvasElement);
    await userEvent.click(
      within(card(canvasElement, 'CodeInterview')).getByRole('button', { name: 'Enable integration for CodeInterview' }),
    );
    const dialog = await findDialog('dialog', 'Connect CodeInterview');
    await expect(await within(dialog).findByLabelText('CodeInterview API key', { selector: 'input' })).toBeVisible();
  },
};

/** Manage opens the connection's details: key suffix, webhook URL, replace and disconnect. */
export const ManageConnected: Story = {
  play: async ({ canvasElement }) => {
    await findCards(canvasElement);
    await userEvent.click(within(card(canvasElement, 'SkillForge')).getByRole('button', { name: 'Manage SkillForge' }));
    const dialog = await findDialog('dialog', 'Manage SkillForge');
    await expect(within(dialog).getByText('•••• 4f6e')).toBeVisible();
    await expect(within(dialog).getByLabelText('Webhook URL')).toHaveDisplayValue(/^https:\/\/ats\.example\.com\/webhooks\/assessments\/skillforge\/[0-9a-f]+$/);
  },
};

/** Disconnecting from a card: confirm, the card turns Not connected and focus lands on its new Enable button. */
export const DisconnectFromCard: Story = {
  play: async ({ args, canvasElement }) => {
    await findCards(canvasElement);
    await userEvent.click(within(card(canvasElement, 'SkillForge')).getByRole('button', { name: 'Manage SkillForge' }));
    const dialog = await findDialog('dialog', 'Manage SkillForge');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    const confirm = await findDialog('alertdialog', 'Disconnect SkillForge?');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Disconnect SkillForge' }));

    // `hidden`: while the confirmation is open, Radix hides the dialog beneath it from the accessibility tree.
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    await expect(heard()).toEqual(['Disconnecting SkillForge…', 'SkillForge is disconnected. Status: Not connected.']);
    const skillForge = card(canvasElement, 'SkillForge');
    await expect(within(skillForge).getByText('Not connected')).toBeVisible();
    await expect(args.onDisconnected).toHaveBeenCalledWith(expect.objectContaining({ providerId: 'skillforge' }));
    await waitFor(() =>
      expect(within(skillForge).getByRole('button', { name: 'Enable integration for SkillForge' })).toHaveFocus(),
    );
  },
};

/** Users who may not manage integrations: the same states, no buttons, and who to ask. */
export const ReadOnly: Story = {
  beforeEach() {
    mockServer.reset({ canManageIntegrations: false });
  },
  play: async ({ canvasElement }) => {
    await findCards(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Only admins can connect or change assessment integrations/)).toBeVisible();
    await expect(canvas.queryAllByRole('button')).toHaveLength(0);
    await expect(within(card(canvasElement, 'DevScreen')).getByText('An admin needs to replace the API key.')).toBeVisible();
  },
};

const longNames: Record<string, string> = {
  codeinterview: 'CodeInterview Enterprise Technical Assessments (EU Data Residency)',
  skillforge: 'SkillForge Professional Skills Verification Platform',
  devscreen: 'DevScreen Continuous Developer Screening Suite for High-Volume Hiring',
};

/** Long vendor names and a German translation: nothing overflows, buttons keep their words, text wraps. */
export const LongTextGerman: Story = {
  parameters: { kitProvider: { locale: deLocale, text: deText } },
  beforeEach({ msw }) {
    msw.use(
      http.get(`${MOCK_API_BASE_URL}/providers`, async () => {
        const providers = await mockServer.mock.backend.listProviders();
        return HttpResponse.json({
          providers: providers.map((p) => ({
            ...p,
            name: longNames[p.id] ?? p.name,
            description: `${p.description} Unterstützt Live-Coding, Take-Home-Aufgaben und automatische Auswertung mit detaillierten Berichten.`,
          })),
        });
      }),
    );
  },
  play: async ({ canvasElement }) => {
    await findCards(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Assessment-Integrationen' })).toBeVisible();
    const devScreen = card(canvasElement, longNames.devscreen!);
    await expect(within(devScreen).getByText('Handlungsbedarf')).toBeVisible();
    await expect(
      within(devScreen).getByRole('button', { name: `API-Schlüssel ersetzen für ${longNames.devscreen}` }),
    ).toBeVisible();
    await expect(within(card(canvasElement, longNames.skillforge!)).getByText('vor 3 Stunden')).toBeVisible();
  },
};

const codeInterviewLogo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="8" fill="#0f766e"/><path d="M16 13l-7 7 7 7M24 13l7 7-7 7" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/** Providers with logos: an image where the URL loads, the initials where it fails (here SkillForge's 404s). */
export const WithLogos: Story = {
  beforeEach({ msw }) {
    const origin = window.location.origin;
    msw.use(
      http.get(`${origin}/vendor-logos/codeinterview.svg`, () =>
        HttpResponse.text(codeInterviewLogo, { headers: { 'Content-Type': 'image/svg+xml' } }),
      ),
      http.get(`${origin}/vendor-logos/missing.svg`, () => new HttpResponse(null, { status: 404 })),
      http.get(`${MOCK_API_BASE_URL}/providers`, async () => {
        const providers = await mockServer.mock.backend.listProviders();
        const logos: Record<string, string> = {
          codeinterview: `${origin}/vendor-logos/codeinterview.svg`,
          skillforge: `${origin}/vendor-logos/missing.svg`,
        };
        return HttpResponse.json({ providers: providers.map((p) => ({ ...p, logoUrl: logos[p.id] ?? p.logoUrl })) });
      }),
    );
  },
  play: async ({ canvasElement }) => {
    await findCards(canvasElement);
    const logo = card(canvasElement, 'CodeInterview').querySelector('img');
    await expect(logo).not.toBeNull();
    // Decorative: the provider's name stands beside it.
    await expect(logo).toHaveAttribute('alt', '');
    await waitFor(() => expect(logo!.naturalWidth).toBeGreaterThan(0));
    await waitFor(() => expect(within(card(canvasElement, 'SkillForge')).getByText('SF')).toBeInTheDocument());
    await expect(card(canvasElement, 'SkillForge').querySelector('img')).toBeNull();
  },
};

/** The dark theme, on a dark page. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await findCards(canvasElement);
    await expect(canvasElement.querySelector('[data-ak-theme="dark"]')).not.toBeNull();
    await expect(within(card(canvasElement, 'SkillForge')).getByText('Connected')).toBeVisible();
  },
};

/** A narrow column (e.g. a settings side panel): the buttons move under the text. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await findCards(canvasElement);
    const devScreen = card(canvasElement, 'DevScreen');
    const heading = within(devScreen).getByRole('heading', { name: 'DevScreen' });
    const button = within(devScreen).getByRole('button', { name: 'Replace API key for DevScreen' });
    await expect(button.getBoundingClientRect().top).toBeGreaterThan(heading.getBoundingClientRect().bottom);
  },
};
