// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkImports, importsOf } from '../../scripts/check-imports.mjs';

const script = fileURLToPath(new URL('../../scripts/check-imports.mjs', import.meta.url));
const trees: string[] = [];

/** A src/ tree of the given files under a fresh temporary folder; returns the src folder. */
function tree(files: Record<string, string>): string {
  const src = join(mkdtempSync(join(tmpdir(), 'check-imports-')), 'src');
  trees.push(dirname(src));
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(dirname(join(src, path)), { recursive: true });
    writeFileSync(join(src, path), code);
  }
  return src;
}

/** A tree with one file per layer, each importing the layer below it the way the kit does. */
const clean = {
  'domain/assessment.ts': "export type Assessment = { id: string };\n",
  'domain/index.ts': "export type { Assessment } from './assessment';\n",
  'backend/types.ts': "import type { Assessment } from '../domain';\nexport type Backend = { get(): Assessment };\n",
  'contract.ts': "export type { Backend } from './backend/types';\n",
  'data/kit-context.ts': "import type { Backend } from '../backend/types';\nexport const backend = (b: Backend) => b;\n",
  'ui/Badge.tsx': "import { backend } from '../data/kit-context';\nexport const Badge = () => backend;\n",
  'components/send/Send.tsx': "import { Badge } from '../../ui/Badge';\nimport { label } from './text';\nexport const Send = () => [Badge, label];\n",
  'components/send/text.ts': "export const label = 'Send';\n",
  'components/feedback/Form.tsx': "import { Badge } from '../../ui/Badge';\nexport const Form = () => Badge;\n",
  'screens/Candidates.tsx':
    "import { Send } from '../components/send/Send';\nconst Form = () => import('../components/feedback/Form');\nexport const Candidates = () => [Send, Form];\n",
  'provider/Provider.tsx': "import { backend } from '../data/kit-context';\nimport './../styles/index.css';\nexport const Provider = backend;\n",
  'styles/index.css': '.ak-root {}\n',
  'mock/store.ts': "import type { Assessment } from '../domain';\nimport { readFileSync } from 'node:fs';\nexport const store: Assessment[] = [readFileSync];\n",
  'mock/index.ts': "export { store } from './store';\n",
  'server/server.ts': "import type { Backend } from '../contract';\nexport type Server = Backend;\n",
  'index.ts': "export { Provider } from './provider/Provider';\nexport { Candidates } from './screens/Candidates';\nexport { store } from './mock';\n",
};

const none = { cycles: [], upward: [], sibling: [], unplaced: [], unresolved: [] };

afterEach(() => {
  for (const dir of trees.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the import check', () => {
  it('passes a tree whose imports run one way, and says so', () => {
    const src = tree(clean);
    expect(checkImports(src)).toEqual(none);

    const run = spawnSync(process.execPath, [script, src], { encoding: 'utf8' });
    expect(run.stdout).toContain('0 cycles, 0 upward, 0 sibling');
    expect(run.status).toBe(0);
  });

  it('finds a cycle of type-only imports, edge by edge, and fails', () => {
    const src = tree({
      ...clean,
      'mock/seed.ts': "import type { Feedback } from './feedback';\nexport type Seed = { feedback: Feedback[] };\n",
      'mock/feedback.ts': "import type { Store } from './store';\nexport type Feedback = { store: Store };\n",
      'mock/store.ts': "\nimport type { Seed } from './seed';\nexport type Store = { seed: Seed };\n",
    });
    expect(checkImports(src)).toEqual({
      ...none,
      cycles: [
        'src/mock/feedback.ts:1 → src/mock/store.ts\n    src/mock/store.ts:2 → src/mock/seed.ts\n    src/mock/seed.ts:1 → src/mock/feedback.ts',
      ],
    });

    const run = spawnSync(process.execPath, [script, src], { encoding: 'utf8' });
    expect(run.stderr).toContain('src/mock/store.ts:2 → src/mock/seed.ts');
    expect(run.stdout).toContain('1 cycles, 0 upward, 0 sibling');
    expect(run.status).toBe(1);
  });

  it('finds arrows that run back up the layers, and out of the mock', () => {
    const src = tree({
      ...clean,
      'data/kit-context.ts': "import type { Politeness } from '../ui/Announcer';\nexport type P = Politeness;\n",
      'ui/Announcer.tsx': "export type Politeness = 'polite';\n",
      'ui/Card.tsx': "export { Send } from '../components/send/Send';\n",
      'mock/handlers.ts': "import { backend } from '../data/kit-context';\nexport const handlers = backend;\n",
      'mock/serve.ts': "import type { Server } from '../server/server';\nexport type S = Server;\n",
    });
    expect(checkImports(src)).toEqual({
      ...none,
      upward: [
        'src/data/kit-context.ts:1 → src/ui/Announcer.tsx (data may not import ui)',
        'src/mock/handlers.ts:1 → src/data/kit-context.ts (mock may not import data)',
        'src/mock/serve.ts:1 → src/server/server.ts (mock may not import server)',
        'src/ui/Card.tsx:1 → src/components/send/Send.tsx (ui may not import components)',
      ],
    });
    expect(spawnSync(process.execPath, [script, src], { encoding: 'utf8' }).status).toBe(1);
  });

  it('finds a feature importing a sibling feature, lazily or for a type only', () => {
    const src = tree({
      ...clean,
      'components/send/Send.tsx':
        "import type { Form } from '../feedback/Form';\nexport const Send = () => import('../feedback/Form');\nexport type F = typeof Form;\n",
    });
    expect(checkImports(src)).toEqual({
      ...none,
      sibling: [
        'src/components/send/Send.tsx:1 → src/components/feedback/Form.tsx (feature send imports feature feedback)',
        'src/components/send/Send.tsx:2 → src/components/feedback/Form.tsx (feature send imports feature feedback)',
      ],
    });
    expect(spawnSync(process.execPath, [script, src], { encoding: 'utf8' }).status).toBe(1);
  });

  it('fails on a folder in no layer and on a relative import with no file behind it', () => {
    const src = tree({ ...clean, 'hooks/use-thing.ts': "import { gone } from '../data/gone';\nexport const use = gone;\n" });
    expect(checkImports(src)).toEqual({
      ...none,
      unplaced: ['src/hooks/use-thing.ts: in no layer (see scripts/check-imports.mjs)'],
      unresolved: ['src/hooks/use-thing.ts:1 → ../data/gone (no such file)'],
    });
  });

  it('reads every form of import, and none written in a comment, a string or a template', () => {
    const code = [
      "import a, { b, type C } from './one';",
      "import * as d from './two';",
      "import type {",
      "  E,",
      "} from './three';",
      "import './four.css';",
      "export * from './five';",
      "export { f as g } from './six';",
      "const lazy = () => import('./seven');",
      "type T = typeof import('./eight');",
      "// import x from './not-a-comment';",
      "/* export * from './not-a-block' */",
      "const s = \"import y from './not-a-string'\";",
      "const t = `import z from './not-a-template' ${lazy} import('./not-either')`;",
      "const r = /['\"]/;",
      "import { h } from 'react';",
    ].join('\n');
    expect(importsOf(code)).toEqual([
      { specifier: './one', line: 1 },
      { specifier: './two', line: 2 },
      { specifier: './three', line: 5 },
      { specifier: './four.css', line: 6 },
      { specifier: './five', line: 7 },
      { specifier: './six', line: 8 },
      { specifier: './seven', line: 9 },
      { specifier: './eight', line: 10 },
      { specifier: 'react', line: 16 },
    ]);
  });
});
