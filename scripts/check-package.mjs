// Packs the package as npm would and checks the tarball: publint --strict (package.json, exports, files)
// and attw (types resolve for ESM consumers). First it checks the built modules keep `'use client'`, and that the
// shipped translations import nothing of the kit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { needsUseClient } from './use-client.mjs';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
checkUseClient(new URL('../dist', import.meta.url).pathname);
checkLocales(new URL('../dist/locales', import.meta.url).pathname);

/**
 * React Server Components hosts (Next.js App Router) need `'use client'` as the first statement of every built module
 * that uses React (use-client.mjs), and none on what a server calls: the entries server code imports, and the main
 * entry with the query options, the kit's QueryClient and the HTTP adapter, which a server component prefetches with.
 */
function checkUseClient(dist) {
  const files = readdirSync(dist, { recursive: true }).filter((file) => file.endsWith('.js'));
  const code = (file) => readFileSync(join(dist, file), 'utf8');
  const hasDirective = (file) => /^\s*["']use client["'];/.test(code(file));
  const missing = files.filter((file) => needsUseClient(code(file)) && !hasDirective(file));
  const serverCalled = [
    'index.js', 'data/query-options.js', 'data/query-client.js', 'backend/http-adapter.js',
    'domain/index.js', 'contract.js', 'mock/index.js', 'mock/msw.js', 'server/index.js',
  ];
  const extra = serverCalled.filter((file) => !files.includes(file) || hasDirective(file));
  if (files.length === 0 || missing.length > 0 || extra.length > 0) {
    if (files.length === 0) console.error(`No built modules in ${relative(process.cwd(), dist)}: run \`npm run build\` first.`);
    for (const file of missing) console.error(`dist/${file} uses React but does not start with 'use client'`);
    for (const file of extra) console.error(`dist/${file} is called by server code but is missing or starts with 'use client'`);
    process.exit(1);
  }
  console.log(`'use client' on all ${files.filter(hasDirective).length} modules that use React; none on the ${serverCalled.length} a server calls`);
}

/** A locale (assessment-kit/locales/<tag>) imports only its sibling modules (the plural helper): a host that imports one bundles its strings alone. */
function checkLocales(dir) {
  const files = readdirSync(dir).filter((file) => file.endsWith('.js'));
  const outside = files.flatMap((file) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import)\s*["']([^"']+)["']/g)]
      .map(([, specifier]) => specifier)
      .filter((specifier) => !/^\.\/[\w-]+\.js$/.test(specifier))
      .map((specifier) => `dist/locales/${file} imports ${specifier}`),
  );
  if (files.length === 0 || outside.length > 0) {
    if (files.length === 0) console.error('No built locales in dist/locales');
    for (const line of outside) console.error(line);
    process.exit(1);
  }
  console.log(`dist/locales: ${files.length} modules, none imports anything but its siblings`);
}

const dir = mkdtempSync(join(tmpdir(), 'assessment-kit-pack-'));
try {
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' });
  const [{ filename, size, unpackedSize, entryCount }] = JSON.parse(output);
  const tarball = join(dir, filename);
  console.log(`Packed ${filename}: ${entryCount} files, ${size} bytes (${unpackedSize} unpacked)`);
  execFileSync(bin('publint'), ['run', tarball, '--strict'], { stdio: 'inherit' });
  execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--exclude-entrypoints', './styles.css', './styles.layered.css'], { stdio: 'inherit' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
