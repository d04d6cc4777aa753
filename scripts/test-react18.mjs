// `npm run test:react18`: the kit on React 18.3, the oldest React its peer range promises (`^18.2.0 || ^19.0.0`).
// 1. Installs react, react-dom and their types at 18.3 into .react18/ (gitignored; nothing in the repo changes).
// 2. Type-checks the package's declarations as a strict React 18 host compiles them (skipLibCheck off).
// 3. Runs every test project on it: unit (jsdom) with the server-rendering tests, the browser tests and every story
//    in Chromium, with react/react-dom aliased to that install (scripts/vitest.react18.config.ts; a setup file fails
//    every test file if React 19 slipped in). Running the stories found a React 18-only bug: a trigger that doesn't
//    forward its ref loses focus return.
// Prints a closing line and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runVitestPhases } from './vitest-phases.mjs';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, '.react18');
const versions = { react: '18.3.1', 'react-dom': '18.3.1', '@types/react': '18.3.32', '@types/react-dom': '18.3.7' };
const bin = (name) => join(root, 'node_modules/.bin', name);
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}`);
  const since = Date.now();
  const status = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options }).status ?? 1;
  console.log(`  (${seconds(since)})`);
  return status;
}

function fail(message) {
  console.error(`\n✖ React 18: ${message} (${seconds(started)})`);
  process.exit(1);
}

const installed = (name) => {
  const manifest = join(dir, 'node_modules', name, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : null;
};

// 1. React 18, only when .react18/ doesn't hold exactly these versions yet.
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ private: true, dependencies: versions }, null, 2)}\n`);
if (Object.entries(versions).some(([name, version]) => installed(name) !== version)) {
  if (run('Install React 18.3 into .react18/', 'npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], { cwd: dir }) !== 0) {
    fail('npm install failed');
  }
} else {
  console.log(`▶ React ${versions.react} already in .react18/`);
}

// 2. The declarations of every public entry (package.json `exports`), checked against React 18's types.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entries = Object.values(pkg.exports).flatMap((target) => (typeof target === 'object' && target.types ? [target.types] : []));
const typesDir = join(dir, 'types');
rmSync(typesDir, { recursive: true, force: true });
writeFileSync(
  join(dir, 'host.ts'),
  entries.map((types, index) => `export * as entry${index} from '${types.replace('./dist/', './types/').replace(/\.d\.ts$/, '')}';`).join('\n') + '\n',
);
writeFileSync(
  join(dir, 'tsconfig.json'),
  JSON.stringify(
    {
      compilerOptions: {
        target: 'es2023',
        lib: ['ES2023', 'DOM'],
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        // What a strict host sees: our .d.ts and our dependencies' .d.ts, all against React 18's types.
        skipLibCheck: false,
        types: [],
        paths: {
          react: ['./node_modules/@types/react'],
          'react/*': ['./node_modules/@types/react/*'],
          'react-dom': ['./node_modules/@types/react-dom'],
          'react-dom/*': ['./node_modules/@types/react-dom/*'],
        },
      },
      files: ['host.ts'],
    },
    null,
    2,
  ),
);
if (run('Emit the declarations', bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', typesDir]) !== 0) fail('declarations did not emit');
if (run(`Type-check ${entries.length} public entries' declarations against @types/react ${versions['@types/react']}`, bin('tsc'), ['-p', join(dir, 'tsconfig.json')]) !== 0) {
  fail('the declarations do not compile against React 18’s types');
}

// 3. Every test project on React 18.
const { status, summary } = runVitestPhases({ title: `React ${versions.react}:`, args: ['--config', 'scripts/vitest.react18.config.ts'], darkStories: false });
if (status !== 0) fail(`tests failed: ${summary}`);
console.log(`\n✔ React ${versions.react}: declarations type-check; tests ${summary} (${seconds(started)})`);
