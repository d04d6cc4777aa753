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

const check = (name, importSpec, { total, own, withLazyParts }) => [
  { name: `${name} (total)`, path: 'dist/index.js', import: importSpec, limit: total, ignore: hostHas, gzip: true, modifyEsbuildConfig: upFront },
  { name: `${name} (own code)`, path: 'dist/index.js', import: importSpec, limit: own, ignore: dependencies, gzip: true, modifyEsbuildConfig: upFront },
  ...(withLazyParts
    ? [{ name: `${name} with what it loads on first use (total)`, path: 'dist/index.js', import: importSpec, limit: withLazyParts, ignore: hostHas, gzip: true }]
    : []),
];

export default [
  // What a host needs to connect a vendor and send a test, as the entry stood when it held only that: setup, the
  // badge and sending stay within 85 KB. Every feature since adds to '*', and a host pays only for what it imports,
  // so '*' has its own, larger budget.
  ...check(
    'Setup and sending (the entry as of Send Assessment)',
    '{ AssessmentKitProvider, createHttpAdapter, AssessmentStatusBadge, AssessmentIntegrations, EnableIntegrationDialog, ManageIntegrationDialog, SendAssessmentDialog }',
    { total: '85 KB', own: '40 KB' },
  ),
  // '*' carries what a host may use without importing a component: the HTTP adapter's live updates (a Server-Sent
  // Events stream, ~0.5 KB) and the headless hooks' field bindings (~0.5 KB), hence 116 / 73.5 KB.
  ...check('Whole entry, every feature', '*', { total: '116 KB', own: '73.5 KB' }),
  // A badge sits on every row of a host's candidate list, so it costs next to nothing: 3 KB, held by a few bytes
  // (icons are one path each, and the badge reuses the kit's formatters).
  ...check('AssessmentStatusBadge alone', '{ AssessmentStatusBadge }', { total: '3 KB', own: '3 KB' }),
  // The admin-only setup pages, at most 50 KB each. No zod here: the API key's one rule is plain code.
  ...check('AssessmentIntegrations alone', '{ AssessmentIntegrations }', { total: '50 KB', own: '20 KB' }),
  ...check('EnableIntegrationDialog alone', '{ EnableIntegrationDialog }', { total: '50 KB', own: '15 KB' }),
  ...check('ManageIntegrationDialog alone', '{ ManageIntegrationDialog }', { total: '50 KB', own: '18 KB' }),
  // A job's settings page: 65 KB up front; the activity dialog loads once the plan is on screen.
  ...check('InterviewPlanEditor alone', '{ InterviewPlanEditor }', { total: '65 KB', own: '18 KB', withLazyParts: '70 KB' }),
  ...check('AssessmentActivityDialog alone', '{ AssessmentActivityDialog }', { total: '60 KB', own: '18 KB' }),
  ...check('SendAssessmentDialog alone', '{ SendAssessmentDialog }', { total: '65 KB', own: '22 KB' }),
  // The candidate page: 65 KB up front. The send and schedule dialogs and the feedback form load on first use; with
  // them 85.3 kB once every write dialog held itself open, asked before discarding input and named its next step.
  ...check('CandidateAssessments alone', '{ CandidateAssessments }', { total: '65 KB', own: '20 KB', withLazyParts: '86 KB' }),
  ...check('ScheduleLiveInterviewDialog alone', '{ ScheduleLiveInterviewDialog }', { total: '60 KB', own: '18 KB' }),
  ...check('AssessmentSummary alone', '{ AssessmentSummary }', { total: '5 KB', own: '5 KB' }),
  ...check('AssessmentFeedbackForm alone', '{ AssessmentFeedbackForm }', { total: '60 KB', own: '18 KB' }),
  ...check('AssessmentFeedbackSummary alone', '{ AssessmentFeedbackSummary }', { total: '10 KB', own: '10 KB' }),
  // 8 KB held for setup and the badge; six features' rules since (pickers, send, plan, candidates, feedback, live).
  { name: 'Stylesheet', path: 'dist/styles.css', limit: '12 KB', gzip: true },
];
