// `npm test`: type-check, unit tests in jsdom, then every story and browser test in real Chromium.
// Browser tests never skip silently: without a Chromium this fails and says how to get one.
import { spawnSync } from 'node:child_process';
import { findChromium, missingChromiumMessage } from './chromium.mjs';

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

const chromium = findChromium();
if (!chromium) {
  console.error(`\n✖ ${missingChromiumMessage}`);
  process.exit(1);
}

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
run('Type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
run(`Unit, story and browser tests (Chromium: ${chromium})`, bin('vitest'), ['run']);
