import { render, screen } from '@testing-library/react';
import { createRef, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AssessmentStatusBadge, statusBadgeText } from '../../src/ui/status-badge';
import { AssessmentKitProvider, type AssessmentKitProviderProps } from '../../src/provider/AssessmentKitProvider';
import { assessmentSchema, type Assessment } from '../../src/domain/assessment';
import { assessmentStatuses, type AssessmentStatus } from '../../src/domain/assessment-status';
import { buildAssessment, createMockBackend, MOCK_NOW } from '../../src/mock';
import { describeStatusDetail } from '../../src/ui/status-badge/status-detail';
import { createFormatters } from '../../src/data/format';
import { HourglassIcon } from '../../src/ui/icons';

const NOW = Date.parse(MOCK_NOW);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return buildAssessment({ id: 'as-1', candidateId: 'cand-1', testId: 'test-1', testTitle: 'Frontend take-home', ...overrides });
}

function renderBadge(ui: ReactNode, providerProps: Partial<Omit<AssessmentKitProviderProps, 'children'>> = {}) {
  const { backend } = createMockBackend();
  return render(
    <AssessmentKitProvider backend={backend} locale="en-GB" now={() => new Date(NOW)} {...providerProps}>
      {ui}
    </AssessmentKitProvider>,
  );
}

/** What a screen reader hears for the badge: its text, minus everything hidden from assistive technology. */
function spokenText(element: Element): string {
  let result = '';
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) result += node.textContent;
    else if (node instanceof Element && node.getAttribute('aria-hidden') !== 'true') result += spokenText(node);
  }
  return result;
}

function badge(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('.ak-status-badge');
  if (!element) throw new Error('no badge rendered');
  return element;
}

const expectedLabels: Record<AssessmentStatus, string> = {
  not_sent: 'Not sent',
  sent: 'Sent',
  in_progress: 'In progress',
  completed: 'Completed',
  expired: 'Expired',
  cancelled: 'Cancelled',
  failed: 'Failed',
  unknown: 'Unknown',
};
/** The lifecycle, and `unknown` for a word no mapping knows. */
const everyStatus: AssessmentStatus[] = [...assessmentStatuses, 'unknown'];

describe('AssessmentStatusBadge', () => {
  it.each(everyStatus)('shows %s with its word, a decorative icon and a spoken phrase', (status) => {
    const { container } = renderBadge(<AssessmentStatusBadge status={status} />);
    const root = badge(container);
    const label = expectedLabels[status];

    expect(screen.getByText(label)).toBeInTheDocument();
    expect(root).toHaveAttribute('data-status', status);
    const icon = root.querySelector('svg');
    expect(icon).not.toBeNull();
    expect(icon!.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(spokenText(root)).toBe(`Status: ${label}`);
    // One element, not a live region and no tooltip: a list of badges stays quiet.
    expect(root.tagName).toBe('SPAN');
    expect(root).not.toHaveAttribute('role');
    expect(root).not.toHaveAttribute('title');
    expect(root.querySelector('[role], [aria-live], [title]')).toBeNull();
  });

  it('gives every status a different icon', () => {
    const { container } = renderBadge(
      <>
        {everyStatus.map((status) => (
          <AssessmentStatusBadge key={status} status={status} />
        ))}
      </>,
    );
    const shapes = [...container.querySelectorAll('.ak-status-badge svg')].map((svg) => svg.innerHTML);
    expect(new Set(shapes).size).toBe(everyStatus.length);
  });

  it("draws a live interview's Scheduled with an icon of its own, not Sent's paper plane", () => {
    const { container } = renderBadge(
      <>
        {everyStatus.map((status) => (
          <AssessmentStatusBadge key={status} status={status} />
        ))}
        <AssessmentStatusBadge assessment={assessment({ kind: 'live_interview', status: 'sent' })} />
      </>,
    );
    const badges = [...container.querySelectorAll('.ak-status-badge')];
    const scheduled = badges.at(-1)!;
    expect(scheduled).toHaveTextContent('Scheduled');
    const shapes = badges.map((element) => element.querySelector('svg')!.innerHTML);
    expect(new Set(shapes).size).toBe(everyStatus.length + 1);
  });

  it('does not draw Expired with the hourglass that means Waiting (for feedback)', () => {
    const { container } = renderBadge(<AssessmentStatusBadge status="expired" />);
    const hourglass = render(<HourglassIcon />).container.querySelector('svg')!.innerHTML;
    expect(badge(container).querySelector('svg')!.innerHTML).not.toBe(hourglass);
  });

  it('shows the completion date and score, and speaks the score in words', () => {
    const completed = assessment({ status: 'completed', completedAt: at(-2 * HOUR), score: { got: 82, total: 100 } });
    const { container } = renderBadge(<AssessmentStatusBadge assessment={completed} showDetail />);
    const root = badge(container);

    expect(screen.getByText('Completed')).toBeInTheDocument();
    const detail = screen.getByText('2 Nov · 82/100');
    expect(detail).toHaveAttribute('aria-hidden', 'true');
    expect(spokenText(root)).toBe('Status: Completed, 2 Nov, 82 out of 100');
    expect(root).not.toHaveAttribute('data-urgent');
  });

  it('keeps the badge bare unless asked for the detail', () => {
    const completed = assessment({ status: 'completed', completedAt: at(-2 * HOUR), score: { got: 82, total: 100 } });
    const { container } = renderBadge(<AssessmentStatusBadge assessment={completed} />);
    expect(screen.queryByText(/82/)).toBeNull();
    expect(spokenText(badge(container))).toBe('Status: Completed');
  });

  it.each([
    ['en-GB', '2 Nov · 7/10', 'Status: Completed, 2 Nov, 7 out of 10'],
    ['en-US', 'Nov 2 · 7/10', 'Status: Completed, Nov 2, 7 out of 10'],
    ['de-DE', '2. Nov. · 7/10', 'Status: Completed, 2. Nov., 7 out of 10'],
  ])('formats dates for %s', (locale, shown, spoken) => {
    const completed = assessment({ status: 'completed', completedAt: at(-HOUR), score: { got: 7, total: 10 } });
    const { container } = renderBadge(<AssessmentStatusBadge assessment={completed} showDetail />, { locale });
    expect(screen.getByText(shown)).toBeInTheDocument();
    expect(spokenText(badge(container))).toBe(spoken);
  });

  it('formats scores as numbers of the locale', () => {
    const completed = assessment({ status: 'completed', completedAt: null, score: { got: 82.5, total: 100 } });
    renderBadge(<AssessmentStatusBadge assessment={completed} showDetail />, { locale: 'de-DE' });
    expect(screen.getByText('82,5/100')).toBeInTheDocument();
  });

  it('adds the year to dates outside the current year', () => {
    const expired = assessment({ status: 'expired', expiresAt: '2025-12-30T10:00:00.000Z' });
    renderBadge(<AssessmentStatusBadge assessment={expired} showDetail />);
    expect(screen.getByText('30 Dec 2025')).toBeInTheDocument();
  });

  describe('detail per status', () => {
    it('not sent: ready to send', () => {
      const { container } = renderBadge(<AssessmentStatusBadge assessment={assessment({ status: 'not_sent' })} showDetail />);
      expect(spokenText(badge(container))).toBe('Status: Not sent, Ready to send');
    });

    it('sent: when the link expires, calm with days to go', () => {
      const sent = assessment({ status: 'sent', sentAt: at(-4 * DAY), expiresAt: at(3 * DAY) });
      const { container } = renderBadge(<AssessmentStatusBadge assessment={sent} showDetail />);
      expect(screen.getByText('Expires in 3 days')).toBeInTheDocument();
      expect(badge(container)).not.toHaveAttribute('data-urgent');
    });

    it('sent: urgent when under 48 hours are left', () => {
      const sent = assessment({ status: 'sent', sentAt: at(-6 * DAY), expiresAt: at(30 * HOUR) });
      const { container } = renderBadge(<AssessmentStatusBadge assessment={sent} showDetail />);
      expect(screen.getByText('Expires tomorrow')).toBeInTheDocument();
      expect(badge(container)).toHaveAttribute('data-urgent');
    });

    it('sent: urgent when the link ran out before the vendor reported it', () => {
      const sent = assessment({ status: 'sent', sentAt: at(-9 * DAY), expiresAt: at(-5 * DAY) });
      const { container } = renderBadge(<AssessmentStatusBadge assessment={sent} showDetail />);
      expect(screen.getByText('Link expired 28 Oct')).toBeInTheDocument();
      expect(badge(container)).toHaveAttribute('data-urgent');
    });

    it('sent without an expiry: the date it was sent', () => {
      const sent = assessment({ status: 'sent', sentAt: at(-3 * DAY) });
      const { container } = renderBadge(<AssessmentStatusBadge assessment={sent} showDetail />);
      expect(spokenText(badge(container))).toBe('Status: Sent, 30 Oct');
    });

    it('in progress: when the candidate started', () => {
      const started = assessment({ status: 'in_progress', sentAt: at(-DAY), startedAt: at(-2 * HOUR), expiresAt: at(6 * DAY) });
      const { container } = renderBadge(<AssessmentStatusBadge assessment={started} showDetail />);
      expect(screen.getByText('Started 2 hours ago')).toBeInTheDocument();
      expect(badge(container)).not.toHaveAttribute('data-urgent');
    });

    it('in progress: the expiry instead, when it is close', () => {
      const started = assessment({ status: 'in_progress', startedAt: at(-2 * HOUR), expiresAt: at(5 * HOUR) });
      const { container } = renderBadge(<AssessmentStatusBadge assessment={started} showDetail />);
      expect(screen.getByText('Expires in 5 hours')).toBeInTheDocument();
      expect(badge(container)).toHaveAttribute('data-urgent');
    });

    it('expired: the date the link ran out', () => {
      const expired = assessment({ status: 'expired', sentAt: at(-12 * DAY), expiresAt: at(-5 * DAY) });
      const { container } = renderBadge(<AssessmentStatusBadge assessment={expired} showDetail />);
      expect(spokenText(badge(container))).toBe('Status: Expired, 28 Oct');
    });

    it('cancelled: the date of the cancel, from the history', () => {
      const cancelled = assessment({
        status: 'cancelled',
        sentAt: at(-4 * DAY),
        history: [
          { status: 'sent', at: at(-4 * DAY), note: null },
          { status: 'cancelled', at: at(-DAY), note: 'Cancelled by Dana Ruiz' },
        ],
      });
      const { container } = renderBadge(<AssessmentStatusBadge assessment={cancelled} showDetail />);
      expect(spokenText(badge(container))).toBe('Status: Cancelled, 1 Nov');
    });

    it('failed: the vendor’s own word when it says more than the label', () => {
      const failed = assessment({
        status: 'failed',
        vendorStatus: 'bounced',
        history: [{ status: 'failed', at: at(-DAY), note: 'Vendor webhook' }],
      });
      const { container } = renderBadge(<AssessmentStatusBadge assessment={failed} showDetail />);
      expect(screen.getByText('1 Nov · Vendor: bounced')).toBeInTheDocument();
      expect(spokenText(badge(container))).toBe('Status: Failed, 1 Nov, Vendor: bounced');
    });

    it('failed: "Delivery failed" when the vendor word is just "failed"', () => {
      const failed = assessment({ status: 'failed', vendorStatus: 'FAILED' });
      const { container } = renderBadge(<AssessmentStatusBadge assessment={failed} showDetail />);
      expect(spokenText(badge(container))).toBe('Status: Failed, Delivery failed');
    });
  });

  it('shows a status the wire did not know as Unknown, with the word the backend sent', () => {
    const raw = {
      ...assessment(),
      status: 'weird_vendor_value',
      vendorStatus: null,
      reportUrl: 'javascript:alert(1)',
    };
    const parsed = assessmentSchema.parse(raw);
    const { container } = renderBadge(<AssessmentStatusBadge assessment={parsed} showDetail />);
    const root = badge(container);
    expect(root).toHaveAttribute('data-status', 'unknown');
    expect(screen.getByText('Unknown')).toBeInTheDocument();
    expect(screen.getByText('Reported as “weird_vendor_value”')).toBeInTheDocument();
    expect(spokenText(root)).toBe('Status: Unknown, Reported as “weird_vendor_value”');
  });

  it('still renders a status value this build has never heard of', () => {
    const { container } = renderBadge(<AssessmentStatusBadge status={'on_hold' as AssessmentStatus} />);
    const root = badge(container);
    expect(root).toHaveAttribute('data-status', 'on_hold');
    expect(screen.getByText('on_hold')).toBeInTheDocument();
    expect(root.querySelector('svg')).not.toBeNull();
  });

  describe('custom detail', () => {
    it('a string joins the spoken phrase', () => {
      const { container } = renderBadge(<AssessmentStatusBadge status="completed" detail="Top 10%" />);
      expect(screen.getByText('Top 10%')).toHaveAttribute('aria-hidden', 'true');
      expect(spokenText(badge(container))).toBe('Status: Completed, Top 10%');
    });

    it('markup is read as it is, after the status', () => {
      const { container } = renderBadge(
        <AssessmentStatusBadge status="sent" detail={<a href="https://example.com/r">Open report</a>} />,
      );
      expect(screen.getByRole('link', { name: 'Open report' })).toBeInTheDocument();
      expect(spokenText(badge(container))).toBe('Status: SentOpen report');
    });

    it('replaces the derived detail', () => {
      const sent = assessment({ status: 'sent', expiresAt: at(3 * DAY) });
      renderBadge(<AssessmentStatusBadge assessment={sent} showDetail detail="Reminder sent" />);
      expect(screen.getByText('Reminder sent')).toBeInTheDocument();
      expect(screen.queryByText('Expires in 3 days')).toBeNull();
    });
  });

  describe('text overrides', () => {
    it('from the provider', () => {
      const completed = assessment({ status: 'completed', completedAt: at(-HOUR), score: { got: 82, total: 100 } });
      const { container } = renderBadge(<AssessmentStatusBadge assessment={completed} showDetail />, {
        locale: 'de-DE',
        text: {
          statusBadge: {
            labels: { completed: 'Abgeschlossen' },
            scoreLabel: (got, total) => `${got} von ${total} Punkten`,
            accessibleName: (label, detail) => (detail ? `Status: ${label}, ${detail}` : `Status: ${label}`),
          },
        },
      });
      expect(screen.getByText('Abgeschlossen')).toBeInTheDocument();
      expect(spokenText(badge(container))).toBe('Status: Abgeschlossen, 2. Nov., 82 von 100 Punkten');
    });

    it('from the prop, over the provider, leaving the rest as defaults', () => {
      renderBadge(
        <>
          <AssessmentStatusBadge status="sent" text={{ statusBadge: { labels: { sent: 'Invited' } } }} />
          <AssessmentStatusBadge status="expired" />
        </>,
        { text: { statusBadge: { labels: { sent: 'Dispatched' } } } },
      );
      expect(screen.getByText('Invited')).toBeInTheDocument();
      expect(screen.queryByText('Dispatched')).toBeNull();
      expect(screen.getByText('Expired')).toBeInTheDocument();
    });

    it('every default string is English and non-empty', () => {
      for (const status of everyStatus) expect(statusBadgeText.labels[status]).toBe(expectedLabels[status]);
      expect(statusBadgeText.scoreLabel('82', '100')).toBe('82 out of 100');
      expect(statusBadgeText.accessibleName('Sent', null)).toBe('Status: Sent');
    });
  });

  it('passes span props through and merges the class name', () => {
    const ref = createRef<HTMLSpanElement>();
    const { container } = renderBadge(
      <AssessmentStatusBadge ref={ref} status="completed" size="sm" className="host-class" id="badge-1" data-row="7" />,
    );
    const root = badge(container);
    expect(root).toHaveClass('ak-status-badge', 'host-class');
    expect(root).toHaveAttribute('id', 'badge-1');
    expect(root).toHaveAttribute('data-row', '7');
    expect(root).toHaveAttribute('data-size', 'sm');
    expect(ref.current).toBe(root);
    expect(container.children).toHaveLength(1);
  });

  it('explains itself when rendered outside the provider', () => {
    expect(() => render(<AssessmentStatusBadge status="sent" />)).toThrow(/must be used within `AssessmentKitProvider`/);
  });
});

describe('AssessmentStatusBadge detail: missing data and boundaries', () => {
  const spoken = (value: Assessment) => {
    const { container } = renderBadge(<AssessmentStatusBadge assessment={value} showDetail />);
    return spokenText(badge(container));
  };

  describe('nothing to say is said as nothing, never a crash', () => {
    it.each<[string, Partial<Assessment>, string]>([
      ['completed with a date but no score', { status: 'completed', completedAt: at(-2 * HOUR), score: null }, 'Status: Completed, 2 Nov'],
      ['completed with neither date nor score', { status: 'completed', completedAt: null, score: null }, 'Status: Completed'],
      ['completed with a score of zero', { status: 'completed', completedAt: null, score: { got: 0, total: 10 } }, 'Status: Completed, 0 out of 10'],
      ['in progress with no start time and no expiry', { status: 'in_progress', startedAt: null, expiresAt: null }, 'Status: In progress'],
      ['expired with no expiry and no history', { status: 'expired', expiresAt: null, history: [] }, 'Status: Expired'],
      ['cancelled with no history', { status: 'cancelled', history: [] }, 'Status: Cancelled'],
      ['sent with no dates at all', { status: 'sent', sentAt: null, expiresAt: null }, 'Status: Sent'],
      ['unknown with no vendor word to quote', { status: 'unknown', vendorStatus: null }, 'Status: Unknown'],
    ])('%s', (_, overrides, phrase) => {
      expect(spoken(assessment(overrides))).toBe(phrase);
    });

    it('derives no detail at all, not an empty one', () => {
      const cancelled = assessment({ status: 'cancelled', history: [] });
      expect(describeStatusDetail(cancelled, statusBadgeText, createFormatters('en-GB', () => new Date(NOW)), NOW)).toBeNull();
    });
  });

  it('expired: the date from the history when the link had no expiry', () => {
    const expired = assessment({ status: 'expired', expiresAt: null, history: [{ status: 'expired', at: at(-DAY), note: null }] });
    expect(spoken(expired)).toBe('Status: Expired, 1 Nov');
  });

  it('takes the date of the entry with the current status, wherever the history lists it', () => {
    const cancelled = assessment({
      status: 'cancelled',
      // Newest first, as some backends send it.
      history: [
        { status: 'cancelled', at: at(-DAY), note: null },
        { status: 'sent', at: at(-4 * DAY), note: null },
      ],
    });
    expect(spoken(cancelled)).toBe('Status: Cancelled, 1 Nov');
  });

  describe('sent: when the link runs out', () => {
    it.each<[string, number, string, boolean]>([
      ['ran out a minute ago', -60_000, 'Link expired 2 Nov', true],
      ['runs out right now', 0, 'Link expired 2 Nov', true],
      ['runs out in a minute', 60_000, 'Expires in 1 minute', true],
      ['runs out in a minute under 48 hours', 48 * HOUR - 60_000, 'Expires in 2 days', true],
      ['runs out in exactly 48 hours', 48 * HOUR, 'Expires in 2 days', false],
      ['runs out in a minute over 48 hours', 48 * HOUR + 60_000, 'Expires in 2 days', false],
    ])('a link that %s', (_, offset, shown, urgent) => {
      const sent = assessment({ status: 'sent', sentAt: at(-DAY), expiresAt: at(offset) });
      const { container } = renderBadge(<AssessmentStatusBadge assessment={sent} showDetail />);
      expect(spokenText(badge(container))).toBe(`Status: Sent, ${shown}`);
      if (urgent) expect(badge(container)).toHaveAttribute('data-urgent');
      else expect(badge(container)).not.toHaveAttribute('data-urgent');
    });
  });

  describe('in progress: the expiry only while it is close and still ahead', () => {
    it.each<[string, number, string, boolean]>([
      ['ran out an hour ago', -HOUR, 'Started 5 hours ago', false],
      ['runs out right now', 0, 'Started 5 hours ago', false],
      ['runs out in a minute', 60_000, 'Expires in 1 minute', true],
      ['runs out in a minute under 48 hours', 48 * HOUR - 60_000, 'Expires in 2 days', true],
      ['runs out in exactly 48 hours', 48 * HOUR, 'Started 5 hours ago', false],
    ])('a link that %s', (_, offset, shown, urgent) => {
      const started = assessment({ status: 'in_progress', startedAt: at(-5 * HOUR), expiresAt: at(offset) });
      const { container } = renderBadge(<AssessmentStatusBadge assessment={started} showDetail />);
      expect(spokenText(badge(container))).toBe(`Status: In progress, ${shown}`);
      if (urgent) expect(badge(container)).toHaveAttribute('data-urgent');
      else expect(badge(container)).not.toHaveAttribute('data-urgent');
    });
  });

  describe('the vendor’s word, only when it says more than the badge', () => {
    it.each<[string, AssessmentStatus, string, string]>([
      ['the status itself, spelled another way', 'in_progress', 'In-Progress', 'Status: In progress'],
      ['the status in capitals', 'in_progress', 'IN_PROGRESS', 'Status: In progress'],
      ['a word of its own', 'in_progress', 'Test Left', 'Status: In progress, Vendor: Test Left'],
    ])('%s', (_, status, vendorStatus, phrase) => {
      expect(spoken(assessment({ status, vendorStatus, startedAt: null, expiresAt: null }))).toBe(phrase);
    });

    it('compares with the status and with the label the host chose', () => {
      const text = { statusBadge: { labels: { in_progress: 'In Bearbeitung', failed: 'Bounced' } } };
      const { container } = renderBadge(
        <>
          <AssessmentStatusBadge assessment={assessment({ status: 'in_progress', vendorStatus: 'in_progress' })} showDetail />
          <AssessmentStatusBadge assessment={assessment({ status: 'failed', vendorStatus: 'bounced', history: [] })} showDetail />
        </>,
        { text },
      );
      const [inProgress, failed] = [...container.querySelectorAll('.ak-status-badge')];
      expect(spokenText(inProgress!)).toBe('Status: In Bearbeitung');
      expect(spokenText(failed!)).toBe('Status: Bounced, Delivery failed');
    });
  });
});
