// The test suite on React 18.3 (see scripts/test-react18.mjs, which installs React 18 into .react18/ first).
// react and react-dom resolve to .react18/node_modules. In jsdom, every installed package that imports React is run
// through Vite (inlined) instead of loaded by Node, so it gets the same alias; in Chromium, Vite pre-bundles the
// aliased React. Either way there is one React in a test, never two.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import baseConfig from '../vitest.config.ts';

const root = resolve(import.meta.dirname, '..');
const react18 = join(root, '.react18/node_modules');

/** Every package in node_modules that depends on React (RTL, TanStack Query, Radix, react-hook-form, their helpers). */
function packagesUsingReact(): string[] {
  const modules = join(root, 'node_modules');
  const names = readdirSync(modules).flatMap((name) =>
    name.startsWith('@') ? readdirSync(join(modules, name)).map((scoped) => `${name}/${scoped}`) : [name],
  );
  return names.filter((name) => {
    if (name === 'react' || name === 'react-dom') return false;
    const manifest = join(modules, name, 'package.json');
    if (!existsSync(manifest)) return false;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    return ['dependencies', 'peerDependencies'].some((field) => pkg[field]?.react || pkg[field]?.['react-dom']);
  });
}

export default mergeConfig(
  baseConfig,
  defineConfig({
    resolve: {
      // `react` also covers react/jsx-runtime, react/jsx-dev-runtime; `react-dom` covers /client, /server, /test-utils.
      alias: { react: join(react18, 'react'), 'react-dom': join(react18, 'react-dom') },
      dedupe: ['react', 'react-dom'],
      // Inlined packages load their ESM build (RTL's `main` is CommonJS, whose require() would skip the alias).
      mainFields: ['browser', 'module', 'main'],
    },
    test: {
      setupFiles: [join(root, 'scripts/react18-setup.ts')],
      // The strict-CSP test bundles its page with esbuild, outside Vite: it aliases React to this install too.
      env: { REACT18_MODULES: react18 },
      server: { deps: { inline: packagesUsingReact() } },
    },
  }),
);
