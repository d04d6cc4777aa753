// Proves the README's quick start as a new user meets it: packs the built package, creates a fresh Vite
// react-ts app (React 19, then React 18 with its own types), installs only what the README's install line names
// (no msw), pastes the README's first tsx block over src/App.tsx, runs the app's own `npm run build`
// (`tsc -b && vite build`, strict), then loads the built page in headless Chromium and waits for the
// integrations to show with data. It also imports the Node-safe entries (mock, domain, contract) in Node.
// Run after `npm run build`; needs the npm registry. KEEP_HOST_APP=1 keeps the apps and screenshots.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from './chromium.mjs';
import { codeBlocks } from './docs-blocks.mjs';
import { chromiumOrExit, exitWith as fail, npm, packKit, root } from './packed-kit.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const CREATE_VITE = 'create-vite@9.3.0';
const variants = [
  { name: 'React 19', react: '19.3.1', types: { '@types/react': '19.3.3', '@types/react-dom': '19.3.0' } },
  { name: 'React 18', react: '18.3.1', types: { '@types/react': '^18.3.0', '@types/react-dom': '^18.3.0' } },
];

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const quickStart = codeBlocks(readme).find((b) => b.language === 'tsx');
const installLine = /npm install ([^\n`]+)/.exec(readme)?.[1]?.trim().split(/\s+/) ?? [];
const executablePath = chromiumOrExit();
if (!quickStart || !installLine.includes('assessment-kit')) fail('The README has no install line or no tsx block.');

const work = mkdtempSync(join(tmpdir(), 'assessment-kit-host-'));
const started = Date.now();
try {
  const tarball = packKit(work);
  for (const variant of variants) await checkVariant(variant, tarball);
  console.log(`\n✔ The README's quick start type-checks, builds and shows data on ${variants.map((v) => v.name).join(' and ')} (${Math.round((Date.now() - started) / 1000)} s)`);
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  if (process.env.KEEP_HOST_APP) console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

async function checkVariant(variant, tarball) {
  console.log(`\n▶ ${variant.name}: fresh Vite react-ts app`);
  const appName = variant.name.replace(/\W+/g, '-').toLowerCase();
  const dir = join(work, appName);
  npm(['create', '--yes', CREATE_VITE.replace('create-', ''), '--', appName, '--template', 'react-ts', '--no-interactive'], work);

  // The template's app, with the README's install line (the tarball standing in for the registry's package)
  // and the toolchain pinned to what works on Node 20 here.
  const app = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const dev = pkg.devDependencies;
  const named = Object.fromEntries(installLine.map((name) => [name, name === 'assessment-kit' ? `file:${tarball}` : pkg.peerDependencies[name]]));
  app.dependencies = { react: variant.react, 'react-dom': variant.react, ...named };
  app.devDependencies = {
    ...variant.types,
    '@types/node': dev['@types/node'],
    '@vitejs/plugin-react': dev['@vitejs/plugin-react'],
    typescript: dev.typescript,
    vite: dev.vite,
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(app, null, 2)}\n`);
  writeFileSync(join(dir, 'src/App.tsx'), `${quickStart.code}\n`);

  npm(['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  if (existsSync(join(dir, 'node_modules/msw'))) throw new Error('msw was installed: the quick start must work without it.');
  const react = JSON.parse(readFileSync(join(dir, 'node_modules/react/package.json'), 'utf8')).version;
  console.log(`  installed ${installLine.join(', ')} with react ${react}, no msw`);

  npm(['run', 'build'], dir);
  console.log('  npm run build (tsc -b && vite build): ok');

  // The entries a server or a Node test imports: no msw, no DOM, no React needed to load them.
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { createMockBackend } = await import('assessment-kit/mock');
       const providers = await createMockBackend().backend.listProviders();
       const { restRoutes } = await import('assessment-kit/contract');
       const { assessmentSchema } = await import('assessment-kit/domain');
       if (providers.length === 0 || !restRoutes.listProviders || !assessmentSchema) process.exit(1);
       const { startVendorSimulator } = await import('assessment-kit/server/testing');
       const simulator = await startVendorSimulator();
       const answered = (await fetch(simulator.url)).status > 0;
       await simulator.close();
       if (!answered) process.exit(1);`,
    ],
    { cwd: dir, stdio: 'inherit' },
  );
  console.log('  Node imports assessment-kit/mock, /contract and /domain without msw, and starts the vendor simulator of /server/testing: ok');

  await expectIntegrationsWithData(join(dir, 'dist'), variant.name);
}

/** Serves the built app and waits, in Chromium, for the integrations page to show every vendor and its state. */
async function expectIntegrationsWithData(distDir, name) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((request, response) => {
    const path = normalize(join(distDir, new URL(request.url ?? '/', 'http://x').pathname));
    const file = path.startsWith(distDir) && existsSync(path) && extname(path) ? path : join(distDir, 'index.html');
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const errors = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.getByRole('heading', { name: 'Assessments' }).waitFor({ timeout: 15_000 });
    for (const text of ['CodeInterview', 'SkillForge', 'DevScreen', 'Not connected', 'Connected', 'Needs attention']) {
      await page.getByText(text, { exact: true }).first().waitFor({ timeout: 15_000 });
    }
    const buttons = await page.getByRole('button').allInnerTexts();
    if (process.env.KEEP_HOST_APP) await page.screenshot({ path: join(work, `${name.replace(/\W+/g, '-')}.png`), fullPage: true });
    if (errors.length > 0) throw new Error(`${name}: the page logged errors:\n${errors.join('\n')}`);
    console.log(`  Chromium: three vendors with their states and actions (${buttons.map((b) => b.trim()).filter(Boolean).join(', ')})`);
  } finally {
    await browser.close();
    server.close();
  }
}
