import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOpenApiDocument } from '../../src/backend/openapi';
import { restRoutes } from '../../src/backend/rest-contract';

const committedPath = path.join(import.meta.dirname, '../../docs/openapi.json');
const serialise = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;

// `npm run openapi` runs this file with UPDATE_OPENAPI=1 to rewrite docs/openapi.json.
if (process.env.UPDATE_OPENAPI === '1') writeFileSync(committedPath, serialise(createOpenApiDocument()));

describe('OpenAPI document', () => {
  const document = createOpenApiDocument() as { paths: Record<string, Record<string, { operationId: string }>> };

  it('describes every route of the REST contract under its method', () => {
    for (const [operation, { method, path }] of Object.entries(restRoutes)) {
      const openApiPath = path.replace(/:([A-Za-z]+)/g, '{$1}');
      expect(document.paths[openApiPath]?.[method.toLowerCase()]?.operationId, `${method} ${path}`).toBe(operation);
    }
  });

  it('declares the Idempotency-Key header on every write and on no read', () => {
    for (const { method, path } of Object.values(restRoutes)) {
      const operation = document.paths[path.replace(/:([A-Za-z]+)/g, '{$1}')]?.[method.toLowerCase()] as {
        parameters?: { in: string; name: string; required: boolean }[];
      };
      const header = operation.parameters?.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
      if (method === 'GET') expect(header, `${method} ${path}`).toBeUndefined();
      else expect(header?.required, `${method} ${path}`).toBe(true);
    }
  });

  it('says how the host\'s session reaches the server: its cookie on the same origin, or the headers it gives the adapter', () => {
    const { security, components } = createOpenApiDocument() as {
      security: Record<string, string[]>[];
      components: { securitySchemes: Record<string, { type: string; in?: string; scheme?: string }> };
    };
    // Alternatives (one requirement each), applying to every operation: no operation overrides them.
    expect(security).toEqual([{ hostSession: [] }, { hostHeaders: [] }]);
    expect(components.securitySchemes.hostSession).toMatchObject({ type: 'apiKey', in: 'cookie' });
    expect(components.securitySchemes.hostHeaders).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const methods of Object.values(document.paths)) {
      for (const operation of Object.values(methods)) expect(operation).not.toHaveProperty('security');
    }
  });

  it('has no dangling $ref', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const pointer = ref.slice('"$ref":"#/'.length, -1).split('/');
      const target = pointer.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
      expect(target, ref).toBeDefined();
    }
  });

  it('matches the committed docs/openapi.json', () => {
    const committed = readFileSync(committedPath, 'utf8');
    expect(committed, 'docs/openapi.json is stale: run `npm run openapi` and commit the result').toBe(
      serialise(createOpenApiDocument()),
    );
  });
});
