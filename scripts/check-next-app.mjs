// Proves the README's server-rendering claims in a Next.js App Router app: copies examples/next-app to a temp folder,
// installs the packed package into it (with the example's pinned next, react and react-dom), runs `next build` and
// `next start` on a free loopback port, then for each page checks that the first HTML already shows the server
// half's data (not a loading state), and that in Chromium the page hydrates and works without a console error or
// warning, a hydration warning, a page error or a failed request.
// Run after `npm run build`; needs the npm registry. KEEP_NEXT_APP=1 keeps the app.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from './chromium.mjs';
import { chromiumOrExit, npm, packKit, root } from './packed-kit.mjs';

const example = join(root, 'examples/next-app');
const candidateId = 'cand-01';
const executablePath = chromiumOrExit();

const work = mkdtempSync(join(tmpdir(), 'assessment-kit-next-'));
const app = join(work, 'next-app');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const next = (args) => [join(app, 'node_modules/next/dist/bin/next'), ...args];
let server = null;
let serverLog = '';

const started = Date.now();
let lap = started;
const step = (what) => {
  const now = Date.now();
  console.log(`  ${what} (${((now - lap) / 1000).toFixed(1)} s)`);
  lap = now;
};

// However this ends (done, failed, Ctrl-C), the server's process group goes and the temp folder with it.
const stopServer = () => {
  if (!server || server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  const exited = new Promise((done) => server.once('exit', done));
  process.kill(-server.pid, 'SIGTERM');
  return exited;
};
const removeWork = () => {
  if (process.env.KEEP_NEXT_APP) console.log(`Kept ${app}`);
  else rmSync(work, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopServer();
    removeWork();
    process.exit(130);
  });
}

try {
  console.log('\n▶ Next.js App Router example (examples/next-app) on the packed kit');
  const tarball = packKit(work);
  step(`npm pack: ${tarball.split('/').pop()}`);

  cpSync(example, app, { recursive: true, filter: (path) => !/\/(node_modules|\.next|next-env\.d\.ts)$/.test(path) });
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  manifest.dependencies['assessment-kit'] = `file:${tarball}`;
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  npm(['install', '--no-audit', '--no-fund', '--loglevel=error'], app);
  const versions = ['next', 'react', 'react-dom'].map((name) => `${name} ${JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')).version}`);
  step(`npm install: the tarball, ${versions.join(', ')}`);

  try {
    execFileSync(process.execPath, next(['build']), { cwd: app, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`next build failed:\n${error.stdout}${error.stderr}`);
  }
  step('next build');

  const origin = await startServer();
  step(`next start: ${origin}`);

  await checkPage(origin, {
    path: '/',
    rendered: async (api) => {
      const { providers } = await api('/providers');
      return [...providers.map((p) => p.name), 'Connected', 'Needs attention', 'Not connected'];
    },
    loading: 'Loading integrations',
    prefetched: /^\/(providers|integrations\/[^/]+)$/,
    interact: async (page, acting) => {
      const enable = page.getByRole('button', { name: /Enable integration/ }).first();
      await hydrated(enable);
      acting();
      await enable.click();
      await page.getByRole('dialog', { name: 'Connect CodeInterview' }).getByText('Where to find it in CodeInterview').waitFor();
      return 'Enable integration opens Connect CodeInterview';
    },
  });

  await checkPage(origin, {
    path: `/candidates/${candidateId}`,
    rendered: async (api) => {
      const { name } = await api(`/candidates/${candidateId}`);
      const { assessments } = await api(`/candidates/${candidateId}/assessments`);
      return [name, ...new Set(assessments.map((a) => a.testTitle))];
    },
    loading: 'Loading assessments',
    prefetched: new RegExp(`^/(providers|candidates/${candidateId}(/assessments)?)$`),
    interact: async (page, acting) => {
      const send = page.getByRole('button', { name: 'Send assessment' }).first();
      await hydrated(send);
      acting();
      await send.click();
      await page.getByRole('dialog', { name: 'Send assessment' }).getByRole('combobox', { name: 'Test' }).waitFor();
      return 'Send assessment opens its form with the tests';
    },
  });

  console.log(`\n✔ The Next.js example builds, sends its data with the HTML and hydrates cleanly in Chromium (${Math.round((Date.now() - started) / 1000)} s)`);
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  if (serverLog) console.error(`\nnext start said:\n${serverLog}`);
  process.exitCode = 1;
} finally {
  await stopServer();
  removeWork();
}

/** `next start` on a free loopback port, in its own process group (so the server it forks stops with it). */
async function startServer() {
  const port = await new Promise((done, failed) => {
    const probe = createServer().once('error', failed).listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => done(free));
    });
  });
  server = spawn(process.execPath, next(['start', '--port', String(port), '--hostname', '127.0.0.1']), {
    cwd: app,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise((ready, failed) => {
    const read = (chunk) => {
      serverLog += chunk;
      if (/Ready in/.test(serverLog)) ready();
    };
    server.stdout.setEncoding('utf8').on('data', read);
    server.stderr.setEncoding('utf8').on('data', read);
    server.once('exit', (code) => failed(new Error(`next start exited (${code}) before it was ready`)));
  });
  return `http://127.0.0.1:${port}`;
}

/**
 * One page: its first HTML carries what the API says (`rendered`, as the page's text, not only in the handed-over
 * cache), then in Chromium it hydrates without asking the API again for what the server sent (`prefetched` routes),
 * `interact` works, and nothing went wrong on the way.
 */
async function checkPage(origin, { path, rendered, loading, prefetched, interact }) {
  const url = `${origin}${path}`;
  const api = async (route) => {
    const response = await fetch(`${origin}/api/assessments${route}`);
    if (!response.ok) throw new Error(`GET /api/assessments${route} answered ${response.status}`);
    return response.json();
  };
  console.log(`\n  ${path}`);
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  // The text React rendered, without the scripts (the RSC payload and the dehydrated cache repeat the data).
  const markup = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  const expected = await rendered(api);
  const absent = expected.filter((text) => !markup.includes(escapeHtml(text)));
  if (absent.length > 0) throw new Error(`${path}: the first HTML lacks ${absent.map((t) => JSON.stringify(t)).join(', ')}`);
  if (markup.includes(loading)) throw new Error(`${path}: the first HTML shows "${loading}" instead of the data`);
  step(`first HTML shows ${expected.length} texts from the API (${expected.slice(0, 3).join(', ')}…), no "${loading}"`);

  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // ERR_ABORTED is the page cancelling its own request (Next.js dropping a link prefetch, a query's AbortSignal).
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'unknown';
      if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
    });
    page.on('response', (answer) => answer.status() >= 400 && problems.push(`HTTP ${answer.status()}: ${answer.url()}`));
    // Until the user acts, the client reads from the handed-over cache: no GET of a route the server prefetched.
    const refetched = [];
    const onRequest = (request) => {
      const { pathname } = new URL(request.url());
      const route = pathname.startsWith('/api/assessments/') ? pathname.slice('/api/assessments'.length) : null;
      if (request.method() === 'GET' && route && prefetched.test(route)) refetched.push(`${route} (${Date.now() - visited} ms after the visit began)`);
    };
    page.on('request', onRequest);
    const visited = Date.now();
    await page.goto(url);
    const done = await interact(page, () => page.off('request', onRequest));
    if (refetched.length > 0) throw new Error(`${path}: the browser fetched again what the server sent: ${refetched.join(', ')}`);
    if (process.env.KEEP_NEXT_APP) await page.screenshot({ path: join(app, `${path.replace(/\W+/g, '-')}.png`), fullPage: true });
    // A production build reports a mismatch as a minified React error (418, 423, 425: hydration's).
    const hydration = problems.filter((p) => /hydrat|did not match|onRecoverableError|react\.dev\/errors\/(418|423|425)\b/i.test(p));
    if (hydration.length > 0) throw new Error(`${path}: hydration warnings:\n${hydration.join('\n')}`);
    if (problems.length > 0) throw new Error(`${path}: the page reported:\n${problems.join('\n')}`);
    step(`Chromium: hydrated without fetching again, ${done}; no console error or warning, page error or failed request`);
  } finally {
    await browser.close();
  }
}

/** Waits until React has hydrated this element (it attaches its props to the DOM node), so a click reaches it. */
async function hydrated(locator) {
  const element = await locator.elementHandle();
  await locator.page().waitForFunction((node) => Object.keys(node).some((key) => key.startsWith('__reactProps$')), element);
}

/** As React writes text into HTML. */
function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}
