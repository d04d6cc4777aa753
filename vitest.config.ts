import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import viteConfig from './vite.config.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));
/** The system Chromium (no test tool downloads its own browser here), shared by both browser projects. */
const launchOptions = { executablePath: findChromium() ?? undefined, args: chromiumArgs };

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // A safety limit, not a timing assertion: on a loaded 2-core machine a user-level test that drives a whole
      // flow through the HTTP adapter can take several seconds.
      testTimeout: 30_000,
      hookTimeout: 30_000,
      // No retries: a retry hides exactly the timing races a user on a loaded machine would hit. A flaky test is a
      // bug to find, in the test or in the code.
      retry: 0,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['test/**/*.test.{ts,tsx}'],
            exclude: [...configDefaults.exclude, 'test/browser/**', 'test/server/**', 'test/csp/**'],
            setupFiles: ['test/setup.ts'],
          },
        },
        {
          // assessment-kit/server in Node: its own tests, and the backend contract suite against it (PGlite, and a
          // real Postgres when TEST_DATABASE_URL is set; .ci/run starts one).
          extends: true,
          test: {
            name: 'server',
            environment: 'node',
            include: ['test/server/**/*.test.ts', 'test/backend/contract.test.ts'],
            env: { CONTRACT_TARGET: 'server' },
          },
        },
        {
          // The server-rendered kit on a page with a strict Content-Security-Policy: Node serves the page and drives
          // the system Chromium itself (playwright-core), since the test's own page is what sends the header.
          extends: true,
          test: {
            name: 'csp',
            environment: 'node',
            include: ['test/csp/**/*.test.tsx'],
          },
        },
        {
          extends: true,
          plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
          test: {
            name: 'storybook',
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({
                launchOptions,
                // As a user who allowed the clipboard: the Copy buttons' success path runs for real.
                contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
              }),
              instances: [{ browser: 'chromium' }],
            },
          },
        },
        {
          // Plain browser tests (computed styles, layout, portals) in real Chromium, without Storybook.
          extends: true,
          test: {
            name: 'browser',
            include: ['test/browser/**/*.test.{ts,tsx}'],
            setupFiles: ['test/setup.ts'],
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({ launchOptions }),
              instances: [{ browser: 'chromium' }],
              // A desktop page, so dialogs get their full width and nothing wraps as on a phone.
              viewport: { width: 1280, height: 900 },
            },
          },
        },
      ],
    },
  }),
);
