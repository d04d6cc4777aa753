/**
 * The page's own script in the CSP test: hydrates the scene the server rendered into `#root` (its index in
 * `data-scene`), runs the scene's own `afterHydration` (data loaded, dialog open), and says how it went in
 * `<html data-scene-result>`, the signal the test waits for.
 */
import { configure } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { createMockBackend } from '../../src/mock';
import { HostPage } from '../ssr/ssr-host';
import { ssrScenes } from '../ssr/ssr-scenes';

// As test/setup.ts: a loaded machine may take seconds to load a lazy dialog.
configure({ asyncUtilTimeout: 10_000 });

const container = document.getElementById('root')!;
const scene = ssrScenes[Number(container.dataset.scene)]!;
hydrateRoot(container, <HostPage backend={createMockBackend().backend}>{scene.render()}</HostPage>);
scene.afterHydration(userEvent.setup()).then(
  () => (document.documentElement.dataset.sceneResult = 'done'),
  (error: unknown) => (document.documentElement.dataset.sceneResult = `failed: ${error instanceof Error ? error.message : String(error)}`),
);
