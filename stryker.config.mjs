// `npm run test:mutation`: which changes to the source would the unit suite let through?
// A local tool, not part of CI or `npm test`: a full run takes the better part of an hour on 2 cores.
// Narrow it with `npm run test:mutation -- --mutate src/backend/errors.ts`; results are reused incrementally.
// Incremental mode keeps the old result of a static mutant (module-level code: tables, Sets, key factories) even
// when a new test would kill it: after adding tests, run once with `-- --force` for true figures.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  // TypeScript 7 has no JS API, and Stryker's tsconfig step needs one: pointing at a missing file skips the step.
  tsconfigFile: 'tsconfig.stryker-skip.json',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  mutate: [
    'src/backend/**/*.ts',
    'src/data/**/*.{ts,tsx}',
    'src/mock/mock-backend.ts',
    'src/domain/assessment-status.ts',
    'src/domain/integration-rules.ts',
    'src/components/status-badge/status-detail.ts',
    'src/components/**/use*.ts',
    '!src/**/index.ts',
    // Generates docs/openapi.json; the openapi test pins its output as a whole.
    '!src/backend/openapi.ts',
  ],
  ignorePatterns: ['dist', 'storybook-static', 'coverage'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
};
