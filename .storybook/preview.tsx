import type { Decorator, Preview } from '@storybook/react-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { useMemo } from 'react';
import { configure } from 'storybook/test';
import { createHttpAdapter } from '../src/backend';
import { AssessmentKitProvider } from '../src/provider/AssessmentKitProvider';
import type { Theme } from '../src/data/appearance';
import { MOCK_NOW } from '../src/mock';
import { MOCK_API_BASE_URL, mockServer } from '../stories/support/mock-server';
import { watchBrowserDrawnControls } from '../stories/support/native-controls';
import '../src/styles/index.css';
import './preview.css';

// Play functions' findBy* wait up to 10 s for what they look for to show: a lazily loaded dialog comes through the
// dev server module by module, and on a loaded 2-core CI machine that once took over 5 s. A longer wait for a
// positive signal only slows a test that fails anyway.
configure({ asyncUtilTimeout: 10_000 });

/** Every story, from render to the end of its play function, shows only controls the kit draws. */
let controlsWatch: ReturnType<typeof watchBrowserDrawnControls> | null = null;

/** Stories render at the mock data's "now", so relative dates ("Expires in 3 days") never drift. */
const storyNow = () => new Date(MOCK_NOW);

const withKitProvider: Decorator = (Story, context) => {
  const theme = (context.globals.theme ?? 'light') as Theme;
  const direction = context.globals.direction === 'rtl' ? 'rtl' : 'ltr';
  // As an RTL host page does: `dir` on <html>, so the story and every portal (dialogs render into body) read it.
  document.documentElement.dir = direction;
  const backend = useMemo(() => createHttpAdapter({ baseUrl: MOCK_API_BASE_URL }), []);
  const appearance = useMemo(() => ({ theme }), [theme]);
  return (
    <AssessmentKitProvider
      // A fresh provider (and QueryClient) per story, so cached data never crosses stories.
      key={context.id}
      backend={backend}
      appearance={appearance}
      locale="en-GB"
      now={storyNow}
      {...context.parameters.kitProvider}
    >
      {/* A host page, not a kit scope: every component brings its own .ak-root, as it must on a real page. */}
      <div className="story-host-page" data-theme={theme} dir={direction}>
        <Story />
      </div>
    </AssessmentKitProvider>
  );
};

const preview: Preview = {
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker(...mockServer.handlers);
      await worker.start({
        quiet: true,
        serviceWorker: { url: './mockServiceWorker.js' },
        // A request to the kit's API that no handler knows is a bug in a story or the kit.
        onUnhandledRequest(request, print) {
          if (new URL(request.url).pathname.startsWith(MOCK_API_BASE_URL)) print.error();
        },
      });
      return worker;
    }),
  ],
  beforeEach() {
    mockServer.reset();
    controlsWatch = watchBrowserDrawnControls();
  },
  afterEach() {
    const found = controlsWatch?.stop() ?? [];
    controlsWatch = null;
    if (found.length > 0) throw new Error(`The browser drew these controls, not the kit: ${found.join(', ')}`);
  },
  decorators: [withKitProvider],
  globalTypes: {
    theme: {
      description: 'Kit theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'system', title: 'System (follows the OS)' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction of the host page',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // STORY_THEME=dark runs every story in the dark theme (CI checks axe in both; stories that set a theme keep it).
  initialGlobals: { theme: import.meta.env.VITE_STORY_THEME === 'dark' ? 'dark' : 'light', direction: 'ltr' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: {
      // What a new visitor sees first, then the components. A new first page goes at the front of `order`.
      storySort: {
        order: [
          'Embedded in an ATS',
          'Docs',
          ['Getting started', 'Wiring your backend', 'Theming', 'Localization', 'Testing your integration', 'Accessibility'],
          '*',
        ],
      },
    },
  },
};

export default preview;
