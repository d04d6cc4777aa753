// Packs the package as npm would and checks the tarball: publint --strict (package.json, exports, files)
// and attw (types resolve for ESM consumers). First it checks the built modules keep `'use client'`, and that the
// shipped translations import nothing of the kit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
checkUseClient(new URL('../dist', import.meta.url).pathname);
checkLocales(new URL('../dist/locales', import.meta.url).pathname);

/**
 * React Server Components hosts (Next.js App Router) need `'use client'` as the first statement of every built module
 * that uses React, and of the main entry; the entries server code imports (domain, contract, mock) must not carry it.
 */
function checkUseClient(dist) {
  const files = readdirSync(dist, { recursive: true }).filter((file) => file.endsWith('.js'));
  const hasDirective = (file) => /^\s*["']use client["'];/.test(readFileSync(join(dist, file), 'utf8'));
  const usesReact = (file) =>
    /(?:from|import)\s*["'](?:react|react-dom|@tanstack\/react-query|@radix-ui\/[^"']+|react-hook-form|@hookform\/[^"']+)(?:\/[^"']*)?["']/.test(
      readFileSync(join(dist, file), 'utf8'),
    );
  const missing = files.filter((file) => (file === 'index.js' || usesReact(file)) && !hasDirective(file));
  const serverEntries = ['domain/index.js', 'contract.js', 'mock/index.js', 'mock/msw.js'];
  const extra = serverEntries.filter((file) => files.includes(file) && hasDirective(file));
  if (files.length === 0 || missing.length > 0 || extra.length > 0) {
    if (files.length === 0) console.error(`No built modules in ${relative(process.cwd(), dist)}: run \`npm run build\` first.`);
    for (const file of missing) console.error(`dist/${file} uses React but does not start with 'use client'`);
    for (const file of extra) console.error(`dist/${file} is for server code but starts with 'use client'`);
    process.exit(1);
  }
  console.log(`'use client' on dist/index.js and all ${files.filter(usesReact).length} modules that use React; none on the server entries`);
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
