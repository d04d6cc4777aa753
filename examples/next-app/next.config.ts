import type { NextConfig } from 'next';

const config: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own folder at run time: keep it out of the server bundle.
  serverExternalPackages: ['@electric-sql/pglite'],
  // This folder is the app, not the kit's repository around it (which has a lockfile too).
  turbopack: { root: import.meta.dirname },
  // `next dev` would otherwise write an AGENTS.md into the example.
  agentRules: false,
  experimental: { agentUpgrade: false },
};

export default config;
