/**
 * `npm run demo`'s loop in real Chromium, through the real server half (PGlite in a folder), the vendor simulator
 * over HTTP and the components on createHttpAdapter, no MSW: an admin connects CodeInterview and sees the webhook URL
 * (the demo pastes it into the simulator), a recruiter sends a test, the candidate completes it at the vendor, and the
 * list shows Completed with the score without a reload. After a restart the data is still there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumArgs, findChromium, missingChromiumMessage } from '../../scripts/chromium.mjs';
import { startDemo } from '../../scripts/demo/start.mjs';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const dataDir = mkdtempSync(join(tmpdir(), 'assessment-kit-demo-test-'));
let browser: Browser;

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage);
  browser = await chromium.launch({ executablePath, args: chromiumArgs });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openDemo(origin: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(origin);
  await page.getByRole('heading', { name: 'Demo ATS', level: 1 }).waitFor({ timeout: 60_000 });
  return page;
}

it('connects CodeInterview, sends a test, and shows it Completed with its score when the vendor\'s webhook lands', async () => {
  const demo = await startDemo({ port: await freePort(), dataDir, fresh: true });
  try {
    const page = await openDemo(demo.origin);
    const integrations = page.getByRole('article', { name: 'CodeInterview' });
    await integrations.getByRole('button', { name: 'Enable integration for CodeInterview' }).click();
    const connect = page.getByRole('dialog', { name: 'Connect CodeInterview' });
    await connect.getByRole('textbox', { name: 'CodeInterview API key' }).fill('ci_live_4f9a2c7e1b8d5a3f');
    await connect.getByRole('button', { name: 'Connect CodeInterview' }).click();
    const webhookUrl = await connect.getByRole('textbox', { name: 'Webhook URL' }).inputValue();
    expect(webhookUrl).toMatch(new RegExp(`^${demo.origin}/api/webhooks/codeinterview/[0-9a-f]{32}$`));
    await connect.getByRole('button', { name: 'Continue' }).click();
    await connect.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => integrations.textContent(), { timeout: 20_000 }).toContain('Connected');

    const candidate = page.getByRole('region', { name: 'Assessments' }).filter({ has: page.getByRole('button', { name: 'Send Assessment' }) });
    await candidate.getByRole('button', { name: 'Send Assessment' }).click();
    const send = page.getByRole('dialog', { name: 'Send assessment' });
    await send.getByRole('radio', { name: /^CodeInterview/ }).check();
    await send.getByRole('combobox', { name: 'Test', exact: true }).click();
    await page.getByRole('option').first().click();
    await send.getByRole('combobox', { name: 'Reviewers' }).click();
    await page.getByRole('option').first().click();
    await send.getByRole('button', { name: 'Send assessment' }).click();
    await send.waitFor({ state: 'hidden' });
    await expect.poll(() => candidate.textContent(), { timeout: 20_000 }).toContain('Sent');

    // The candidate takes the test at the vendor; the webhook reaches the server and the list changes by itself.
    const vendor = page.getByRole('region', { name: "Vendor simulator (the candidate's side)" });
    await vendor.getByRole('button', { name: /^Complete / }).click();
    await expect.poll(() => candidate.textContent(), { timeout: 20_000 }).toContain('Completed');
    expect(await candidate.textContent()).toMatch(/42\s*\/\s*50/);
    // It came as the webhook (to the URL the admin saw), not from the reconciler.
    expect(demo.simulator.deliveries.map((d) => [d.url, d.status])).toEqual([[webhookUrl, 200]]);
    await page.close();
  } finally {
    await demo.stop();
  }

  // A restart keeps the data: the same folder, a new process's worth of server.
  const again = await startDemo({ port: await freePort(), dataDir });
  try {
    const page = await openDemo(again.origin);
    const candidate = page.getByRole('region', { name: 'Assessments' }).filter({ has: page.getByRole('button', { name: 'Send Assessment' }) });
    await expect.poll(() => candidate.textContent(), { timeout: 20_000 }).toContain('Completed');
    // The integrations load on their own: wait for them as for the list, never read them once.
    await expect.poll(() => page.getByRole('article', { name: 'CodeInterview' }).textContent(), { timeout: 20_000 }).toContain('Connected');
    await page.close();
  } finally {
    await again.stop();
  }
}, 240_000);
