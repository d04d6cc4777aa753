// @vitest-environment node
// The kit on an ATS page with a strict Content-Security-Policy: no 'unsafe-inline' for styles, scripts only from
// 'self' with a nonce. Under it the browser drops every `style="…"` attribute in the server's HTML and every
// `<style>` element, and React does not re-apply a server-rendered style on hydration, so a kit element that relies
// on one silently loses it. Each SSR scene is rendered to a string here, served with and without the policy, hydrated
// in Chromium by one small bundle that runs the scene's own `afterHydration`, and must report no violation and end
// with the same computed styles in every element of the kit's roots as without the policy.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockBackend } from '../../src/mock';
import { chromiumArgs, findChromium, missingChromiumMessage } from '../../scripts/chromium.mjs';
import { HostPage } from '../ssr/ssr-host';
import { ssrScenes } from '../ssr/ssr-scenes';

const root = resolve(import.meta.dirname, '../..');
const policy = (nonce: string) =>
  `default-src 'self'; style-src 'self'; script-src 'self' 'nonce-${nonce}'; report-uri /csp-report`;

/** What would show if a style were lost: hidden or shown, placed, sized, clipped, masked, coloured. */
const properties = [
  'display',
  'visibility',
  'position',
  'top',
  'left',
  'width',
  'height',
  'margin',
  'padding',
  'overflow-x',
  'overflow-y',
  'clip',
  'clip-path',
  'white-space',
  'opacity',
  'transform',
  'pointer-events',
  'z-index',
  'color',
  'background-color',
  'border-width',
  '-webkit-text-security',
];

let work: string;
let server: Server;
let origin: string;
let browser: Browser;
const reports: unknown[] = [];

/** On the React 18 run (scripts/vitest.react18.config.ts), the page hydrates with the React the server rendered with. */
function reactAliases(): Record<string, string> {
  const modules = process.env.REACT18_MODULES;
  return modules ? { react: join(modules, 'react'), 'react-dom': join(modules, 'react-dom') } : {};
}

/** A host's page: the server's HTML in #root, the kit's stylesheet, and the page's one script with its nonce. */
function hostPage(scene: number, nonce: string): string {
  const html = renderToString(<HostPage backend={createMockBackend().backend}>{ssrScenes[scene]!.render()}</HostPage>);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="stylesheet" href="/kit.css"></head>
<body><div id="root" data-scene="${scene}">${html}</div><script type="module" nonce="${nonce}" src="/client.js"></script></body></html>`;
}

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage);
  work = mkdtempSync(join(tmpdir(), 'assessment-kit-csp-'));
  await Promise.all([
    build({
      entryPoints: [join(root, 'test/csp/client.tsx')],
      outfile: join(work, 'client.js'),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      // Development React: Testing Library's `act` (the scenes' waits) needs it.
      define: { 'process.env.NODE_ENV': '"development"' },
      alias: { vitest: join(root, 'test/csp/page-vitest.ts'), ...reactAliases() },
      logLevel: 'warning',
    }),
    // The stylesheet as scripts/build.mjs bundles it into the package.
    build({ entryPoints: [join(root, 'src/styles/index.css')], outfile: join(work, 'kit.css'), bundle: true, logLevel: 'warning' }),
  ]);

  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    if (request.method === 'POST' && url.pathname === '/csp-report') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        reports.push(JSON.parse(body));
        response.writeHead(204).end();
      });
      return;
    }
    const asset = { '/client.js': 'text/javascript', '/kit.css': 'text/css' }[url.pathname];
    if (asset) {
      response.writeHead(200, { 'Content-Type': asset }).end(readFileSync(join(work, url.pathname)));
      return;
    }
    const page = /^\/(strict|open)\/(\d+)$/.exec(url.pathname);
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(page[1] === 'strict' ? { 'Content-Security-Policy': policy(nonce) } : {}),
    });
    response.end(hostPage(Number(page[2]), nonce));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath, args: chromiumArgs });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Violation {
  directive: string;
  blocked: string;
  element: string;
  sample: string;
  sentinel: boolean;
}

interface SceneRun {
  violations: Violation[];
  styles: { element: string; styles: Record<string, string> }[];
}

/** Loads one scene's page, waits for its `afterHydration`, and reads every violation and computed style. */
async function runScene(page: Page, path: string): Promise<SceneRun> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { cspViolations: unknown[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      const target = event.target as Element | Document;
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        element: target instanceof Element ? target.outerHTML.slice(0, 200) : '#document',
        sample: event.sample,
        sentinel: target instanceof Element && target.id === 'csp-sentinel',
      });
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}${path}`);
  const result = page.locator('html[data-scene-result]');
  await result.waitFor({ state: 'attached', timeout: 20_000 });
  expect({ result: await result.getAttribute('data-scene-result'), errors }).toEqual({ result: 'done', errors: [] });

  const styles = await page.evaluate((names) => {
    const scope = new Set<Element>();
    for (const root of document.querySelectorAll('.ak-root, [data-ak-announcer]')) {
      scope.add(root);
      for (const element of root.querySelectorAll('*')) scope.add(element);
    }
    return [...scope].map((element, index) => {
      const computed = getComputedStyle(element);
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().replace(/\s+/g, '.')}` : '';
      return {
        element: `${index}: ${element.tagName.toLowerCase()}${classes}`,
        styles: Object.fromEntries(names.map((name) => [name, computed.getPropertyValue(name)])),
      };
    });
  }, properties);

  return { violations: await page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations), styles };
}

/**
 * A known violation at the end (an inline style attribute, the kind the kit must not rely on) proves both recorders
 * hear one, and, once its report has arrived, that the endpoint has every report sent before it.
 */
async function provokeSentinel(page: Page): Promise<void> {
  const before = reports.length;
  await page.evaluate(() => {
    const sentinel = document.createElement('div');
    sentinel.id = 'csp-sentinel';
    sentinel.setAttribute('style', 'color: red');
    document.body.append(sentinel);
  });
  await page.waitForFunction(() =>
    (window as unknown as { cspViolations: { sentinel: boolean }[] }).cspViolations.some((violation) => violation.sentinel),
  );
  await expect.poll(() => reports.length, { timeout: 10_000 }).toBeGreaterThan(before);
}

describe('under a strict Content-Security-Policy (style-src \'self\', no \'unsafe-inline\')', () => {
  it.each(ssrScenes.map((scene, index) => ({ name: scene.name, index })))(
    '$name: no violation, and the same computed styles as without the policy',
    async ({ index }) => {
      const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
      try {
        const reportsBefore = reports.length;
        const strictPage = await context.newPage();
        const strict = await runScene(strictPage, `/strict/${index}`);
        await provokeSentinel(strictPage);
        const open = await runScene(await context.newPage(), `/open/${index}`);

        expect(strict.violations).toEqual([]);
        // The sentinel's report is the only one the endpoint got for this page.
        expect(reports.slice(reportsBefore)).toHaveLength(1);
        expect(strict.styles).toEqual(open.styles);
      } finally {
        await context.close();
      }
    },
  );
});
