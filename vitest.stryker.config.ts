import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Stryker's Vitest config: only the jsdom unit tests, so the Storybook and Chromium plugins of vitest.config.ts
// never load in its sandboxes. Keep it in step with the `unit` project there.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: [...configDefaults.exclude, 'test/browser/**'],
      setupFiles: ['test/setup.ts'],
    },
  }),
);
