import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { page } from 'vitest/browser';
import kitCss from '../../src/styles/index.css?inline';
import { addStyles } from './page';

/** Runs each test of the file on a desktop-sized page with the kit's stylesheet, and cleans both up after it. */
export function onKitPage({ width = 1280, height = 800 } = {}) {
  let removeStyles = () => {};
  beforeEach(async () => {
    removeStyles = addStyles(kitCss);
    await page.viewport(width, height);
  });
  afterEach(() => {
    cleanup();
    removeStyles();
  });
}
