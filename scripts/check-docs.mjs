// Type-checks every ts/tsx code block in README.md, docs/*.md and the Storybook docs pages (stories/docs/*.mdx),
// each as its own module, in a project as strict as a fresh Vite + React + TypeScript app, with `assessment-kit` and
// its subpaths (the shipped locales included) mapped to src/. A quick start that fails as pasted is a bug. A block can opt out only by saying so in
// its info string (```ts no-check).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { codeBlocks } from './docs-blocks.mjs';

const root = resolve(import.meta.dirname, '..');
// Inside node_modules so the blocks resolve react, msw... from the repo's own node_modules.
const workDir = join(root, 'node_modules/.cache/check-docs');
const languages = { ts: 'ts', tsx: 'tsx', typescript: 'ts' };

const filesIn = (dir, extension) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(extension))
    .sort()
    .map((f) => join(root, dir, f));
const sources = [join(root, 'README.md'), ...filesIn('docs', '.md'), ...filesIn('stories/docs', '.mdx')];

rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
const files = [];
let skipped = 0;
for (const source of sources) {
  for (const block of codeBlocks(readFileSync(source, 'utf8'))) {
    const extension = languages[block.language];
    if (!extension) continue;
    if (block.flags.includes('no-check')) {
      skipped += 1;
      continue;
    }
    // Named after where the block lives, so a compiler error points at the Markdown line.
    const name = `${relative(root, source).replace(/[/.]/g, '_')}_line_${block.line}.${extension}`;
    // `export {}` keeps each block a module of its own, as each pasted file would be.
    writeFileSync(join(workDir, name), `${block.code}\nexport {};\n`);
    files.push(name);
  }
}

const src = (path) => [join(root, 'src', path)];
// The shipped translations, as package.json exports them: assessment-kit/locales/<tag> is src/locales/<tag>.ts.
const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const locales = Object.keys(exports)
  .filter((subpath) => subpath.startsWith('./locales/'))
  .map((subpath) => [`assessment-kit${subpath.slice(1)}`, src(`${subpath.slice(2)}.ts`)]);
writeFileSync(
  join(workDir, 'tsconfig.json'),
  JSON.stringify(
    {
      // What `npm create vite@9.3.0 -- --template react-ts` writes into tsconfig.app.json, plus the kit's paths.
      compilerOptions: {
        target: 'es2023',
        lib: ['ES2023', 'DOM'],
        module: 'esnext',
        types: ['vite/client'],
        allowArbitraryExtensions: true,
        skipLibCheck: true,
        moduleResolution: 'bundler',
        allowImportingTsExtensions: true,
        verbatimModuleSyntax: true,
        moduleDetection: 'force',
        noEmit: true,
        jsx: 'react-jsx',
        noUnusedLocals: true,
        noUnusedParameters: true,
        erasableSyntaxOnly: true,
        noFallthroughCasesInSwitch: true,
        // TypeScript 7's defaults, spelled out so the check means the same under an older compiler.
        strict: true,
        noUncheckedSideEffectImports: true,
        paths: {
          'assessment-kit': src('index.ts'),
          'assessment-kit/domain': src('domain/index.ts'),
          'assessment-kit/contract': src('contract.ts'),
          'assessment-kit/mock': src('mock/index.ts'),
          'assessment-kit/mock/msw': src('mock/msw.ts'),
          ...Object.fromEntries(locales),
        },
      },
      files,
    },
    null,
    2,
  ),
);

console.log(`Type-checking ${files.length} code blocks from ${sources.map((s) => relative(root, s)).join(', ')}${skipped ? ` (${skipped} marked no-check)` : ''}`);
if (files.length === 0) {
  console.error('No ts/tsx code blocks found: the README has lost its quick start?');
  process.exit(1);
}
const result = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(workDir, 'tsconfig.json')], { stdio: 'inherit' });
process.exit(result.status ?? 1);
