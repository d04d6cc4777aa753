// Load numbers for assessment-kit/server (a script that prints, never a timed test): requests per second and p95
// latency of list-assessments, send and save-draft under 1, 10 and 50 concurrent clients, on PGlite and on a real
// Postgres, each beside a bare handler that answers a constant JSON body in the same run (the ratio is what the kit
// costs over node:http itself).
//   node scripts/bench-server.mjs [--seconds 5] [--only pglite|postgres]
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
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, only: { type: 'string' }, serve: { type: 'string' }, port: { type: 'string' } } });

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
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('ready')) resolvePromise(child);
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
        // A new intent per request: its own Idempotency-Key.
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }),
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const p95 = latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))] : NaN;
  return { rps: result.requests.average, p95, failed: result.non2xx + result.errors + result.timeouts };
}

async function main() {
  const seconds = Number(values.seconds);
  const dir = mkdtempSync(join(tmpdir(), 'assessment-kit-bench-'));
  let cluster = null;
  try {
    const bundlePath = await bundle(dir);
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
  }
  serve({ fetch: fetchHandler, port, hostname: '127.0.0.1' }, () => console.log('ready'));
} else {
  await main();
}

