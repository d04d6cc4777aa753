// Screenshots stories as a designer looks at them: 1280×800, after the story (and its play function) has rendered.
//   node scripts/screenshot-stories.mjs [--url http://localhost:6006] [--out dir] [--theme dark] [--rtl] [--full] [--scale 0.5] id…
// Needs a running Storybook (`npm start`, or `npx http-server storybook-static`). Prints one PNG path per story.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium, missingChromiumMessage } from './chromium.mjs';

const { values, positionals: ids } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string', default: 'http://localhost:6006' },
    out: { type: 'string', default: 'screenshots' },
    theme: { type: 'string', default: 'light' },
    rtl: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
    // Pixels per CSS pixel: 0.5 for small PNGs to keep in the repo (docs/screenshots/), 2 for a close look.
    scale: { type: 'string', default: '1' },
  },
});
if (ids.length === 0) {
  console.error('Name at least one story id, e.g. send-assessment-sendassessmentdialog--default');
  process.exit(2);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error(missingChromiumMessage);
  process.exit(1);
}

mkdirSync(values.out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: Number(values.scale) });
const globals = `theme:${values.theme}${values.rtl ? ';direction:rtl' : ''}`;
for (const id of ids) {
  await page.goto(`${values.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${globals}`);
  // The preview's current render reports its phase: wait until the story rendered and its play function ended.
  await page.waitForFunction(
    () => ['completed', 'finished', 'errored', 'aborted'].includes(globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase),
    null,
    { timeout: 60_000 },
  );
  // Images and late requests land; a story that holds a request open on purpose (a "Creating…" state) never idles.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  // Entrance animations end; a scroll-driven one (a dialog's divider) follows the scroll and never does.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.timeline === document.timeline && animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const path = join(values.out, `${id}${values.theme === 'light' ? '' : `.${values.theme}`}${values.rtl ? '.rtl' : ''}.png`);
  await page.screenshot({ path, fullPage: values.full });
  console.log(path);
}
await browser.close();
