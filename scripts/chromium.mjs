// Finds a Chromium to run browser tests in. No tool here downloads its own browser, so we use the
// system one; CHROME_PATH points at another (e.g. a local Chrome on macOS).
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

export function findChromium() {
  return candidates.find((path) => existsSync(path)) ?? null;
}

// Flags that keep Chromium quiet on a machine without a network (it otherwise retries Google services).
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export const missingChromiumMessage = `No Chromium found for the browser tests.
Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or point CHROME_PATH at a Chrome/Chromium binary.`;
