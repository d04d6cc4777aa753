// Rendering timings for the candidate's assessments in Chromium over the static Storybook
// (stories/candidate-assessments/Benchmarks.stories.tsx): CandidateAssessments with 200 assessments, and a table of
// 5,000 AssessmentSummary rows, each against the same content with plain <span> badges, in the same run. Data is in
// the page before the clock starts; each run is a cold visit that clicks "Render" and waits for the frame painted
// after the last row is in the DOM. Median and p95 over `runs` (at least 15), printed and written to
// reports/bench-candidate-assessments.json. Prints numbers; fails nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyUrl } from './story-url.mjs';

const cases = [
  {
    name: 'Candidate with 200 assessments',
    kit: { story: 'candidates-benchmarks--candidate-with-200', done: `root.querySelectorAll('article.ak-assessment-card').length === 200` },
    plain: { story: 'candidates-benchmarks--plain-list-of-200', done: `root.querySelectorAll('ul[aria-label="Assessments"] > li').length === 200` },
  },
  {
    name: 'Table of 5,000 AssessmentSummary rows',
    kit: { story: 'candidates-benchmarks--summary-table-5000', done: `root.querySelectorAll('td .ak-assessment-summary').length === 5000` },
    plain: { story: 'candidates-benchmarks--plain-table-5000', done: `root.querySelectorAll('td > span').length === 5000` },
  },
];

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const summary = (values) => ({ median: percentile(values, 50), p95: percentile(values, 95), runs: values.length });
const round = (value) => Math.round(value * 10) / 10;

/** One cold visit: wait until "Render" is enabled (data loaded), click it, time until painted. */
async function timeOnce(browser, base, { story, done }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(storyUrl(base, story));
    const render = `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Render')`;
    await page.waitForFunction(`(() => { const b = ${render}; return b && !b.disabled; })()`, undefined, { timeout: 20000 });
    await page.waitForTimeout(200);
    // Only the story's own markup: Storybook's page has tables and lists of its own.
    const timing = page.evaluate(`new Promise((resolve) => {
      const root = document.getElementById('storybook-root');
      const t0 = performance.now();
      ${render}.click();
      const tick = () => {
        if (${done}) requestAnimationFrame(() => resolve(performance.now() - t0));
        else requestAnimationFrame(tick);
      };
      tick();
    })`);
    // Outside the page: a renderer that stops producing frames (out of memory on a crowded machine) must not hang the run.
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), 120_000);
    });
    try {
      return await Promise.race([timing, timeout]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await context.close();
  }
}

export async function benchCandidateAssessments({ browser, base, runs: requestedRuns }) {
  const runs = Math.max(15, requestedRuns);
  const report = { when: new Date().toISOString(), chromium: browser.version(), runs, cases: {} };
  console.log(`\nCandidate assessments: render to paint in Chromium, ${runs} cold runs each, kit against plain <span> badges\n`);
  for (const { name, kit, plain } of cases) {
    const kitSamples = [];
    const plainSamples = [];
    let failed = 0;
    // Interleaved, so a slow moment of the machine hits both sides alike. A run that times out is counted, not fatal.
    for (let run = 0; run < runs; run += 1) {
      try {
        const kitMs = await timeOnce(browser, base, kit);
        const plainMs = await timeOnce(browser, base, plain);
        kitSamples.push(kitMs);
        plainSamples.push(plainMs);
      } catch {
        failed += 1;
      }
    }
    if (kitSamples.length === 0) {
      console.log(`${name}\n  every run timed out`);
      report.cases[name] = { failed };
      continue;
    }
    const result = { kit: summary(kitSamples), plain: summary(plainSamples), failedRuns: failed };
    result.ratio = { median: result.kit.median / result.plain.median, p95: result.kit.p95 / result.plain.p95 };
    report.cases[name] = result;
    console.log(
      `${name}\n` +
        `  kit    median ${round(result.kit.median)} ms, p95 ${round(result.kit.p95)} ms\n` +
        `  plain  median ${round(result.plain.median)} ms, p95 ${round(result.plain.p95)} ms\n` +
        `  ratio  ${result.ratio.median.toFixed(2)}× (median), ${result.ratio.p95.toFixed(2)}× (p95)` +
        (failed ? `\n  ${failed} run(s) timed out and are left out` : ''),
    );
  }
  const dir = join(new URL('../..', import.meta.url).pathname, 'reports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bench-candidate-assessments.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`  written to reports/bench-candidate-assessments.json`);
  return report;
}
