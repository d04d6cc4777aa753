// A throwaway PostgreSQL cluster for the server tests and the benchmark: initdb + pg_ctl from Debian's
// `postgresql` package in a temp folder, on a free loopback port, trust auth for the local user only.
//   node scripts/postgres.mjs start   -> prints `DIR URL` (the cluster's folder and a connection URL)
//   node scripts/postgres.mjs stop DIR
// initdb refuses to run as root, so as root the cluster belongs to the `postgres` user the package creates.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function binDir() {
  const base = '/usr/lib/postgresql';
  const majors = existsSync(base) ? readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => b - a) : [];
  const found = majors.map((v) => join(base, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (!found) throw new Error('No initdb under /usr/lib/postgresql/*/bin: apt-get install postgresql');
  return found;
}

function postgresUser() {
  if (process.getuid?.() !== 0) return null;
  const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres']).toString().trim()));
  return { uid, gid };
}

function run(user, command, args) {
  const [file, argv] = user ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const [command, dirArg] = process.argv.slice(2);
const bin = binDir();
const user = postgresUser();

if (command === 'start') {
  const dir = mkdtempSync(join(tmpdir(), 'assessment-kit-pg-'));
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chmodSync(dir, 0o700);
  }
  const data = join(dir, 'data');
  run(user, join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  // fsync off: a throwaway cluster, where a crash loses nothing anyone keeps.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  run(user, join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  console.log(`${dir} postgresql://postgres@127.0.0.1:${port}/postgres`);
} else if (command === 'stop' && dirArg) {
  run(user, join(bin, 'pg_ctl'), ['-D', join(dirArg, 'data'), '-m', 'fast', '-w', 'stop']);
  rmSync(dirArg, { recursive: true, force: true });
} else {
  console.error('usage: node scripts/postgres.mjs start | stop DIR');
  process.exit(2);
}
