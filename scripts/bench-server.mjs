// Load numbers for assessment-kit/server (a script that prints, never a timed test): requests per second and p95
// latency of list-assessments, send and save-draft under 1, 10 and 50 concurrent clients, on PGlite and on a real
// Postgres, each beside a bare handler that answers a constant JSON body in the same run (the ratio is what the kit
// costs over node:http itself).
//   node scripts/bench-server.mjs [--seconds 5] [--only pglite|postgres]
// With --webhooks, instead: webhook deliveries per second and p95 acknowledgement on Postgres at 10 and 50 concurrent
// senders, beside the bare handler, each delivery a new event (a trigger for one of 200 sent assessments, re-read from
// the demo vendor), and how many acknowledged events the database lacks afterwards (0 lost).
// Postgres: TEST_DATABASE_URL, or a throwaway cluster this script starts (scripts/postgres.mjs) and stops.
// The server runs in a child process, so the load generator does not share its event loop.
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, only: { type: 'string' }, serve: { type: 'string' }, port: { type: 'string' }, webhooks: { type: 'boolean' } } });

/** The server source, bundled once so plain Node can load it (pg and PGlite stay packages). */
async function bundle(dir) {
  const outfile = join(dir, 'server.mjs');
  await build({
    stdin: {
      contents: [
        "export { createAssessmentServer, pgStorage, pgliteStorage } from './src/server/index.ts';",
        "export { createDemo } from './src/server/demo.ts';",
        "export { createMockStore } from './src/mock/store.ts';",
        "export { MOCK_NOW } from './src/mock/seed.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external: ['pg', '@electric-sql/pglite', '@hono/node-server'],
    logLevel: 'warning',
  });
  return outfile;
}

// ------------------------------------------------------------------------------------------- the child: serve

// ------------------------------------------------------------------------------------------- the parent: load

function startChild(kind, port, env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [import.meta.filename, '--serve', kind, '--port', String(port)], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
      const ready = /ready(.*)\n/.exec(output);
      if (ready) resolvePromise(Object.assign(child, { info: ready[1].trim() ? JSON.parse(ready[1]) : null }));
    });
    child.on('exit', (code) => reject(new Error(`the ${kind} server exited (${code})`)));
  });
}

const stop = (child) => new Promise((resolvePromise) => {
  child.removeAllListeners('exit');
  child.once('exit', resolvePromise);
  child.kill();
});

const body = (value) => JSON.stringify(value);
const operations = {
  'list-assessments': { method: 'GET', path: '/api/candidates/cand-01/assessments' },
  send: {
    method: 'POST',
    path: '/api/assessments',
    // Confirmed duplicates, so every send creates one (the guard would refuse all but the first).
    body: body({ candidateId: 'cand-02', providerId: 'skillforge', testId: 'sf-test-1', reviewerIds: ['rev-1'], scorecard: null, allowDuplicate: true }),
  },
  'save-draft': { method: 'PUT', path: '/api/assessments/asmt-31-review/feedback/draft', body: body({ answers: { 'q-fe-quality': 3, 'q-fe-notes': 'Tidy.' } }) },
};

/** One load run: requests per second, p95 latency (ms, from every response), and how many answers were not 2xx. */
async function load(port, operation, connections, seconds) {
  const setupRequest =
    operation.setupRequest ??
    // A new intent per request: its own Idempotency-Key.
    ((request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }));
  const latencies = [];
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: [
      {
        method: operation.method,
        path: operation.path,
        headers: { 'content-type': 'application/json' },
        ...(operation.body ? { body: operation.body } : {}),
        setupRequest,
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const p95 = latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))] : NaN;
  return { rps: result.requests.average, p95, failed: result.non2xx + result.errors + result.timeouts, acknowledged: result['2xx'] };
}

/** --webhooks: deliveries per second and p95 acknowledgement on Postgres, and whether any acknowledged event is missing. */
async function benchWebhooks(url, bundlePath, seconds) {
  let port = 42_000 + Math.floor(Math.random() * 1000);
  const server = await startChild('postgres', ++port, { BENCH_DATABASE_URL: url, BENCH_BUNDLE: bundlePath, BENCH_WEBHOOKS: '1' });
  const bare = await startChild('bare', ++port, {});
  const pg = (await import('pg')).default;
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { path, vendorIds } = server.info;
    const delivery = {
      method: 'POST',
      path,
      body: '{}',
      // Each delivery a new event: its body (and so its content hash) names one assessment and a fresh nonce.
      setupRequest: (request) => ({ ...request, body: JSON.stringify({ vendorAssessmentId: vendorIds[Math.floor(Math.random() * vendorIds.length)], nonce: randomUUID() }) }),
    };
    for (const connections of [10, 50]) {
      const before = Number((await db.query('SELECT count(*) AS n FROM ak_webhook_events')).rows[0].n);
      const baseline = await load(port, { method: 'GET', path: '/' }, connections, seconds);
      const measured = await load(port - 1, delivery, connections, seconds);
      const stored = Number((await db.query('SELECT count(*) AS n FROM ak_webhook_events')).rows[0].n) - before;
      console.log(
        `postgres webhooks ${String(connections).padStart(2)} senders: ${measured.rps.toFixed(0).padStart(6)} deliveries/s (${(measured.rps / baseline.rps).toFixed(3)} of bare ${baseline.rps.toFixed(0)}), p95 ack ${measured.p95.toFixed(1)} ms (bare ${baseline.p95.toFixed(1)} ms); ${measured.acknowledged} acknowledged, ${Math.max(0, measured.acknowledged - stored)} of them lost${measured.failed ? `, ${measured.failed} not 2xx` : ''}`,
      );
    }
  } finally {
    await db.end();
    await stop(server);
    await stop(bare);
  }
}

async function main() {
  const seconds = Number(values.seconds);
  const dir = mkdtempSync(join(tmpdir(), 'assessment-kit-bench-'));
  let cluster = null;
  try {
    const bundlePath = await bundle(dir);
    if (values.webhooks) {
      let url = process.env.TEST_DATABASE_URL;
      if (!url) [cluster, url] = execFileSync(process.execPath, [join(root, 'scripts/postgres.mjs'), 'start']).toString().trim().split(' ');
      await benchWebhooks(url, bundlePath, seconds);
      return;
    }
    const backends = [];
    if (values.only !== 'postgres') backends.push(['pglite', {}]);
    if (values.only !== 'pglite') {
      let url = process.env.TEST_DATABASE_URL;
      if (!url) {
        [cluster, url] = execFileSync(process.execPath, [join(root, 'scripts/postgres.mjs'), 'start']).toString().trim().split(' ');
      }
      backends.push(['postgres', { BENCH_DATABASE_URL: url }]);
    }
    const rows = [];
    let port = 41_000 + Math.floor(Math.random() * 1000);
    for (const [kind, env] of backends) {
      const server = await startChild(kind, ++port, { ...env, BENCH_BUNDLE: bundlePath });
      const bare = await startChild('bare', ++port, {});
      try {
        for (const [name, operation] of Object.entries(operations)) {
          for (const connections of [1, 10, 50]) {
            const baseline = await load(port, { method: 'GET', path: '/' }, connections, seconds);
            const measured = await load(port - 1, operation, connections, seconds);
            rows.push({ backend: kind, operation: name, clients: connections, ...measured, bareRps: baseline.rps, bareP95: baseline.p95 });
            const r = rows.at(-1);
            console.log(
              `${kind.padEnd(8)} ${name.padEnd(16)} ${String(connections).padStart(2)} clients: ${r.rps.toFixed(0).padStart(6)} req/s (${(r.rps / r.bareRps).toFixed(3)} of bare ${r.bareRps.toFixed(0)}), p95 ${r.p95.toFixed(1)} ms (bare ${r.bareP95.toFixed(1)} ms)${r.failed ? `, ${r.failed} not 2xx` : ''}`,
            );
          }
        }
      } finally {
        await stop(server);
        await stop(bare);
      }
    }
    const pg10 = rows.filter((r) => r.backend === 'postgres' && r.operation === 'list-assessments' && r.clients === 10);
    const pgSends = rows.filter((r) => r.backend === 'postgres' && r.operation === 'send');
    if (pg10.length) console.log(`\nTargets on Postgres: reads p95 at 10 clients ${pg10[0].p95.toFixed(1)} ms (target < 50); sends ${Math.max(...pgSends.map((r) => r.rps)).toFixed(0)} req/s at best (target >= 200).`);
  } finally {
    if (cluster) execFileSync(process.execPath, [join(root, 'scripts/postgres.mjs'), 'stop', cluster]);
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------- the child, or the parent

if (values.serve) {
  // The child: serves one backend (or the bare handler) until it is killed.
  const { serve } = await import('@hono/node-server');
  const port = Number(values.port);
  let fetchHandler;
  let readyInfo = '';
  if (values.serve === 'bare') {
    const body = JSON.stringify({ assessments: [] });
    fetchHandler = async () => new Response(body, { headers: { 'Content-Type': 'application/json' } });
  } else {
    const kit = await import(process.env.BENCH_BUNDLE);
    let storage;
    if (values.serve === 'pglite') {
      const { PGlite } = await import('@electric-sql/pglite');
      storage = kit.pgliteStorage(await PGlite.create());
    } else {
      const pg = (await import('pg')).default;
      storage = kit.pgStorage(new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: 20 }));
    }
    const demo = kit.createDemo(kit.createMockStore().db);
    const server = await kit.createAssessmentServer({
      storage,
      encryptionKeys: [{ id: 'bench', key: new Uint8Array(32).fill(1) }],
      host: demo.host,
      connectors: demo.connectors,
      seed: demo.seed,
      now: () => new Date(kit.MOCK_NOW),
      // The draft reviewer of the feedback fixture, an admin, so every operation below is theirs to do.
      authenticate: async () => ({ userId: 'rev-2', role: 'admin', name: 'Tomás Herrera' }),
    });
    await server.migrate();
    fetchHandler = server.fetch;
    if (process.env.BENCH_WEBHOOKS) {
      // 200 sent assessments for the deliveries to name, and the integration's webhook path.
      for (let i = 0; i < 200; i++) {
        const response = await server.fetch(
          new Request('http://bench/api/assessments', { method: 'POST', headers: { 'Idempotency-Key': randomUUID(), 'Content-Type': 'application/json' }, body: operations.send.body }),
        );
        if (response.status !== 201) throw new Error(`bench setup: send answered ${response.status}`);
      }
      const vendorIds = (await storage.query('SELECT vendor_assessment_id FROM ak_assessments WHERE vendor_assessment_id IS NOT NULL')).map((row) => row.vendor_assessment_id);
      const [{ webhook_token: token }] = await storage.query(`SELECT webhook_token FROM ak_integrations WHERE provider_id = 'skillforge'`);
      readyInfo = JSON.stringify({ path: `/api/webhooks/skillforge/${token}`, vendorIds });
    }
  }
  serve({ fetch: fetchHandler, port, hostname: '127.0.0.1' }, () => console.log(`ready ${readyInfo}`));
} else {
  await main();
}

