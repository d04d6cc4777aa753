import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy* waits up to 10 s for what it looks for: a loaded 2-core CI machine can take more than the default second
// to paint a server answer, and several seconds to load a lazy dialog's modules. A longer wait for a positive signal
// only slows a test that fails anyway.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});
