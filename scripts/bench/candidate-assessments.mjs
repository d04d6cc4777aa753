// Rendering timings for the candidate's assessments in Chromium over the static Storybook
// (stories/candidate-assessments/Benchmarks.stories.tsx): CandidateAssessments with 200 assessments, and a table of
// 5,000 AssessmentSummary rows, each against the same content with plain <span> badges, in the same run. Data is in
// the page before the clock starts; each run is a cold visit that clicks "Render" and waits for the frame painted
// after the last row is in the DOM. Median and p95 over `runs` (at least 15), printed and written to
// reports/bench-candidate-assessments.json. Prints numbers; fails nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const cases = [
  {
    name: 'Candidate with 200 assessments',
    kit: { story: 'candidates-benchmarks--candidate-with-200', done: `document.querySelectorAll('article.ak-assessment-card').length === 200` },
    plain: { story: 'candidates-benchmarks--plain-list-of-200', done: `document.querySelectorAll('ul[aria-label="Assessments"] > li').length === 200` },
  },
  {
    name: 'Table of 5,000 AssessmentSummary rows',
    kit: { story: 'candidates-benchmarks--summary-table-5000', done: `document.querySelectorAll('td .ak-assessment-summary').length === 5000` },
    plain: { story: 'candidates-benchmarks--plain-table-5000', done: `document.querySelectorAll('td > span').length === 5000` },
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
    await page.goto(`${base}/iframe.html?id=${story}&viewMode=story`);
    const render = `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Render')`;
    await page.waitForFunction(`(() => { const b = ${render}; return b && !b.disabled; })()`, undefined, { timeout: 20000 });
    await page.waitForTimeout(200);
    return await page.evaluate(`new Promise((resolve, reject) => {
      const t0 = performance.now();
      ${render}.click();
      const tick = () => {
        if (${done}) requestAnimationFrame(() => resolve(performance.now() - t0));
        else if (performance.now() - t0 > 120000) reject(new Error('timed out'));
        else requestAnimationFrame(tick);
      };
      tick();
    })`);
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
    // Interleaved, so a slow moment of the machine hits both sides alike.
    for (let run = 0; run < runs; run += 1) {
      kitSamples.push(await timeOnce(browser, base, kit));
      plainSamples.push(await timeOnce(browser, base, plain));
    }
    const result = { kit: summary(kitSamples), plain: summary(plainSamples) };
    result.ratio = { median: result.kit.median / result.plain.median, p95: result.kit.p95 / result.plain.p95 };
    report.cases[name] = result;
    console.log(
      `${name}\n` +
        `  kit    median ${round(result.kit.median)} ms, p95 ${round(result.kit.p95)} ms\n` +
        `  plain  median ${round(result.plain.median)} ms, p95 ${round(result.plain.p95)} ms\n` +
        `  ratio  ${result.ratio.median.toFixed(2)}× (median), ${result.ratio.p95.toFixed(2)}× (p95)`,
    );
  }
  const dir = join(new URL('../..', import.meta.url).pathname, 'reports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bench-candidate-assessments.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`  written to reports/bench-candidate-assessments.json`);
  return report;
}
