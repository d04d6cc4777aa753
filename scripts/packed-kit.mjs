// What the checks that install the packed package into a fresh app share (check-host-app, check-next-app): the
// preconditions, npm, and the tarball as the registry would serve it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium, missingChromiumMessage } from './chromium.mjs';

export const root = resolve(import.meta.dirname, '..');

/** The Chromium to load the app in; exits with the reason when there is none or the package isn't built. */
export function chromiumOrExit() {
  const executablePath = findChromium();
  if (!executablePath) exitWith(missingChromiumMessage);
  if (!existsSync(join(root, 'dist/index.js'))) exitWith('No dist/: run `npm run build` first.');
  return executablePath;
}

/** npm in `cwd`; returns its stdout (its stderr goes to ours). */
export const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

/** `npm pack` of the built package into `destination`; returns the tarball's path. */
export function packKit(destination) {
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', destination], root));
  return join(destination, filename);
}

export function exitWith(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}
