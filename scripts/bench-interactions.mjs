// Interaction timings in real Chromium, over the static Storybook and the mock server's service worker.
// Prints numbers; enforces nothing (no issue sets a timing budget yet). Usage: npm run bench
//   BENCH_RUNS=9 npm run bench     more runs per interaction (default 7)
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { benchSendAssessment } from './bench/send-assessment.mjs';
import { benchCandidateAssessments } from './bench/candidate-assessments.mjs';
import { storyUrl } from './bench/story-url.mjs';
import { chromiumArgs, findChromium, missingChromiumMessage } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const staticDir = join(root, 'storybook-static');
const runs = Number(process.env.BENCH_RUNS ?? 7);
// RAIL: a response within 100 ms feels instant; we report each median as a share of it.
const INSTANT_MS = 100;
// The mock server accepts this key (src/mock/api-keys.ts).
const MOCK_VALID_API_KEY = 'ci_live_4f9a2c7e1b8d5a3f';

const executablePath = findChromium();
if (!executablePath) {
  console.error(missingChromiumMessage);
  process.exit(1);
}
if (!existsSync(join(staticDir, 'iframe.html')) || process.env.BENCH_REBUILD === '1') {
  console.log('▶ Building Storybook');
  const build = spawnSync(join(root, 'node_modules/.bin/storybook'), ['build', '--quiet', '-o', staticDir], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(staticDir, path === '/' ? 'index.html' : path);
  if (!file.startsWith(staticDir) || !existsSync(file) || statSync(file).isDirectory()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath, args: chromiumArgs });

/** Waits in the page, frame by frame, until `predicate` holds; returns ms since `t0`. */
const waitInPage = `(predicate, t0) => new Promise((resolve, reject) => {
  const deadline = t0 + 10000;
  const tick = () => {
    if (predicate()) resolve(performance.now() - t0);
    else if (performance.now() > deadline) reject(new Error('timed out'));
    else requestAnimationFrame(tick);
  };
  tick();
})`;

/** One measurement in a fresh browser context (a fresh service worker and cache, as a first visit). */
async function measure(storyId, ready, act) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(storyUrl(base, storyId));
    await page.waitForFunction(`(${ready})()`, undefined, { timeout: 15000 });
    return await page.evaluate(`(${act})(${waitInPage})`);
  } finally {
    await context.close();
  }
}

const button = (text) => `[...document.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(${JSON.stringify(text)}))`;

const interactions = [
  {
    name: 'Open "Enable integration" until the key field has focus',
    story: 'integrations-assessmentintegrations--all-states',
    ready: `() => ${button('Enable integration')}`,
    act: `async (wait) => {
      const t0 = performance.now();
      ${button('Enable integration')}.click();
      return wait(() => document.activeElement?.matches('input[name="apiKey"]'), t0);
    }`,
  },
  {
    name: 'Connect a valid key until the webhook step is shown',
    story: 'integrations-enableintegrationdialog--entering-key',
    ready: `() => document.querySelector('input[name="apiKey"]') && ${button('Connect')}`,
    act: `async (wait) => {
      const input = document.querySelector('input[name="apiKey"]');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(MOCK_VALID_API_KEY)});
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const t0 = performance.now();
      ${button('Connect')}.click();
      return wait(() => [...document.querySelectorAll('h3')].some((h) => h.textContent.startsWith('Add the webhook')), t0);
    }`,
  },
  {
    name: 'Open "Manage" until its webhook URL is shown',
    story: 'integrations-assessmentintegrations--all-states',
    ready: `() => ${button('Manage')}`,
    act: `async (wait) => {
      const t0 = performance.now();
      ${button('Manage')}.click();
      return wait(() => [...document.querySelectorAll('.ak-copy-field__value')].some((i) => i.value.startsWith('https://')), t0);
    }`,
  },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`\nInteraction timings in Chromium, ${runs} runs each, mock server with no added latency\n`);
for (const { name, story, ready, act } of interactions) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) samples.push(await measure(story, ready, act));
  const mid = median(samples);
  console.log(
    `${name}\n  median ${mid.toFixed(1)} ms (${(mid / INSTANT_MS).toFixed(2)}× the 100 ms "instant" budget), ` +
      `min ${Math.min(...samples).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`,
  );
}

await benchSendAssessment({ browser, base, runs });

await benchCandidateAssessments({ browser, base, runs });

await browser.close();
server.close();
