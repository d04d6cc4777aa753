/**
 * The kit on a real host page, in Chromium: every public component (the scenes in host-page-scenes.tsx) must look
 * the same on a page carrying Tailwind's preflight, modern-normalize and blunt element rules as on a clean page;
 * the kit's stylesheet must leave the host's own elements alone; and a host's larger root font must not make kit
 * text clip or overlap.
 */
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AssessmentStatusBadge } from '../../src/ui/status-badge';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import type { Appearance } from '../../src/data/appearance';
import { useRootProps } from '../../src/data/root-props';
import { createMockBackend } from '../../src/mock/mock-backend';
import { MOCK_NOW } from '../../src/mock/seed';
import { hostBaseLayerCss, hostLayerOrder, hostPageCss, kitCss, layeredKitCss } from './host-css';
import { hostPageScenes, type HostPageScene } from './host-page-scenes';
import { addStyles, differences, elementsIn, measure, outermostKitRoots, settle, type ElementLook } from './page';

const mockNow = () => new Date(MOCK_NOW);

interface PageOptions {
  appearance?: Appearance;
  /** Resolves once the markup shows what it is about. */
  ready?: () => Promise<void>;
}

/**
 * Shows the markup as a host page would (a provider, which renders no element, around the host's markup) on a page
 * with these stylesheets, waits until it is ready and still, reads the page, and clears it again.
 */
async function onPage<T>(sheets: string[], ui: HostPageScene['render'], { appearance, ready }: PageOptions, read: () => T | Promise<T>): Promise<T> {
  const removeStyles = addStyles(...sheets);
  try {
    const mock = createMockBackend();
    // Away from the top-left corner, where the pointer may rest and hover a kit element on one page only.
    const container = document.body.appendChild(document.createElement('div'));
    container.style.padding = '40px';
    render(
      <AssessmentKitProvider backend={mock.backend} queryClient={createKitQueryClient({ retry: false })} locale="en-GB" now={mockNow} appearance={appearance}>
        {ui(mock)}
      </AssessmentKitProvider>,
      { container },
    );
    await ready?.();
    await settle();
    return await read();
  } finally {
    cleanup();
    removeStyles();
  }
}

/** The look of every kit element of a scene on a page with the given stylesheets. */
function kitLook(scene: HostPageScene, sheets: string[]): Promise<ElementLook[]> {
  return onPage(sheets, scene.render, scene, () => measure(outermostKitRoots()));
}

function report(lines: string[], total: number): string {
  return `${elementsIn(lines)} of ${total} kit elements changed (${lines.length} differences):\n${lines.slice(0, 40).join('\n')}`;
}

describe('on a host page with preflight, modern-normalize and blunt element rules', () => {
  it.each(hostPageScenes.map((scene) => [scene.name, scene] as const))('%s: every kit element looks as on a clean page', async (_name, scene) => {
    const clean = await kitLook(scene, [kitCss]);
    // The host's CSS after the kit's: element rules lose to the kit's classes whatever their order.
    const host = await kitLook(scene, [kitCss, ...hostPageCss]);
    expect(clean.length).toBeGreaterThan(3);
    const lines = differences(clean, host);
    expect(elementsIn(lines), report(lines, clean.length)).toBe(0);
  });

  it.each(hostPageScenes.map((scene) => [scene.name, scene] as const))(
    '%s, with styles.layered.css above the host’s base layer: every kit element looks as on a clean page',
    async (_name, scene) => {
      const clean = await kitLook(scene, [layeredKitCss]);
      const host = await kitLook(scene, [hostLayerOrder, layeredKitCss, hostBaseLayerCss]);
      const lines = differences(clean, host);
      expect(elementsIn(lines), report(lines, clean.length)).toBe(0);
    },
  );

  it('every element a component renders carries an ak- class, which the kit’s reset keys on', async () => {
    const unclassed: string[] = [];
    for (const scene of hostPageScenes) {
      const elements = await onPage([], scene.render, scene, () =>
        // An icon's shapes aside: the icon itself is classed.
        outermostKitRoots().flatMap((root) => [root, ...root.querySelectorAll(':not(svg *)')]),
      );
      for (const element of elements) {
        if (![...element.classList].some((name) => name.startsWith('ak-'))) unclassed.push(`${scene.name}: ${element.outerHTML.slice(0, 120)}`);
      }
    }
    expect(unclassed).toEqual([]);
  });
});

/** Host markup of every common element, to show the kit's stylesheet touches none of them. */
const hostMarkup = `
  <header><h1>Candidates</h1><nav><a href="#a">Pipeline</a> <a href="#b">Reports</a></nav></header>
  <section>
    <h2>Frontend engineer</h2><h3>Technical screen</h3>
    <p>Text with <strong>bold</strong>, <em>emphasis</em>, <code>code</code>, <small>small</small> and <a href="#c">a link</a>.</p>
    <ul><li>One</li><li>Two</li></ul><ol><li>First</li></ol>
    <dl><dt>Stage</dt><dd>Screen</dd></dl>
    <form><label for="host-input">Name</label><input id="host-input" value="Amara"><input type="checkbox" checked>
      <select><option>One</option></select><textarea>Notes</textarea><button type="button">Save</button></form>
    <table><thead><tr><th>Name</th></tr></thead><tbody><tr><td>Amara Okafor</td></tr></tbody></table>
    <svg viewBox="0 0 24 24" width="24" height="24"><circle cx="12" cy="12" r="10"></circle></svg>
    <img alt="" width="20" height="20" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
    <blockquote>Quote</blockquote><hr><div><span>Span</span></div>
  </section>
  <footer>Footer</footer>`;

function hostLook(sheets: string[], markup = hostMarkup): ElementLook[] {
  const removeStyles = addStyles(...sheets);
  const sample = document.body.appendChild(document.createElement('div'));
  sample.innerHTML = markup;
  try {
    return measure([sample]);
  } finally {
    sample.remove();
    removeStyles();
  }
}

describe('the kit’s stylesheet', () => {
  it.each([
    ['a clean page', []],
    ['a page with preflight, normalize and element rules', hostPageCss],
  ])('changes no host element on %s', (_name, hostSheets) => {
    const without = hostLook(hostSheets);
    const withKit = hostLook([kitCss, ...hostSheets]);
    expect(without.length).toBeGreaterThan(30);
    const lines = differences(without, withKit, 0);
    expect(elementsIn(lines), lines.slice(0, 40).join('\n')).toBe(0);
  });
});

/** Host markup whose own class names happen to start with `ak-` (none of them the kit's), outside any kit root. */
const hostAkClasses = ['ak-masthead', 'ak-brand', 'ak-nav-item', 'ak-banner', 'ak-note', 'ak-cta', 'ak-search-box', 'ak-tags', 'ak-tag'];
const hostMarkupWithAkClasses = `
  <header class="ak-masthead"><h1 class="ak-brand">Acme Kit Recruiting</h1><a class="ak-nav-item" href="#a">Jobs</a></header>
  <div class="panel ak-banner">
    <p class="ak-note">Three candidates wait for review.</p>
    <button type="button" class="ak-cta">Review</button>
    <input class="ak-search-box" value="Amara">
    <ul class="ak-tags"><li class="ak-tag">Remote</li><li class="ak-tag">Senior</li></ul>
  </div>`;

describe('a host element with an ak- class of its own, outside any kit root', () => {
  it.each([
    ['styles.css', [kitCss]],
    ['styles.layered.css, in the host’s layer order', [hostLayerOrder, layeredKitCss]],
  ])('is left as it is by %s', (_name, kitSheets) => {
    // Not a name the kit styles: what is tested is the reset, not two stylesheets using one class name.
    for (const name of hostAkClasses) expect(kitCss).not.toMatch(new RegExp(`\\.${name}(?![\\w-])`));
    const without = hostLook([], hostMarkupWithAkClasses);
    const withKit = hostLook(kitSheets, hostMarkupWithAkClasses);
    expect(without.length).toBeGreaterThan(10);
    const lines = differences(without, withKit, 0);
    expect(elementsIn(lines), lines.slice(0, 40).join('\n')).toBe(0);
  });
});

/** A kit root around its children, as a kit page (a candidate's assessments) around the badges it lists. */
function KitScope({ children, className }: { children: ReactNode; className?: string }) {
  return <div {...useRootProps(className)}>{children}</div>;
}

describe('a badge in plain host markup', () => {
  const appearance: Appearance = { theme: 'dark', variables: { fontSize: '16px', mutedTextColor: 'rgb(160, 176, 192)' } };
  const badge = (mock: ReturnType<typeof createMockBackend>) => (
    <AssessmentStatusBadge assessment={mock.allAssessments().find((assessment) => assessment.status === 'completed')!} showDetail />
  );

  const badgeLook = (ui: HostPageScene['render'], sheets = [kitCss], withAppearance = appearance) =>
    onPage(sheets, ui, { appearance: withAppearance }, () => measure([...document.querySelectorAll('.ak-status-badge')]));

  it('looks as inside a kit root, with the provider’s theme and appearance variables', async () => {
    const plain = await badgeLook((mock) => <span>{badge(mock)}</span>);
    const nested = await badgeLook((mock) => <KitScope>{badge(mock)}</KitScope>);
    const lines = differences(nested, plain);
    expect(elementsIn(lines), report(lines, nested.length)).toBe(0);
    const detail = plain.find((look) => look.key.includes('ak-status-badge__detail'))!;
    expect(detail.style.color).toBe('rgb(160, 176, 192)');
    expect(detail.style['font-size']).toBe(`${16 * 0.929}px`);
  });

  it('inside a kit root takes the variables a host set on that root by class', async () => {
    const hostCss = '.host-settings { --ak-text-muted: rgb(10, 20, 30); --ak-tone-success: rgb(0, 90, 40); }';
    const looks = await badgeLook((mock) => <KitScope className="host-settings">{badge(mock)}</KitScope>, [kitCss, hostCss], { theme: 'dark' });
    expect(looks.find((look) => look.key.includes('ak-status-badge__detail'))!.style.color).toBe('rgb(10, 20, 30)');
    expect(looks.find((look) => look.key.includes('ak-status-badge__pill'))!.style.color).toBe('rgb(0, 90, 40)');
  });
});

/** Overflow is fine where the kit scrolls on purpose; hidden text (screen-reader only) is out of sight by design. */
function shownBlocks(root: Element): HTMLElement[] {
  return [root, ...root.querySelectorAll('*')].filter((element): element is HTMLElement => {
    if (!(element instanceof HTMLElement) || element.closest('input, textarea, select')) return false;
    const style = getComputedStyle(element);
    return style.display !== 'inline' && style.display !== 'none' && !isClippedAway(element);
  });
}

function isClippedAway(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (getComputedStyle(node).clip !== 'auto') return true;
  }
  return false;
}

/** Containers whose children sit side by side or in rows: none may overlap another. */
const rowContainers = [
  '.ak-integration-card__main', '.ak-integration-card__title-row', '.ak-integration-card__meta', '.ak-integration-card__actions',
  '.ak-dialog__header', '.ak-dialog__footer', '.ak-enable-steps', '.ak-enable-steps__item', '.ak-manage__details',
  '.ak-manage__action-row', '.ak-status-badge', '.ak-status-badge__pill', '.ak-alert',
];

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
}

function layoutProblems(): string[] {
  const problems: string[] = [];
  for (const root of outermostKitRoots()) {
    for (const element of shownBlocks(root)) {
      const style = getComputedStyle(element);
      const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
      const name = `<${element.tagName.toLowerCase()} class="${element.className}">`;
      // A one-line label that ends in an ellipsis by design (a windowed picker's rows have one fixed height).
      const truncates = style.textOverflow === 'ellipsis' && style.whiteSpace === 'nowrap' && style.overflowX === 'hidden';
      if (!scrolls(style.overflowX) && !truncates && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name} is cut or spills sideways (${element.scrollWidth} > ${element.clientWidth}): "${element.textContent?.slice(0, 60)}"`);
      }
      if (!scrolls(style.overflowY) && element.scrollHeight > element.clientHeight + 1) {
        problems.push(`${name} is cut or spills downwards (${element.scrollHeight} > ${element.clientHeight}): "${element.textContent?.slice(0, 60)}"`);
      }
    }
    for (const container of root.querySelectorAll(rowContainers.join(', '))) {
      const children = [...container.children].filter((child) => !isClippedAway(child) && child.getBoundingClientRect().width > 0);
      children.forEach((child, index) => {
        for (const other of children.slice(index + 1)) {
          if (overlaps(child.getBoundingClientRect(), other.getBoundingClientRect())) {
            problems.push(`in ${container.className}: ${child.className || child.tagName} overlaps ${other.className || other.tagName}`);
          }
        }
      });
    }
  }
  return problems;
}

/**
 * The font families a host page most often gets on Linux (Debian's and Ubuntu's defaults; the kit's stack falls
 * through to whichever is installed). Their metrics differ a lot (Noto Sans's line is 1.36em tall, Liberation
 * Sans's 1.15em), so the kit must hold under each: passing under one font only would be a test of that font.
 */
const fontFamilies = ['Noto Sans', 'DejaVu Sans', 'Liberation Sans'];

/** Whether the browser draws the family itself, not a fallback (text in it measures differently from monospace). */
function isInstalled(family: string): boolean {
  const context = document.createElement('canvas').getContext('2d')!;
  const width = (font: string) => {
    context.font = font;
    return context.measureText('The quick brown fox jumps over 1,234 lazy dogs').width;
  };
  return ['monospace', 'serif'].every((fallback) => width(`20px "${family}", ${fallback}`) !== width(`20px ${fallback}`));
}

/** WCAG 1.4.12's text spacing, as a user's stylesheet (the usual bookmarklet) applies it over every author rule. */
const textSpacingCss = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/**
 * What a person or a host may do to text: each a page stylesheet, and the kit variables a host sets on the kit's
 * roots (as a host stylesheet would: README, Styling).
 */
const textConditions: { name: string; page?: string; variables?: string }[] = [
  { name: 'the host’s root font at 20px, the kit at its own size', page: 'html { font-size: 20px; }' },
  { name: 'the host’s root font at 20px, the kit scaled with it (fontSize 1rem)', page: 'html { font-size: 20px; }', variables: '--ak-font-size: 1rem;' },
  // WCAG 1.4.4: the kit's text at twice its size (28px for its 14px base) in the same host layout.
  { name: 'text at 200%', variables: '--ak-font-size: 28px;' },
  { name: 'the WCAG 1.4.12 text-spacing overrides', page: textSpacingCss },
];

/**
 * Every font under every condition, on the scene as rendered once: the stylesheets change, the markup doesn't.
 * The only allowance is the 1px that rounding scroll sizes to whole pixels takes.
 */
async function problemsInEachFontAndCondition(): Promise<string[]> {
  const problems: string[] = [];
  for (const family of fontFamilies) {
    for (const condition of textConditions) {
      const kitRoots = `.ak-root { --ak-font-family: "${family}"; ${condition.variables ?? ''} }`;
      const removeStyles = addStyles(kitRoots, condition.page ?? '');
      try {
        await settle();
        problems.push(...layoutProblems().map((problem) => `[${family}, ${condition.name}] ${problem}`));
      } finally {
        removeStyles();
      }
    }
  }
  return problems;
}

describe('no kit text clips or overlaps', () => {
  it.each(fontFamilies)('%s is installed (.ci/run installs it): otherwise these tests measure a fallback font', (family) => {
    expect(isInstalled(family)).toBe(true);
  });

  it('every line-height in the kit’s stylesheet is unitless: a line follows its own text, never a fixed length', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(kitCss);
    const fixed: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        const value = rule instanceof CSSStyleRule ? rule.style.lineHeight : '';
        if (value && !/^(\d*\.?\d+|normal|inherit|unset|var\(--ak-line-height\))$/.test(value)) fixed.push(`${(rule as CSSStyleRule).selectorText} { line-height: ${value} }`);
        if ('cssRules' in rule) walk(rule.cssRules as CSSRuleList);
      }
    };
    walk(sheet.cssRules);
    expect(sheet.cssRules.length).toBeGreaterThan(100);
    expect(fixed).toEqual([]);
  });

  it.each(hostPageScenes.map((scene) => [scene.name, scene] as const))(
    `%s: fits in ${fontFamilies.join(', ')}, under each text condition`,
    async (_name, scene) => {
      const problems = await onPage([kitCss], scene.render, scene, problemsInEachFontAndCondition);
      expect(problems).toEqual([]);
    },
  );
});
