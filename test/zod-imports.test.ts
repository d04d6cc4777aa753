// @vitest-environment node
/**
 * `import { z } from 'zod/mini'` defeats esbuild's tree-shaking: a host's bundle then carries all of zod and its
 * ~40 locales (85.8 KB gzip for one small schema, against 4.4 KB with `import * as z`). Vite shakes both forms,
 * so only this test (and the size budgets) would notice a regression.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every import or re-export statement in `source` whose module is zod (any subpath). */
function zodImports(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*['"](zod(?:\/[^'"]*)?)['"]/gm)].map((m) => m[0].trim());
}

/** Allowed: `import * as z from 'zod/mini'` and its type-only form. Nothing named, no default, no classic zod. */
const isNamespaceMiniImport = (statement: string) =>
  /^import\s+(?:type\s+)?\*\s+as\s+z\s+from\s+['"]zod\/mini['"]$/.test(statement);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [path] : [];
  });
}

describe('zod imports', () => {
  it('tell the namespace form from the forms that defeat tree-shaking', () => {
    const statements = zodImports(
      [
        "import * as z from 'zod/mini';",
        "import type * as z from 'zod/mini';",
        "import { z } from 'zod/mini';",
        "import type { z } from 'zod/mini';",
        'import {\n  z,\n  type ZodMiniType,\n} from "zod/mini";',
        "import z from 'zod';",
        "import * as z from 'zod';",
        "export { z } from 'zod/mini';",
        "import { useForm } from 'react-hook-form';",
      ].join('\n'),
    );
    expect(statements).toHaveLength(8);
    expect(statements.map(isNamespaceMiniImport)).toEqual([true, true, false, false, false, false, false, false]);
  });

  it('are `import * as z from "zod/mini"` in every file the package ships', () => {
    const files = sourceFiles(join(root, 'src'));
    const statements = files.flatMap((file) =>
      zodImports(readFileSync(file, 'utf8')).map((statement) => ({ file: relative(root, file), statement })),
    );
    expect(statements.length).toBeGreaterThan(10);
    expect(statements.filter(({ statement }) => !isNamespaceMiniImport(statement))).toEqual([]);
  });
});
