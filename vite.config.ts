import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The config Storybook and the dev tools read. The package build lives in scripts/build.mjs so that
// library-mode settings never leak into Storybook.
export default defineConfig({
  plugins: [react()],
});
