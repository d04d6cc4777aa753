/**
 * docs/server.md shows the files under test/server/examples as they are (the type-check compiles them and the server
 * tests run them), with `assessment-kit/server` where the files import the source.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { restRoutes } from '../../src/backend/rest-contract';
import { operationPermissions } from '../../src/server';
import { codeBlocks } from '../../scripts/docs-blocks.mjs';

const root = new URL('../../', import.meta.url);
const doc = readFileSync(new URL('docs/server.md', root), 'utf8');

it('shows each example file exactly as it is', () => {
  const shown = codeBlocks(doc).flatMap((block) => {
    const file = block.flags.find((flag) => flag.startsWith('file='))?.slice('file='.length);
    return file ? [{ file, code: block.code }] : [];
  });
  expect(shown.map((s) => s.file).sort()).toEqual(
    ['test/server/examples/next-route.ts', 'test/server/examples/node-http.ts', 'test/server/examples/postgres.ts'],
  );
  for (const { file, code } of shown) {
    const source = readFileSync(new URL(file, root), 'utf8').replaceAll("'../../../src/server'", "'assessment-kit/server'");
    expect(`${code}\n`, file).toBe(source);
  }
});

it("shows the README's Node server exactly as the file a test runs", () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const block = codeBlocks(readme).find((b) => b.flags.includes('file=test/server/examples/readme-server.ts'));
  const source = readFileSync(new URL('test/server/examples/readme-server.ts', root), 'utf8');
  expect(`${block?.code}\n`).toBe(source.replaceAll("'../../../src/server'", "'assessment-kit/server'"));
});

it('names, in its permission table, every operation that needs more than reading', () => {
  const guarded = (Object.keys(restRoutes) as Array<keyof typeof restRoutes>).filter((op) => operationPermissions[op] !== 'read');
  const [start, end] = [doc.indexOf('## Who may do what'), doc.indexOf("## The contract's rules")];
  expect(0 < start && start < end).toBe(true);
  const table = doc.slice(start, end);
  for (const operation of guarded) expect(table, operation).toContain(operation);
});
