// Which built modules need 'use client' (shared by the build, which adds it, and check-package, which checks it).
// A React Server Components host (Next.js App Router) treats a module with the directive as the client's: its
// exports can be rendered from a server component but not called there. So the directive goes exactly on the modules
// that use React at run time; the main entry (a list of re-exports), the query options, the kit's QueryClient and
// the HTTP adapter stay callable from a server component, to prefetch with.

const reactPackages = /^(?:react|react-dom|@radix-ui\/.+|react-hook-form|@hookform\/.+)(?:\/.*)?$/;
/** What @tanstack/react-query exports that is plain JavaScript (no hooks, no components). */
const plainQueryExports = new Set(['QueryClient', 'queryOptions', 'infiniteQueryOptions', 'replaceEqualDeep', 'keepPreviousData']);

/** Whether a built module (ESM text) imports React, or a hook or component of TanStack Query. */
export function needsUseClient(code) {
  for (const [, names = '', specifier] of code.matchAll(/(?:^|\n)\s*import\s*(?:(?:\{([^}]*)\}|[\w*\s,]+)\s*from\s*)?["']([^"']+)["']/g)) {
    if (reactPackages.test(specifier)) return true;
    if (specifier === '@tanstack/react-query') {
      const imported = names.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]).filter(Boolean);
      if (imported.length === 0 || imported.some((name) => !plainQueryExports.has(name))) return true;
    }
  }
  return false;
}
