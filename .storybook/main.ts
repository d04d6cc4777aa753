import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  // The docs pages (stories/docs/*.mdx) teach the wiring; the stories show every state.
  stories: ['../stories/docs/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  framework: { name: '@storybook/react-vite', options: {} },
  // Serves public/mockServiceWorker.js, so stories talk to the mock server through a real service worker, and the
  // REST contract (docs/rest-contract.md, openapi.json) at /contract/, where the "Wiring your backend" page links.
  staticDirs: ['../public', { from: '../docs', to: '/contract' }],
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true },
  // This is the project's Storybook, not a new one: no "Get started" checklist in the sidebar or the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
};

export default config;
