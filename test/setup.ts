import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy* waits up to 5 s: a loaded CI machine can take more than the default second to paint a server answer.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
