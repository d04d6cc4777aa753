// `npm test`: the import check, type-check (the code and the docs' code blocks), the unit and server tests in Node,
// then every story and browser test in real Chromium.
// Browser tests never skip silently: without a Chromium this fails and says how to get one.
import { spawnSync } from 'node:child_process';
import { findChromium, missingChromiumMessage } from './chromium.mjs';
import { runVitestPhases } from './vitest-phases.mjs';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
}

const chromium = findChromium();
if (!chromium) {
  console.error(`\n✖ ${missingChromiumMessage}`);
  process.exit(1);
}

if (run('Imports run one way (scripts/check-imports.mjs)', process.execPath, [new URL('./check-imports.mjs', import.meta.url).pathname]) !== 0) {
  console.error('\n✖ An import runs against the layers, between two features, or in a cycle');
  process.exit(1);
}

if (run('Type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) !== 0) {
  console.error('\n✖ Type-check failed');
  process.exit(1);
}

if (run('Type-check the code in README.md, docs/ and stories/docs/', process.execPath, [new URL('./check-docs.mjs', import.meta.url).pathname]) !== 0) {
  console.error('\n✖ A code block in the docs does not compile as pasted');
  process.exit(1);
}

const { status, summary } = runVitestPhases({ title: `Tests (Chromium: ${chromium})` });
console.log(`\nTests: ${summary}`);
process.exit(status);
