/**
 * Right to left and the `system` theme, in Chromium: the shipped stylesheet uses no physical left/right property
 * (read through the browser's own CSS parser, shorthands expanded), a dialog on an RTL page keeps its close
 * button at the inline end, icons that point along the text turn round, and `system` follows the OS scheme.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { EnableIntegrationDialog } from '../../src/components/enable-integration';
import { AssessmentFeedbackSummary } from '../../src/components/feedback';
import { AssessmentIntegrations } from '../../src/screens/AssessmentIntegrations';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import type { Theme } from '../../src/data/appearance';
import { mockIds } from '../../src/mock';
import { createMockBackend } from '../../src/mock/mock-backend';
import { MOCK_NOW } from '../../src/mock/seed';
import { createFormatters } from '../../src/data/format';
import { AssessmentHistory } from '../../src/ui/assessment-item/AssessmentHistory';
import { assessmentItemText } from '../../src/ui/assessment-item/text';
import { SendIcon } from '../../src/ui/icons';
import { kitCss } from './host-css';
import { addStyles, settle } from './page';

const mirrored = (name: string) => name.replace(/left|right/, (side) => (side === 'left' ? 'right' : 'left'));

/** Every declaration of the sheet that depends on the physical left or right: `selector { property: value }`. */
function physicalDeclarations(css: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css.replace(/@import[^;]+;/g, ''));
  const found: string[] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      if (!('style' in rule)) continue;
      const style = (rule as CSSStyleRule).style;
      const where = 'selectorText' in rule ? (rule as CSSStyleRule).selectorText : (rule as CSSKeyframeRule).keyText;
      for (const property of Array.from(style)) {
        const value = style.getPropertyValue(property);
        const sided = /(^|-)(left|right)(-|$)/.test(property);
        // A shorthand the parser expanded (`padding: 0`, `inset: 0`) sets both sides alike: no direction in it.
        const symmetric = sided && style.getPropertyValue(mirrored(property)) === value;
        const bad =
          (sided && !symmetric) ||
          (/^(float|clear|text-align)$/.test(property) && /\b(left|right)\b/.test(value)) ||
          (property === 'transform' && /translate(X)?\(\s*-?[1-9]/.test(value)) ||
          (property === 'box-shadow' && value.split(/,(?![^(]*\))/).some((shadow) => /^-?[1-9]/.test(shadow.replace(/rgba?\([^)]*\)|inset/g, '').trim())));
        if (bad) found.push(`${where} { ${property}: ${value} }`);
      }
    }
  };
  visit(sheet.cssRules);
  return found;
}

const mockNow = () => new Date(MOCK_NOW);

function renderKit(ui: ReactNode, theme: Theme = 'light') {
  const mock = createMockBackend();
  return render(
    <AssessmentKitProvider backend={mock.backend} queryClient={createKitQueryClient({ retry: false })} locale="en-GB" now={mockNow} appearance={{ theme }}>
      {ui}
    </AssessmentKitProvider>,
  );
}

let removeStyles = () => {};
afterEach(async () => {
  cleanup();
  removeStyles();
  document.documentElement.dir = '';
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('right to left', () => {
  it('the shipped stylesheet has no physical left/right property', () => {
    expect(physicalDeclarations(kitCss)).toEqual([]);
  });

  it('notices a physical property (the check can fail)', () => {
    expect(physicalDeclarations('.a { margin-left: 4px } .b { padding: 0 1px 0 2px } .c { float: right } .d { inset: 0 }')).toEqual([
      '.a { margin-left: 4px }',
      '.b { padding-right: 1px }',
      '.b { padding-left: 2px }',
      '.c { float: right }',
    ]);
  });

  it('a dialog on an RTL page is centred and has its close button at the inline end (the left)', async () => {
    removeStyles = addStyles(kitCss);
    document.documentElement.dir = 'rtl';
    renderKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    const dialog = await screen.findByRole('dialog', { name: /CodeInterview/ });
    const close = screen.getByRole('button', { name: 'Close' });
    const box = dialog.getBoundingClientRect();
    const button = close.getBoundingClientRect();
    expect(button.left - box.left).toBeLessThan(box.right - button.right);
    expect(Math.abs(box.left + box.width / 2 - window.innerWidth / 2)).toBeLessThan(1);
    // The title leaves room for the button on that side, not the other.
    const header = dialog.querySelector('.ak-dialog__header')!;
    expect(Number.parseFloat(getComputedStyle(header).paddingLeft)).toBeGreaterThan(Number.parseFloat(getComputedStyle(header).paddingRight));
  });

  it('an icon that points along the text turns round in RTL only', () => {
    removeStyles = addStyles(kitCss);
    const { container } = render(
      <div className="ak-root">
        <span dir="ltr">
          <SendIcon />
        </span>
        <span dir="rtl">
          <SendIcon />
        </span>
      </div>,
    );
    const [ltr, rtl] = Array.from(container.querySelectorAll('svg'));
    expect(getComputedStyle(ltr!).scale).toBe('none');
    expect(getComputedStyle(rtl!).scale).toBe('-1 1');
  });

  it('the History chevron points along the text while closed and down once open, in either direction', async () => {
    removeStyles = addStyles(kitCss);
    const history = [{ status: 'sent' as const, at: MOCK_NOW, note: null }];
    const format = createFormatters('en-GB', mockNow);
    for (const dir of ['ltr', 'rtl'] as const) {
      const { container, unmount } = render(
        <div className="ak-root" dir={dir}>
          <AssessmentHistory title="Take-home" history={history} statusLabel={(status) => status} format={format} text={assessmentItemText.history} />
        </div>,
      );
      const toggle = screen.getByRole('button', { name: 'History (1): Take-home' });
      const chevron = container.querySelector('svg')!;
      await settle();
      expect(pointing(chevron), `${dir}, closed`).toEqual(dir === 'rtl' ? 'left' : 'right');
      await userEvent.click(toggle);
      await settle();
      expect(pointing(chevron), `${dir}, open`).toEqual('down');
      unmount();
    }
  });

  it('fills a feedback summary’s answer bars from the right, where an RTL line starts', async () => {
    removeStyles = addStyles(kitCss);
    document.documentElement.dir = 'rtl';
    renderKit(<AssessmentFeedbackSummary assessmentId={mockIds.feedback.allSubmitted} />);
    await screen.findByRole('list', { name: 'Answers by question' });
    const partlyFilled = [...document.querySelectorAll('.ak-feedback-summary__bar')].flatMap((bar) => {
      const fill = bar.querySelector('rect')!.getBoundingClientRect();
      const whole = bar.getBoundingClientRect();
      return fill.width > 0 && fill.width < whole.width - 1 ? [{ fill, whole }] : [];
    });
    expect(partlyFilled.length).toBeGreaterThan(0);
    for (const { fill, whole } of partlyFilled) expect(fill.right).toBeCloseTo(whole.right, 0);
  });

  it('a scorecard question in English on an RTL page keeps its question mark at its end', async () => {
    removeStyles = addStyles(kitCss);
    document.documentElement.dir = 'rtl';
    renderKit(<AssessmentFeedbackSummary assessmentId={mockIds.feedback.allSubmitted} />);
    const prompt = await screen.findByRole('heading', { name: 'Is the UI keyboard and screen-reader accessible?' });
    const text = prompt.textContent!;
    const box = (start: number) => {
      const range = document.createRange();
      const node = document.createTreeWalker(prompt, NodeFilter.SHOW_TEXT).nextNode()!;
      range.setStart(node, start);
      range.setEnd(node, start + 1);
      return range.getBoundingClientRect();
    };
    // Read left to right as written: "Is" first, "?" last (bidi moves a bare "?" to the RTL line's far left).
    expect(box(text.length - 1).left).toBeGreaterThan(box(0).left);
    // And aligned with the page: at the inline start, the right.
    expect(box(text.length - 1).right).toBeGreaterThan(prompt.getBoundingClientRect().right - 2);
  });
});

/**
 * Where a right-pointing icon points on screen, from its computed `scale` and `transform` (the individual
 * property applies outside `transform`, so a mirrored, rotated chevron is scale · transform).
 */
function pointing(icon: Element): 'left' | 'right' | 'up' | 'down' {
  const style = getComputedStyle(icon);
  const [sx = 1, sy = sx] = style.scale === 'none' ? [] : style.scale.split(' ').map(Number);
  const matrix = new DOMMatrix().scale(sx, sy).multiply(new DOMMatrix(style.transform === 'none' ? undefined : style.transform));
  const { x, y } = matrix.transformPoint(new DOMPoint(1, 0));
  if (Math.abs(x) > Math.abs(y)) return x > 0 ? 'right' : 'left';
  return y > 0 ? 'down' : 'up';
}

/** The colours of every element inside the kit's roots, in document order. */
function kitColours(): string[] {
  return Array.from(document.querySelectorAll('.ak-root, .ak-root *')).map((element) => {
    const style = getComputedStyle(element);
    return `${element.className} ${style.color} ${style.backgroundColor} ${style.borderTopColor}`;
  });
}

async function coloursOf(theme: Theme): Promise<string[]> {
  renderKit(<AssessmentIntegrations />, theme);
  await waitFor(() => expect(screen.getAllByText(/^Status: /)).toHaveLength(3));
  await screen.findByText('The API key was revoked in DevScreen.');
  await settle(); // a card's border fades to its state's colour
  const colours = kitColours();
  cleanup();
  return colours;
}

describe('the system theme', () => {
  it('on a dark OS, every element has exactly the dark theme’s colours (so the dark stories’ contrast checks hold for it)', async () => {
    removeStyles = addStyles(kitCss);
    const dark = await coloursOf('dark');
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    const system = await coloursOf('system');
    expect(system.length).toBeGreaterThan(50);
    expect(system).toEqual(dark);
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    expect(await coloursOf('system')).toEqual(await coloursOf('light'));
  });

  it('follows the operating system’s colour scheme', async () => {
    removeStyles = addStyles(kitCss);
    renderKit(<AssessmentIntegrations />, 'system');
    const root = await screen.findByRole('region', { name: 'Assessments' });
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    expect(getComputedStyle(root).color).toBe('rgb(231, 235, 243)');
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    expect(getComputedStyle(root).color).toBe('rgb(15, 23, 42)');
  });
});
