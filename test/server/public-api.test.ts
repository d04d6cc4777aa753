/**
 * assessment-kit/server: the names it promises, no React or client code, the optional peers (pg, PGlite) and the
 * demo loaded only when used, and nothing of it reachable from the client entry (whose size must not change).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as server from '../../src/server';
import * as serverTesting from '../../src/server/testing';

const srcDir = resolve(fileURLToPath(new URL('../../src', import.meta.url)));

/** Every module reachable from `entry` through static imports and re-exports (type-only ones and `import()` excluded). */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  if (!entry.startsWith('/')) return seen;
  for (const [, specifier] of readFileSync(entry, 'utf8').matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'"]*?from\s+)?'([^']+)'/gm)) {
    if (!specifier) continue;
    const base = resolve(dirname(entry), specifier);
    const file = specifier.startsWith('.') ? [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(existsSync) : specifier;
    if (!file) throw new Error(`Cannot resolve ${specifier} from ${entry}`);
    moduleGraph(file, seen);
  }
  return seen;
}

describe('assessment-kit/server/testing', () => {
  it('exports the vendor simulator and the key and secret it accepts, and nothing else', () => {
    expect(Object.keys(serverTesting).sort()).toEqual(['SIMULATOR_API_KEY', 'SIMULATOR_SIGNING_SECRET', 'startVendorSimulator'].sort());
  });

  it('is its own subpath, outside assessment-kit/server (which a production server loads)', () => {
    const pkg = JSON.parse(readFileSync(join(srcDir, '../package.json'), 'utf8'));
    expect(pkg.exports['./server/testing']).toEqual({ types: './dist/server/testing/index.d.ts', default: './dist/server/testing/index.js' });
    expect([...moduleGraph(join(srcDir, 'server/index.ts'))].filter((file) => file.includes('/server/testing/'))).toEqual([]);
  });
});

describe('assessment-kit/server', () => {
  it('exports exactly the promised names', () => {
    expect(Object.keys(server).sort()).toEqual(
      [
        'AssessmentBackendError',
        'CODEINTERVIEW_API',
        'createAssessmentServer',
        'createCodeInterviewConnector',
        'createSkillForgeConnector',
        'isRetryableVendorError',
        'SKILLFORGE_API',
        'VendorError',
        'generateEncryptionKey',
        'migrations',
        'operationPermissions',
        'pgStorage',
        'pgliteStorage',
        'rolePermissions',
        'roles',
      ].sort(),
    );
  });

  it('reaches no React, no client code, no driver and no demo data through static imports', () => {
    const reached = [...moduleGraph(join(srcDir, 'server/index.ts'))];
    expect(reached.filter((f) => !f.startsWith('/')).sort()).toEqual(['zod/mini']);
    expect(reached.filter((f) => f.startsWith('/') && /^\s*'use client'/.test(readFileSync(f, 'utf8')))).toEqual([]);
    expect(reached.filter((f) => f.startsWith(join(srcDir, 'mock')))).toEqual([]);
    expect(reached.filter((f) => f.startsWith('/') && !f.startsWith(join(srcDir, 'server')) && !f.startsWith(join(srcDir, 'domain')) && !f.startsWith(join(srcDir, 'backend')))).toEqual([]);
  });

  it('is not reachable from the client entry', () => {
    expect([...moduleGraph(join(srcDir, 'index.ts'))].filter((f) => f.startsWith(join(srcDir, 'server')))).toEqual([]);
  });
});
