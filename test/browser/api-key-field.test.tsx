/**
 * The API key field in real Chromium: what its accessibility tree gives a screen reader (read over the DevTools
 * protocol), and what a real Enter press does while the vendor's rate limit runs.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { EnableIntegrationDialog } from '../../src/components/enable-integration';
import type { AssessmentBackend } from '../../src/backend/types';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import type { Politeness } from '../../src/data/kit-context';
import { MOCK_RATE_LIMITED_API_KEY, MOCK_VALID_API_KEY } from '../../src/mock';
import { createMockBackend } from '../../src/mock/mock-backend';

afterEach(() => cleanup());

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  value?: { value?: string };
}

/** Chromium's accessibility tree of this test's frame: what a screen reader is given. */
async function accessibilityTree(): Promise<AXNode[]> {
  const session = cdp();
  type Frame = { frame: { id: string; url: string }; childFrames?: Frame[] };
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: Frame };
  const frames: Frame[] = [];
  const walk = (node: Frame) => {
    frames.push(node);
    node.childFrames?.forEach(walk);
  };
  walk(frameTree);
  const frame = frames.find((node) => node.frame.url === window.location.href);
  if (!frame) throw new Error('The test frame is not in the page’s frame tree');
  const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId: frame.frame.id })) as { nodes: AXNode[] };
  return nodes;
}

function renderDialog(backend: AssessmentBackend, onAnnounce?: (message: string, politeness: Politeness) => void) {
  render(
    <AssessmentKitProvider backend={backend} queryClient={createKitQueryClient({ retry: false })} onAnnounce={onAnnounce}>
      <EnableIntegrationDialog providerId="codeinterview" defaultOpen />
    </AssessmentKitProvider>,
  );
  return screen.findByLabelText('CodeInterview API key', { selector: 'input' });
}

describe('the API key field, in Chromium', () => {
  it('gives a screen reader dots, never the key, until the admin presses Show', async () => {
    const field = await renderDialog(createMockBackend().backend);
    await userEvent.type(field, MOCK_VALID_API_KEY);
    expect(field).toHaveValue(MOCK_VALID_API_KEY);

    const masked = await accessibilityTree();
    const box = masked.find((node) => node.role?.value === 'textbox' && node.name?.value === 'CodeInterview API key');
    expect(box).toBeDefined();
    // One dot per character: the length is all that is given.
    expect(box?.value?.value).toBe('•'.repeat(MOCK_VALID_API_KEY.length));
    expect(JSON.stringify(masked)).not.toContain(MOCK_VALID_API_KEY);
    // Masked by the browser itself, with no inline style for a strict Content-Security-Policy to drop.
    expect(field).not.toHaveAttribute('style');

    // Shown on purpose, it is read: the same reading sees the key, so the check above can fail.
    await userEvent.click(screen.getByRole('button', { name: 'Show API key' }));
    const shown = await accessibilityTree();
    const shownBox = shown.find((node) => node.role?.value === 'textbox' && node.name?.value === 'CodeInterview API key');
    expect(shownBox?.value?.value).toBe(MOCK_VALID_API_KEY);
  });

  it('answers Enter during the rate-limit wait with the time left, once per press, and spends no attempt', async () => {
    const mock = createMockBackend();
    let checks = 0;
    const backend: AssessmentBackend = {
      ...mock.backend,
      connectIntegration: (input, options) => {
        checks += 1;
        return mock.backend.connectIntegration(input, options);
      },
    };
    const heard: Array<[string, Politeness]> = [];
    const field = await renderDialog(backend, (message, politeness) => heard.push([message, politeness]));
    await waitFor(() => expect(field).toHaveFocus());
    await userEvent.keyboard(`${MOCK_RATE_LIMITED_API_KEY}{Enter}`);
    await screen.findByText('CodeInterview is limiting key checks');
    expect(screen.getByRole('button', { name: 'Connect CodeInterview' })).toHaveAttribute('aria-disabled', 'true');
    expect(field).toHaveFocus();
    const waitSaid = heard.length;

    // A real Enter: the browser's implicit submission clicks the aria-disabled Connect, which does nothing itself.
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(heard.slice(waitSaid)).toEqual([[expect.stringMatching(/^Too many attempts in a short time\. Try again in \d+ seconds?\.$/), 'polite']]));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(heard.slice(waitSaid)).toHaveLength(2));
    expect(checks).toBe(1);
  });
});
