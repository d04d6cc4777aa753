// The demo's parts, started together (scripts/demo.mjs runs it; test/server/demo-loop.test.ts drives it in Chromium):
// the server half on PGlite in a folder, the vendor simulator, and the ATS page (Vite) with the demo's routes.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { getRequestListener } from '@hono/node-server';
import { createServer as createViteServer } from 'vite';

const root = resolve(import.meta.dirname, '../..');
export const defaultDataDir = join(root, 'node_modules/.cache/assessment-kit-demo');

/** Starts the demo; `stop()` ends every part of it. */
export async function startDemo({ port = 5180, dataDir = defaultDataDir, fresh = false } = {}) {
  if (fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });

  // Our routes go before Vite's own (its page fallback would answer /api with the page); set once the server is up.
  let routes = (_req, _res, next) => next();
  const vite = await createViteServer({
    root: join(root, 'scripts/demo'),
    configFile: join(root, 'vite.config.ts'),
    server: { port, host: '127.0.0.1', strictPort: true },
    logLevel: 'warn',
    plugins: [{ name: 'assessment-kit-demo', configureServer: (dev) => void dev.middlewares.use((req, res, next) => routes(req, res, next)) }],
  });
  // The server half and the simulator are TypeScript sources: Vite loads them for Node, as it serves the page.
  const load = (path) => vite.ssrLoadModule(join(root, path));
  const kit = await load('src/server/index.ts');
  const { createDemo } = await load('src/server/demo.ts');
  const { startVendorSimulator } = await load('src/server/testing/vendor-simulator.ts');

  const saved = (name, make) => {
    const file = join(dataDir, name);
    if (!existsSync(file)) writeFileSync(file, JSON.stringify(make()));
    return { value: JSON.parse(readFileSync(file, 'utf8')), save: (value) => writeFileSync(file, JSON.stringify(value)) };
  };
  const encryptionKey = saved('encryption-key.json', () => kit.generateEncryptionKey()).value;
  const signingSecrets = saved('signing-secrets.json', () => ({}));

  const demo = createDemo();
  const vendorTests = (providerId) =>
    demo.seed.tests[providerId].map((t) => ({ id: t.id, title: t.title, durationMinutes: t.durationMinutes, languages: t.languages }));
  const simulator = await startVendorSimulator({ tests: { codeinterview: vendorTests('codeinterview'), skillforge: vendorTests('skillforge') } });
  const demoConnector = (id) => demo.connectors.find((c) => c.provider.id === id);
  const connectors = [
    kit.createCodeInterviewConnector({ provider: demoConnector('codeinterview').provider, baseUrl: simulator.codeInterviewBaseUrl }),
    kit.createSkillForgeConnector({ provider: demoConnector('skillforge').provider, baseUrl: simulator.skillForgeBaseUrl }),
    demoConnector('devscreen'),
  ];
  const simulated = new Set(['codeinterview', 'skillforge']);

  const origin = `http://127.0.0.1:${port}`;
  const pglite = await PGlite.create(join(dataDir, 'pg'));
  const server = await kit.createAssessmentServer({
    storage: kit.pgliteStorage(pglite),
    encryptionKeys: [{ id: 'demo', key: encryptionKey }],
    host: demo.host,
    connectors,
    // The stories' people, plans and catalogue; the simulated vendors start unconnected (the admin connects them) and
    // no assessment is open yet (each one the recruiter sends has its invitation at the simulator).
    seed: {
      ...demo.seed,
      integrations: demo.seed.integrations.filter((i) => !simulated.has(i.providerId)),
      assessments: [],
      feedback: {},
    },
    webhookBaseUrl: `${origin}/api/webhooks`,
    authenticate: async () => ({ userId: 'usr-dana', role: 'admin', name: 'Dana Ruiz' }),
  });
  await server.migrate();

  /** What the admin does by hand in the vendor's settings: paste the URL (and SkillForge's secret). */
  function paste(providerId, integration, signingSecret) {
    if (!simulated.has(providerId) || !integration?.webhookUrl) return;
    simulator.registerWebhook(providerId, integration.webhookUrl);
    if (signingSecret) signingSecrets.save({ ...signingSecrets.value, [providerId]: signingSecret });
    const secret = signingSecrets.value[providerId];
    if (providerId === 'skillforge' && secret) simulator.setSigningSecrets([secret]);
  }

  async function handle(request) {
    const response = await server.fetch(request);
    const match = /\/api\/integrations\/([^/]+)/.exec(new URL(request.url).pathname);
    if (match && request.method !== 'GET' && response.ok) {
      const body = await response.clone().json();
      paste(match[1], body.integration ?? body, body.signingSecret ?? null);
    }
    return response;
  }

  // After a restart: the URLs pasted before still hold.
  for (const providerId of simulated) {
    const answer = await server.fetch(new Request(`${origin}/api/integrations/${providerId}`));
    if (answer.ok) paste(providerId, await answer.json(), null);
  }

  const apiListener = getRequestListener(handle);
  const json = (res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  routes = (req, res, next) => {
    if (req.url?.startsWith('/api/')) return apiListener(req, res);
    if (!req.url?.startsWith('/demo/')) return next();
    // The vendor panel: the candidate's side, then the vendor's webhooks.
    if (req.method === 'GET' && req.url === '/demo/invitations') {
      return json(res, 200, [...simulated].flatMap((vendor) => simulator.invitations(vendor)));
    }
    const action = /^\/demo\/invitations\/([^/]+)\/(start|complete|expire)$/.exec(req.url);
    if (req.method !== 'POST' || !action) return json(res, 404, { error: 'No such demo route' });
    const [, id, verb] = action;
    try {
      if (verb === 'complete') simulator.complete(id, { got: 42, total: 50 });
      else simulator[verb](id);
    } catch (error) {
      return json(res, 404, { error: String(error) });
    }
    simulator.deliverWebhooks().then(
      (deliveries) => json(res, 200, { deliveries: deliveries.map((d) => d.status) }),
      (error) => json(res, 409, { error: String(error) }),
    );
  };

  await vite.listen();
  // The cron a host would run: the safety net for webhooks that never arrive.
  const reconciler = setInterval(() => server.reconcile({ limit: 50 }).catch((error) => console.error('reconcile failed', error)), 30_000);

  return {
    origin,
    dataDir,
    simulator,
    server,
    async stop() {
      clearInterval(reconciler);
      await vite.close();
      await simulator.close();
      await server.close();
      await pglite.close().catch(() => {});
    },
  };
}
