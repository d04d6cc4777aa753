// Setup for the React 18 run (scripts/vitest.react18.config.ts): fails every test file loudly if the aliases
// stopped working and the suite quietly ran on the repo's React 19.
import { version as react } from 'react';
import { version as reactDom } from 'react-dom';
import { version as reactDomServer } from 'react-dom/server';

for (const [name, version] of Object.entries({ react, 'react-dom': reactDom, 'react-dom/server': reactDomServer })) {
  if (!version.startsWith('18.')) throw new Error(`The React 18 run loaded ${name} ${version}: check the aliases in scripts/vitest.react18.config.ts`);
}
