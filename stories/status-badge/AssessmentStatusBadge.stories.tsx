import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, within } from 'storybook/test';
import { AssessmentStatusBadge, statusBadgeText } from '../../src/ui/status-badge';
import { assessmentStatuses, type AssessmentStatus } from '../../src/domain/assessment-status';
import { deLocale, deText } from '../../src/locales/de';
import { assessmentFixture, DAY, detailedAssessments, fromNow, HOUR } from './fixtures';

const meta = {
  title: 'Status/AssessmentStatusBadge',
  component: AssessmentStatusBadge,
  argTypes: {
    status: { control: 'select', options: assessmentStatuses },
    size: { control: 'inline-radio', options: ['sm', 'md'] },
  },
} satisfies Meta<typeof AssessmentStatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

const labels = statusBadgeText.labels;

/** A person sees the word and an icon (colour is never the only cue); a screen reader hears one phrase. */
function playBareBadge(status: AssessmentStatus): NonNullable<Story['play']> {
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const word = canvas.getByText(labels[status]);
    await expect(word).toBeVisible();
    const badge = word.closest('.ak-status-badge')!;
    await expect(badge).toHaveAttribute('data-status', status);
    await expect(badge.querySelector('svg')).toBeVisible();
    await expect(badge.querySelector('svg')!.closest('[aria-hidden="true"]')).not.toBeNull();
    await expect(canvas.getByText(`Status: ${labels[status]}`)).toBeInTheDocument();
  };
}

export const NotSent: Story = { args: { status: 'not_sent' }, play: playBareBadge('not_sent') };
export const Sent: Story = { args: { status: 'sent' }, play: playBareBadge('sent') };
export const InProgress: Story = { args: { status: 'in_progress' }, play: playBareBadge('in_progress') };
export const Completed: Story = { args: { status: 'completed' }, play: playBareBadge('completed') };
export const Expired: Story = { args: { status: 'expired' }, play: playBareBadge('expired') };
export const Cancelled: Story = { args: { status: 'cancelled' }, play: playBareBadge('cancelled') };
export const Failed: Story = { args: { status: 'failed' }, play: playBareBadge('failed') };

const galleryStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'max-content max-content minmax(0, 1fr)',
  alignItems: 'center',
  gap: '14px 32px',
  maxWidth: 780,
};
const headingStyle: CSSProperties = {
  margin: 0,
  fontSize: 12,
  fontWeight: 600,
  color: 'var(--story-text-muted)',
  textTransform: 'uppercase',
  letterSpacing: '0.06em',
};
const galleryStatuses: Array<[AssessmentStatus, keyof typeof detailedAssessments]> = [
  ['not_sent', 'not_sent'],
  ['sent', 'sent'],
  ['sent', 'sentExpiringSoon'],
  ['in_progress', 'in_progress'],
  ['completed', 'completed'],
  ['expired', 'expired'],
  ['cancelled', 'cancelled'],
  ['failed', 'failed'],
];

/** Every status, bare in both sizes and with the detail derived from an assessment. */
function Gallery() {
  return (
    <div style={galleryStyle}>
      <p style={headingStyle}>Medium</p>
      <p style={headingStyle}>Small</p>
      <p style={headingStyle}>With detail</p>
      {galleryStatuses.map(([status, fixture]) => (
        <div key={fixture} style={{ display: 'contents' }}>
          <span>{fixture === 'sentExpiringSoon' ? null : <AssessmentStatusBadge status={status} />}</span>
          <span>{fixture === 'sentExpiringSoon' ? null : <AssessmentStatusBadge status={status} size="sm" />}</span>
          <span>
            <AssessmentStatusBadge assessment={detailedAssessments[fixture]} showDetail />
          </span>
        </div>
      ))}
    </div>
  );
}

const allDetails = [
  'Status: Not sent, Ready to send',
  'Status: Sent, Expires in 3 days',
  'Status: Sent, Expires tomorrow',
  'Status: In progress, Started 2 hours ago',
  'Status: Completed, 2 Nov, 82 out of 100',
  'Status: Expired, 28 Oct',
  'Status: Cancelled, 1 Nov',
  'Status: Failed, 1 Nov, Vendor: bounced',
];

export const AllStatuses: Story = {
  args: { status: 'sent' },
  render: () => <Gallery />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const status of assessmentStatuses) {
      // Medium, small and detailed (plus the expiring-soon "Sent").
      await expect(canvas.getAllByText(labels[status]).length).toBeGreaterThanOrEqual(3);
    }
    for (const phrase of allDetails) await expect(canvas.getByText(phrase)).toBeInTheDocument();
    await expect(canvas.getByText('2 Nov · 82/100')).toBeVisible();
  },
};

export const ExpiringSoon: Story = {
  args: { assessment: detailedAssessments.sentExpiringSoon, showDetail: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const detail = canvas.getByText('Expires tomorrow');
    await expect(detail).toBeVisible();
    await expect(detail.closest('.ak-status-badge')).toHaveAttribute('data-urgent');
    await expect(canvas.getByText('Status: Sent, Expires tomorrow')).toBeInTheDocument();
  },
};

export const CompletedWithScore: Story = {
  args: { assessment: detailedAssessments.completed, showDetail: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Completed')).toBeVisible();
    await expect(canvas.getByText('2 Nov · 82/100')).toBeVisible();
    await expect(canvas.getByText('Status: Completed, 2 Nov, 82 out of 100')).toBeInTheDocument();
  },
};

export const FailedWithVendorWord: Story = {
  args: { assessment: detailedAssessments.failed, showDetail: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Failed')).toBeVisible();
    await expect(canvas.getByText('1 Nov · Vendor: bounced')).toBeVisible();
    await expect(canvas.getByText('Status: Failed, 1 Nov, Vendor: bounced')).toBeInTheDocument();
  },
};

/** Relative luminance (0 dark .. 1 light) of a computed `rgb()`/`color(srgb ...)` colour. */
function luminance(color: string): number {
  const channels = color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  const scale = channels.every((c) => c <= 1) ? 1 : 255;
  const [r, g, b] = channels.map((c) => {
    const v = c / scale;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export const DarkTheme: Story = {
  args: { status: 'sent' },
  globals: { theme: 'dark' },
  render: () => <Gallery />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Status: Completed, 2 Nov, 82 out of 100')).toBeInTheDocument();
    // Dark tints behind light text: the pills follow the theme.
    const pill = canvas.getAllByText('Completed')[0]!.closest('.ak-status-badge__pill')!;
    await expect(luminance(getComputedStyle(pill).backgroundColor)).toBeLessThan(0.1);
    await expect(luminance(getComputedStyle(pill).color)).toBeGreaterThan(0.4);
  },
};

/** German via the provider's `text` and `locale`: long words must neither wrap the pill nor break the row. */
export const TranslatedGerman: Story = {
  args: { status: 'sent' },
  parameters: { kitProvider: { locale: deLocale, text: deText } },
  render: () => <Gallery />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText('Nicht gesendet')[0]).toBeVisible();
    await expect(canvas.getByText('Status: In Bearbeitung, Begonnen vor 2 Stunden')).toBeInTheDocument();
    await expect(canvas.getByText('Status: Abgeschlossen, 2. Nov., 82 von 100')).toBeInTheDocument();
    await expect(canvas.getByText('Status: Gesendet, Läuft in 3 Tagen ab')).toBeInTheDocument();
    await expect(canvas.getByText('1. Nov. · Anbieter: bounced')).toBeVisible();
    // Long words never wrap a pill onto two lines.
    for (const label of canvasElement.querySelectorAll<HTMLElement>('.ak-status-badge__pill')) {
      await expect(label.getBoundingClientRect().height).toBeLessThan(30);
    }
  },
};

/** In a narrow column the detail moves under the pill, and only then is cut short (the spoken phrase stays whole). */
export const NarrowColumn: Story = {
  args: { assessment: detailedAssessments.failed, showDetail: true },
  parameters: { kitProvider: { locale: deLocale, text: deText } },
  decorators: [
    (Story) => (
      <div style={{ width: 190, padding: 12, border: '1px dashed var(--story-border)', borderRadius: 8 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const pill = canvas.getByText('Fehlgeschlagen').closest('.ak-status-badge__pill')!;
    const detail = canvas.getByText('1. Nov. · Anbieter: bounced');
    await expect(detail).toBeVisible();
    await expect(detail.getBoundingClientRect().top).toBeGreaterThanOrEqual(pill.getBoundingClientRect().bottom);
    await expect(detail.getBoundingClientRect().right).toBeLessThanOrEqual(pill.closest('div')!.getBoundingClientRect().right);
    await expect(canvas.getByText('Status: Fehlgeschlagen, 1. Nov., Anbieter: bounced')).toBeInTheDocument();
  },
};

/** The prop overrides one badge's text without touching the rest. */
export const TextProp: Story = {
  args: { status: 'sent', text: { statusBadge: { labels: { sent: 'Invitation sent' } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Invitation sent')).toBeVisible();
    await expect(canvas.getByText('Status: Invitation sent')).toBeInTheDocument();
  },
};

const pipeline = [
  { name: 'Amara Okafor', email: 'amara.okafor@example.com', assessment: detailedAssessments.completed },
  {
    name: 'Jonas Lindqvist',
    email: 'jonas.l@example.com',
    assessment: assessmentFixture({ status: 'in_progress', startedAt: fromNow(-40 * 60_000), expiresAt: fromNow(6 * DAY) }),
  },
  { name: 'Mei Tanaka', email: 'mei.tanaka@example.com', assessment: detailedAssessments.sentExpiringSoon },
  { name: 'Rafael Souza', email: 'rafael.souza@example.com', assessment: detailedAssessments.sent },
  { name: 'Priya Natarajan', email: 'priya.n@example.com', assessment: detailedAssessments.not_sent },
  { name: 'Liam O’Connor', email: 'liam.oconnor@example.com', assessment: detailedAssessments.expired },
  {
    name: 'Sofia Rossi',
    email: 'sofia.rossi@example.com',
    assessment: assessmentFixture({
      status: 'failed',
      vendorStatus: 'error',
      history: [{ status: 'failed', at: fromNow(-3 * HOUR), note: 'Vendor webhook: The test was archived in the vendor.' }],
    }),
  },
];

const cell: CSSProperties = {
  padding: '10px 16px',
  borderTop: '1px solid var(--story-border)',
  textAlign: 'start',
  verticalAlign: 'middle',
};
const headCell: CSSProperties = { ...headingStyle, ...cell, borderTop: 'none', paddingBlock: 10 };

/** Small badges with details in a candidate list, as an ATS would show them. */
export const InTableRow: Story = {
  args: { status: 'sent' },
  render: () => (
    <div
      style={{
        maxWidth: 760,
        background: 'var(--story-surface)',
        border: '1px solid var(--story-border)',
        borderRadius: 12,
        boxShadow: '0 1px 2px rgb(15 23 42 / 0.06)',
        overflow: 'hidden',
      }}
    >
      <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
        <caption className="story-visually-hidden">Frontend take-home: candidates</caption>
        <thead style={{ background: 'color-mix(in srgb, var(--story-text) 3.5%, var(--story-surface))' }}>
          <tr>
            <th scope="col" style={headCell}>
              Candidate
            </th>
            <th scope="col" style={headCell}>
              Assessment
            </th>
          </tr>
        </thead>
        <tbody>
          {pipeline.map(({ name, email, assessment }) => (
            <tr key={name}>
              <th scope="row" style={{ ...cell, fontWeight: 500 }}>
                {name}
                <div style={{ color: 'var(--story-text-muted)', fontWeight: 400, fontSize: 12 }}>{email}</div>
              </th>
              <td style={{ ...cell, width: '58%' }}>
                <AssessmentStatusBadge assessment={assessment} showDetail size="sm" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByRole('row', { name: /Amara Okafor/ });
    await expect(within(row).getByText('Status: Completed, 2 Nov, 82 out of 100')).toBeInTheDocument();
    await expect(within(row).getByText('2 Nov · 82/100')).toBeVisible();
    const jonas = canvas.getByRole('row', { name: /Jonas Lindqvist/ });
    await expect(within(jonas).getByText('Started 40 minutes ago')).toBeVisible();
    const sofia = canvas.getByRole('row', { name: /Sofia Rossi/ });
    await expect(within(sofia).getByText('Status: Failed, 2 Nov, Delivery failed')).toBeInTheDocument();
    // Badges are plain text, not live regions: a list of them never chatters.
    await expect(canvasElement.querySelector('[role="status"], [aria-live]')).toBeNull();
  },
};
