// Builds the package: ESM modules (one file per source module, so hosts tree-shake and 'use client' stays
// on the files that need it), .d.ts files, and one stylesheet.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { wrapInLayer } from './layered-css.mjs';
import { needsUseClient } from './use-client.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const externals = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
// Node's own modules stay imports (the vendor simulator in assessment-kit/server/testing serves over node:http).
const isExternal = (id) => id.startsWith('node:') || externals.some((name) => id === name || id.startsWith(`${name}/`));

rmSync(dist, { recursive: true, force: true });

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  // Modules that use React need the directive for React Server Components hosts; the rest doesn't (use-client.mjs).
  plugins: [react(), { name: 'use-client', renderChunk: (code) => (needsUseClient(code) ? `'use client';\n${code}` : null) }],
  build: {
    outDir: dist,
    emptyOutDir: false,
    sourcemap: false,
    minify: false,
    lib: {
      // One entry per public subpath (package.json `exports`); preserveModules names each file after its source.
      entry: {
        index: join(root, 'src/index.ts'),
        'domain/index': join(root, 'src/domain/index.ts'),
        contract: join(root, 'src/contract.ts'),
        'mock/index': join(root, 'src/mock/index.ts'),
        'mock/msw': join(root, 'src/mock/msw.ts'),
        'server/index': join(root, 'src/server/index.ts'),
        'server/testing/index': join(root, 'src/server/testing/index.ts'),
        // The shipped translations, one entry each (assessment-kit/locales/<tag>): no React, so no 'use client'.
        'locales/de': join(root, 'src/locales/de.ts'),
        'locales/fr': join(root, 'src/locales/fr.ts'),
        'locales/es': join(root, 'src/locales/es.ts'),
        'locales/pt-BR': join(root, 'src/locales/pt-BR.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        preserveModules: true,
        preserveModulesRoot: join(root, 'src'),
        entryFileNames: '[name].js',
      },
    },
  },
});

await esbuild({
  entryPoints: [join(root, 'src/styles/index.css')],
  bundle: true,
  minify: true,
  outfile: join(dist, 'styles.css'),
  logLevel: 'warning',
});
// The same rules in one cascade layer, an opt-in for hosts that manage layers (Tailwind v4).
writeFileSync(join(dist, 'styles.layered.css'), wrapInLayer(readFileSync(join(dist, 'styles.css'), 'utf8')));

execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
addJsExtensionsToDeclarations(dist);

/** Node's ESM resolution (and attw) needs explicit `.js` on relative imports in emitted .d.ts files. */
function addJsExtensionsToDeclarations(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      addJsExtensionsToDeclarations(path);
    } else if (name.endsWith('.d.ts')) {
      const source = readFileSync(path, 'utf8');
      const fixed = source.replace(/(from\s+|import\()(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g, (match, prefix, quote, specifier) => {
        if (/\.(js|css)$/.test(specifier)) return match;
        const target = resolve(dirname(path), specifier);
        if (existsSync(`${target}.d.ts`)) return `${prefix}${quote}${specifier}.js${quote}`;
        if (existsSync(join(target, 'index.d.ts'))) return `${prefix}${quote}${specifier}/index.js${quote}`;
        return match;
      });
      if (fixed !== source) writeFileSync(path, fixed);
    }
  }
}

console.log('Built dist/: ESM modules, .d.ts, styles.css, styles.layered.css');
