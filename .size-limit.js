// Size budgets for the built package (dist/), gzip. Dependencies and peers are excluded: the budget is
// our own code, since a host bundles one copy of React, TanStack Query, Radix, react-hook-form and zod.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const ignore = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies), 'react/jsx-runtime', 'zod/mini'];

export default [
  { name: 'AssessmentStatusBadge imported alone', path: 'dist/index.js', import: '{ AssessmentStatusBadge }', limit: '3 KB', ignore, gzip: true },
  { name: 'Whole entry (own code)', path: 'dist/index.js', import: '*', limit: '25 KB', ignore, gzip: true },
  { name: 'Stylesheet', path: 'dist/styles.css', limit: '8 KB', gzip: true },
];
