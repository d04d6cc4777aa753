// Runs the test projects in phases: the Node ones (unit in jsdom, server), then the Chromium ones (stories, browser
// tests), then the strict-CSP page, then every story again in the dark theme. Run together on a 2-core machine,
// jsdom workers starved Chromium until a story's 10 s wait for a dialog ran out (CI, 2026-12). Shared by `npm test` and `npm run test:react18`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const vitest = new URL('../node_modules/.bin/vitest', import.meta.url).pathname;
const phases = [
  { label: 'in Node (jsdom and the server)', projects: ['unit', 'server'] },
  { label: 'in Chromium (stories, browser tests)', projects: ['storybook', 'browser'] },
  // Alone: it bundles and serves its pages and drives a Chromium of its own, which beside the stories starved them.
  { label: 'in Chromium, the server-rendered page under a strict CSP', projects: ['csp'] },
  // Every story again in the dark theme, so axe checks its colours there too (.storybook/preview.tsx reads this).
  { label: 'in Chromium, every story in the dark theme', projects: ['storybook'], env: { VITE_STORY_THEME: 'dark' }, dark: true },
];

/**
 * Every phase runs, even after a failure, so one run reports every failing test.
 * @param {{ title: string, args?: string[], darkStories?: boolean }} options `args` go to each vitest run (e.g.
 *   `--config`); `darkStories: false` leaves out the dark-theme pass (the React 18 run: colours don't depend on React).
 * @returns {{ status: number, summary: string }} `summary` as "N passed, M failed[, K skipped]".
 */
export function runVitestPhases({ title, args = [], darkStories = true }) {
  const reportDir = mkdtempSync(join(tmpdir(), 'assessment-kit-test-'));
  const totals = { passed: 0, failed: 0, skipped: 0 };
  let status = 0;
  let reported = true;
  try {
    phases.forEach(({ label, projects, env, dark }, index) => {
      if (dark && !darkStories) return;
      const report = join(reportDir, `vitest-${index}.json`);
      console.log(`\n▶ ${title} ${label}`);
      const projectArgs = projects.flatMap((name) => ['--project', name]);
      const result = spawnSync(vitest, ['run', ...args, ...projectArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
        stdio: 'inherit',
        env: { ...process.env, ...env },
      });
      if ((result.status ?? 1) !== 0) status = 1;
      if (!existsSync(report)) {
        reported = false;
        return;
      }
      const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(report, 'utf8'));
      totals.passed += numPassedTests;
      totals.failed += numFailedTests;
      totals.skipped += numPendingTests + numTodoTests;
    });
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
  const counts = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
  return { status: reported ? status : 1, summary: reported ? counts : `${counts}; a phase wrote no test report` };
}
