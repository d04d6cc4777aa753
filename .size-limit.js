// Size budgets for the built package (dist/), gzip, measured with esbuild (size-limit's preset-small-lib:
// bundle, minify, tree-shake), as a host's bundler would see the package. Two figures per import:
// - total: what a host adds to its bundle, our dependencies (Radix, react-hook-form, zod...) included. Only what
//   a React host already ships is excluded: react, react-dom, react/jsx-runtime and @tanstack/react-query.
// - own: our code alone, every dependency and peer excluded.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const hostHas = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];
const dependencies = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies), 'react/jsx-runtime', 'zod/mini'];

// What a component loads on first use (`import()`: a dialog it opens) is left out of its own figures: a host's bundler
// puts it in a chunk of its own, fetched when the user opens it. `withLazyParts` budgets the sum of both.
const lazyPartsApart = {
  name: 'lazy-parts-apart',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};
const upFront = (config) => ({ ...config, plugins: [...(config.plugins ?? []), lazyPartsApart] });

const check = (name, importSpec, { total, own, withLazyParts }, path = 'dist/index.js') => [
  { name: `${name} (total)`, path, import: importSpec, limit: total, ignore: hostHas, gzip: true, modifyEsbuildConfig: upFront },
  { name: `${name} (own code)`, path, import: importSpec, limit: own, ignore: dependencies, gzip: true, modifyEsbuildConfig: upFront },
  ...(withLazyParts
    ? [{ name: `${name} with what it loads on first use (total)`, path: 'dist/index.js', import: importSpec, limit: withLazyParts, ignore: hostHas, gzip: true }]
    : []),
];

// A shipped translation is an entry of its own (assessment-kit/locales/<tag>): a host bundles one only if it imports
// it; test/scripts/locale-bundles.test.ts checks that the main entry holds none of their strings. One line per locale.
const locale = (language, tag, textExport, limit) => ({
  name: `${language} text (assessment-kit/locales/${tag})`,
  path: `dist/locales/${tag}.js`,
  import: `{ ${textExport} }`,
  limit,
  gzip: true,
});

export default [
  // What a host needs to connect a vendor and send a test, as the entry stood when it held only that: setup, the
  // badge and sending. Every feature since adds to '*', and a host pays only for what it imports, so '*' has its own,
  // larger budget. Both grew by about 5 and 7 KB when the kit drew its own select, date and time fields and
  // tooltips instead of the browser's (issue 20: 85.6 / 44.9 KB and 122.6 / 80.0 KB measured).
  ...check(
    'Setup and sending (the entry as of Send Assessment)',
    '{ AssessmentKitProvider, createHttpAdapter, AssessmentStatusBadge, AssessmentIntegrations, EnableIntegrationDialog, ManageIntegrationDialog, SendAssessmentDialog }',
    { total: '87 KB', own: '46 KB' },
  ),
  // '*' also carries what a host may use without importing a component: the HTTP adapter's live updates (a
  // Server-Sent Events stream, ~0.5 KB) and the headless hooks' field bindings (~0.5 KB).
  ...check('Whole entry, every feature', '*', { total: '124 KB', own: '81.5 KB' }),
  // A badge sits on every row of a host's candidate list, so it costs next to nothing: 3.3 KB since Scheduled and
  // Expired got icons of their own (3.27 KB measured; icons are one path each, and the badge reuses the formatters).
  ...check('AssessmentStatusBadge alone', '{ AssessmentStatusBadge }', { total: '3.3 KB', own: '3.3 KB' }),
  // The admin-only setup pages, at most 50 KB each. No zod here: the API key's one rule is plain code.
  ...check('AssessmentIntegrations alone', '{ AssessmentIntegrations }', { total: '50 KB', own: '20 KB' }),
  ...check('EnableIntegrationDialog alone', '{ EnableIntegrationDialog }', { total: '50 KB', own: '15 KB' }),
  ...check('ManageIntegrationDialog alone', '{ ManageIntegrationDialog }', { total: '50 KB', own: '18 KB' }),
  // A job's settings page: 65 KB up front; the activity dialog loads once the plan is on screen.
  // The activity dialog's Scorecard, Template and Answer type are the kit's select since issue 20 (+2 KB).
  ...check('InterviewPlanEditor alone', '{ InterviewPlanEditor }', { total: '65 KB', own: '18 KB', withLazyParts: '72.5 KB' }),
  ...check('AssessmentActivityDialog alone', '{ AssessmentActivityDialog }', { total: '62 KB', own: '19 KB' }),
  // Send's expiry is the kit's date field with its calendar, its scorecard the kit's select (+4.7 KB own).
  ...check('SendAssessmentDialog alone', '{ SendAssessmentDialog }', { total: '65 KB', own: '26.5 KB' }),
  // The candidate page: 65 KB up front. The send and schedule dialogs and the feedback form load on first use; with
  // them 85.3 kB once every write dialog held itself open, asked before discarding input and named its next step.
  ...check('CandidateAssessments alone', '{ CandidateAssessments }', { total: '65 KB', own: '20 KB', withLazyParts: '86 KB' }),
  // The interview's start is the kit's date and time fields, its scorecard the kit's select (+5.3 KB own).
  ...check('ScheduleLiveInterviewDialog alone', '{ ScheduleLiveInterviewDialog }', { total: '60 KB', own: '24 KB' }),
  ...check('AssessmentSummary alone', '{ AssessmentSummary }', { total: '5 KB', own: '5 KB' }),
  ...check('AssessmentFeedbackForm alone', '{ AssessmentFeedbackForm }', { total: '60 KB', own: '18 KB' }),
  ...check('AssessmentFeedbackSummary alone', '{ AssessmentFeedbackSummary }', { total: '10 KB', own: '10 KB' }),
  // The kit's own controls (internal modules, measured from dist/ui/): what each adds inside the forms that use them,
  // written rather than taken from Radix Select (32.5 KB) or React Aria's date field (57.3 KB).
  ...check('The kit’s select (ui/Select)', '{ Select }', { total: '6.5 KB', own: '2.6 KB' }, 'dist/ui/Select.js'),
  ...check('The kit’s date field (ui/DateField)', '{ DateField }', { total: '8.3 KB', own: '4.6 KB' }, 'dist/ui/DateField.js'),
  ...check('The kit’s time field (ui/TimeField)', '{ TimeField }', { total: '7.7 KB', own: '3.9 KB' }, 'dist/ui/TimeField.js'),
  // 8 KB held for setup and the badge; six features' rules since (pickers, send, plan, candidates, feedback, live),
  // then the kit's own controls, layers, tooltips and skeletons (issue 20: 12.13 KB measured).
  { name: 'Stylesheet', path: 'dist/styles.css', limit: '12.5 KB', gzip: true },
  // Every string of every component, with the plural helper; each within 5% of what it measured (10.71, 10.90,
  // 10.26 and 10.32 kB).
  locale('German', 'de', 'deText', '11 KB'),
  locale('French', 'fr', 'frText', '11.4 KB'),
  locale('Spanish', 'es', 'esText', '10.7 KB'),
  locale('Brazilian Portuguese', 'pt-BR', 'ptBRText', '10.8 KB'),
];
