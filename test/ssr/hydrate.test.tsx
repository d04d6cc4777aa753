// In the browser (jsdom): the server's HTML for each scene is hydrated, and React must neither warn nor throw away
// the server's markup (a mismatch reaches `onRecoverableError`).
import { dehydrate, HydrationBoundary, type DehydratedState, type QueryClient } from '@tanstack/react-query';
// RTL's act: it marks the environment as an act environment for the call, as render() does.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AssessmentBackend } from '../../src/backend/types';
import { AssessmentIntegrations } from '../../src/screens/AssessmentIntegrations';
import { createKitQueryClient } from '../../src/data/query-client';
import { createMockBackend } from '../../src/mock';
import { captureConsole, countingBackend, HostPage, prefetchIntegrations } from './ssr-host';
import { ssrScenes } from './ssr-scenes';

/**
 * The server's pass, as server-render.test.tsx runs it in Node: without `window`, `document` or `navigator`, so kit
 * code that reads them while rendering renders here what it renders on a server.
 */
function renderOnServer(tree: ReactNode): string {
  vi.stubGlobal('window', undefined);
  vi.stubGlobal('document', undefined);
  vi.stubGlobal('navigator', undefined);
  try {
    return renderToString(tree);
  } finally {
    vi.unstubAllGlobals();
  }
}

let root: Root | undefined;
let console_: ReturnType<typeof captureConsole> | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  console_?.restore();
  document.body.innerHTML = '';
});

/** Hydrates `tree` on `html` as a browser would, collecting what React reports. */
async function hydrateOnClient(html: string, tree: ReactNode) {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverable: string[] = [];
  console_ = captureConsole();
  await act(async () => {
    root = hydrateRoot(container, tree, {
      onRecoverableError: (error) => recoverable.push(error instanceof Error ? error.message : String(error)),
    });
  });
  return { container, recoverable, messages: console_.messages };
}

describe('hydration', () => {
  it.each(ssrScenes)('$name hydrates on the server’s HTML without a warning, and works', async (scene) => {
    const html = renderOnServer(<HostPage backend={createMockBackend().backend}>{scene.render()}</HostPage>);
    const { recoverable, messages } = await hydrateOnClient(
      html,
      <HostPage backend={createMockBackend().backend}>{scene.render()}</HostPage>,
    );

    await scene.afterHydration(userEvent.setup());

    expect(recoverable).toEqual([]);
    expect(messages).toEqual([]);
  });

  it('shows the data a host prefetched on the server, from the first client render, without fetching it again', async () => {
    // The host's server: fetch, render, and send the dehydrated cache with the page.
    const server = createMockBackend();
    const serverClient = createKitQueryClient();
    await prefetchIntegrations(serverClient, server.backend, 'settings');
    const state: DehydratedState = JSON.parse(JSON.stringify(dehydrate(serverClient)));
    const page = (backend: AssessmentBackend, queryClient: QueryClient) => (
      <HostPage backend={backend} queryClient={queryClient} scope="settings">
        <HydrationBoundary state={state}>
          <AssessmentIntegrations />
        </HydrationBoundary>
      </HostPage>
    );
    const html = renderOnServer(page(server.backend, serverClient));

    // The browser: a fresh client of the kit's defaults, the same scope, the state handed over.
    const { backend, calls } = countingBackend(createMockBackend().backend);
    const { container, recoverable, messages } = await hydrateOnClient(html, page(backend, createKitQueryClient()));

    expect(container.querySelector('[role="status"]')).toBeNull();
    expect(screen.getAllByText(/^Status: /)).toHaveLength(3);
    expect(calls).toEqual([]);
    expect(recoverable).toEqual([]);
    expect(messages).toEqual([]);
  });

  it('reports a server/client difference: the test sees a mismatch when there is one', async () => {
    const html = renderOnServer(<HostPage backend={createMockBackend().backend}>{ssrScenes[0]!.render()}</HostPage>);
    const { recoverable, messages } = await hydrateOnClient(
      html.replace('Not sent', 'Nicht gesendet'),
      <HostPage backend={createMockBackend().backend}>{ssrScenes[0]!.render()}</HostPage>,
    );
    expect([...recoverable, ...messages].join('\n')).toMatch(/hydrat/i);
  });
});
