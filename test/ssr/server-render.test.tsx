// @vitest-environment node
// On a real server: no window, no document. Every public component renders to a string inside the provider.
import { dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { AssessmentIntegrations } from '../../src/screens/AssessmentIntegrations';
import { createKitQueryClient } from '../../src/data/query-client';
import { createMockBackend, mockIds } from '../../src/mock';
import { captureConsole, countingBackend, HostPage, prefetchIntegrations } from './ssr-host';
import { ssrScenes } from './ssr-scenes';

let console_: ReturnType<typeof captureConsole> | undefined;
afterEach(() => console_?.restore());

describe('server rendering', () => {
  it('runs where a server runs: without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(ssrScenes)('$name renders to a string, without a warning', (scene) => {
    console_ = captureConsole();
    const { backend, calls } = countingBackend(createMockBackend().backend);
    const html = renderToString(<HostPage backend={backend}>{scene.render()}</HostPage>);
    for (const expected of scene.serverHtml) expect(html).toMatch(expected);
    expect(console_.messages).toEqual([]);
    // Rendering fetches nothing by itself: effects don't run on a server, and a host that wants data prefetches it.
    expect(calls).toEqual([]);
  });

  it('puts the data of a host that prefetched with the queryOptions factories and a stable scope into the HTML', async () => {
    console_ = captureConsole();
    const { backend } = createMockBackend();
    const queryClient = createKitQueryClient();
    await prefetchIntegrations(queryClient, backend, 'settings');

    const html = renderToString(
      <HostPage backend={backend} queryClient={queryClient} scope="settings">
        <AssessmentIntegrations />
      </HostPage>,
    );

    expect(html).not.toMatch(/Loading integrations/);
    for (const name of ['CodeInterview', 'SkillForge', 'DevScreen']) expect(html).toContain(name);
    expect(html).toMatch(/Enable integration/);
    // What the host sends to the browser with the page holds the data and never a secret.
    const state = JSON.stringify(dehydrate(queryClient));
    expect(state).toContain(mockIds.connectedProvider);
    expect(state).not.toMatch(/apiKey"|signingSecret/);
    expect(console_.messages).toEqual([]);
  });

  it('keeps another scope’s prefetched data out: a provider without the scope renders its loading state', async () => {
    const { backend } = createMockBackend();
    const queryClient = createKitQueryClient();
    await prefetchIntegrations(queryClient, backend, 'settings');

    const html = renderToString(
      <HostPage backend={backend} queryClient={queryClient} scope="another-page">
        <AssessmentIntegrations />
      </HostPage>,
    );

    expect(html).toMatch(/Loading integrations/);
    expect(html).not.toContain('SkillForge');
  });
});
