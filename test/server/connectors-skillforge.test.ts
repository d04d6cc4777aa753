/**
 * The signed vendor (SkillForge) against the simulator: a paged catalogue, invitations made once per assessment id
 * through Idempotency-Key, status reads, and Standard Webhooks verified over the raw body: good, tampered, forged,
 * too old, missing headers, and a secret rotation from either side.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSeed } from '../../src/mock/seed';
import { createSkillForgeConnector } from '../../src/server/connectors/skillforge';
import { syncAllTests } from '../../src/server/connectors/sync';
import type { VendorCallLog } from '../../src/server/connectors/vendor-http';
import { SIMULATOR_API_KEY, SIMULATOR_SIGNING_SECRET, startVendorSimulator } from '../../src/server/testing/vendor-simulator';
import type { VendorSimulator } from '../../src/server/testing/vendor-simulator';
import type { InvitationRequest, ProviderConnector, WebhookDelivery } from '../../src/server/types';
import { startWebhookReceiver } from './connectors-support';
import type { WebhookReceiver } from './connectors-support';

const provider = createSeed().providers.find((p) => p.id === 'skillforge')!;
const KEY = SIMULATOR_API_KEY;
const NEW_SECRET = `whsec_${Buffer.from('the rotated-in SkillForge secret').toString('base64')}`;

let simulator: VendorSimulator;
let receiver: WebhookReceiver;
let connector: ProviderConnector;
let logs: VendorCallLog[];

const invitation = (overrides: Partial<InvitationRequest> = {}): InvitationRequest => ({
  assessmentId: 'asmt-1',
  testId: 'sf-algo',
  candidate: { name: 'Ada Lovelace', email: 'ada@example.com' },
  requestedAt: new Date().toISOString(),
  expiresAt: '2030-01-08T00:00:00.000Z',
  message: 'Good luck!',
  ...overrides,
});

/** Completes an invitation and delivers its webhook as told; answers what the receiver got. */
async function deliveredCompletion(options: Parameters<VendorSimulator['deliverWebhooks']>[0] = {}): Promise<WebhookDelivery[]> {
  const { vendorAssessmentId } = await connector.createInvitation(KEY, invitation());
  simulator.complete(vendorAssessmentId, { got: 7, total: 10 });
  await simulator.deliverWebhooks(options);
  return receiver.received.splice(0);
}

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());
beforeEach(async () => {
  simulator = await startVendorSimulator({ pageSize: 2 });
  simulator.registerWebhook('skillforge', `${receiver.url}/webhooks/skillforge/token`);
  logs = [];
  connector = createSkillForgeConnector({ provider, baseUrl: simulator.skillForgeBaseUrl, timeoutMs: 500, backoffMs: 20, log: (entry) => logs.push(entry) });
});
afterEach(async () => {
  // A Bearer key: in the header only, never in a URL or a log line.
  for (const entry of logs) expect(JSON.stringify(entry)).not.toContain(KEY);
  expect(simulator.requests.every((r) => r.headers.authorization === `Bearer ${KEY}` && !JSON.stringify(r.query).includes(KEY))).toBe(true);
  await simulator.close();
});

describe('the SkillForge connector', () => {
  it('checks a key (GET /me) and refuses a revoked one on apiKey', async () => {
    await connector.verifyApiKey(KEY);
    simulator.revokeKey(KEY);
    await expect(connector.verifyApiKey(KEY)).rejects.toMatchObject({ code: 'invalid_api_key', fieldErrors: { apiKey: 'This key was not accepted by SkillForge.' } });
  });

  it('pages and searches the catalogue, and syncAllTests reads every page', async () => {
    const first = await connector.listTests(KEY, { search: '', cursor: null });
    expect(first.items.map((t) => t.id)).toEqual(['sf-algo', 'sf-sql']);
    expect(first.items[0]).toEqual({
      id: 'sf-algo',
      providerId: 'skillforge',
      title: 'Algorithms and data structures',
      durationMinutes: 75,
      languages: ['python', 'java'],
      updatedAt: '2026-11-01T09:00:00.000Z',
      archived: false,
    });
    expect((await connector.listTests(KEY, { search: '', cursor: first.nextCursor })).items.map((t) => t.id)).toEqual(['sf-sys']);
    expect((await connector.listTests(KEY, { search: 'sql', cursor: null })).items.map((t) => t.id)).toEqual(['sf-sql']);
    expect((await syncAllTests(connector, KEY)).map((t) => t.id)).toEqual(['sf-algo', 'sf-sql', 'sf-sys']);
    expect(simulator.requests.at(-1)!.query).toEqual({ search: '', cursor: '2' });
  });

  it('sends the assessment id as the Idempotency-Key, so a repeated send is the same invitation', async () => {
    const first = await connector.createInvitation(KEY, invitation());
    expect(first).toEqual({ vendorAssessmentId: expect.stringMatching(/^inv_/), inviteUrl: `https://app.skillforge.example.com/take/${first.vendorAssessmentId}`, expiresAt: '2030-01-08T00:00:00.000Z' });
    expect(simulator.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/invitations',
      headers: { 'idempotency-key': 'asmt-1' },
      body: { test_id: 'sf-algo', candidate: { name: 'Ada Lovelace', email: 'ada@example.com' }, message: 'Good luck!' },
    });
    expect(await connector.createInvitation(KEY, invitation())).toEqual(first);
    expect(simulator.invitations('skillforge')).toHaveLength(1);
    expect((await connector.createInvitation(KEY, invitation({ assessmentId: 'asmt-2' }))).vendorAssessmentId).not.toBe(first.vendorAssessmentId);
  });

  it('reads an invitation through its lifecycle, and a room until it ends with its playback', async () => {
    const { vendorAssessmentId } = await connector.createInvitation(KEY, invitation());
    const ref = { kind: 'test' as const, testId: 'sf-algo', vendorAssessmentId };
    expect(await connector.readAssessment(KEY, ref)).toEqual({ status: 'sent', vendorStatus: 'invited' });
    simulator.start(vendorAssessmentId);
    expect(await connector.readAssessment(KEY, ref)).toMatchObject({ status: 'in_progress', at: expect.any(String) });
    simulator.complete(vendorAssessmentId, { got: 7, total: 10 });
    expect(await connector.readAssessment(KEY, ref)).toMatchObject({
      status: 'completed',
      score: { got: 7, total: 10 },
      reportUrl: `https://app.skillforge.example.com/reports/${vendorAssessmentId}`,
      timeTakenSeconds: expect.any(Number),
    });
    const expiring = await connector.createInvitation(KEY, invitation({ assessmentId: 'asmt-2' }));
    simulator.expire(expiring.vendorAssessmentId);
    expect(await connector.readAssessment(KEY, { ...ref, vendorAssessmentId: expiring.vendorAssessmentId })).toEqual({ status: 'expired', vendorStatus: 'expired' });
    expect(await connector.readAssessment(KEY, { ...ref, vendorAssessmentId: 'inv_none' })).toBeNull();

    const room = await connector.openPad!(KEY, { title: 'Pairing', scheduledAt: '2030-01-02T10:00:00.000Z' });
    expect(room.interviewerUrl).toBe(`https://rooms.skillforge.example.com/${room.padId}/host`);
    await connector.endPad!(KEY, room.padId);
    expect(await connector.readAssessment(KEY, { kind: 'live_interview', testId: room.padId, vendorAssessmentId: room.padId })).toMatchObject({
      status: 'completed',
      playbackUrl: `https://rooms.skillforge.example.com/${room.padId}/playback`,
    });
  });
});

describe('SkillForge webhooks (Standard Webhooks)', () => {
  it('verifies a signed delivery over its raw bytes and reads its state, keyed by webhook-id for deduplication', async () => {
    const [first, copy] = await deliveredCompletion({ copies: 2 });
    expect(await connector.verifyWebhook(first!, [SIMULATOR_SIGNING_SECRET])).toEqual({ ok: true });
    const [event] = await connector.parseWebhook(first!);
    expect(event).toEqual({
      dedupeKey: first!.headers.get('webhook-id'),
      vendorAssessmentId: expect.stringMatching(/^inv_/),
      type: 'invitation.updated',
      occurredAt: expect.any(String),
      reading: expect.objectContaining({ status: 'completed', score: { got: 7, total: 10 } }),
      confirmWithVendor: false,
    });
    expect(event!.dedupeKey).toMatch(/^msg_/);
    // The vendor's retry of the same message has the same id.
    expect((await connector.parseWebhook(copy!))[0]!.dedupeKey).toBe(event!.dedupeKey);
  });

  it('refuses a tampered body, a forged signature, a missing header and a delivery with no secret to check', async () => {
    const [good] = await deliveredCompletion();
    const tampered = new TextEncoder().encode(new TextDecoder().decode(good!.rawBody).replace('"got":7', '"got":10')) as Uint8Array<ArrayBuffer>;
    expect(await connector.verifyWebhook({ ...good!, rawBody: tampered }, [SIMULATOR_SIGNING_SECRET])).toEqual({ ok: false, reason: 'bad_signature' });
    const unsigned = new Headers(good!.headers);
    unsigned.delete('webhook-signature');
    expect(await connector.verifyWebhook({ ...good!, headers: unsigned }, [SIMULATOR_SIGNING_SECRET])).toEqual({ ok: false, reason: 'missing_signature' });
    expect(await connector.verifyWebhook(good!, [])).toEqual({ ok: false, reason: 'no_secret' });

    const [forged] = await deliveredCompletion({ forge: true });
    expect(await connector.verifyWebhook(forged!, [SIMULATOR_SIGNING_SECRET])).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a delivery signed outside the five-minute tolerance, even with the right signature', async () => {
    const [old] = await deliveredCompletion({ ageSeconds: 10 * 60 });
    expect(await connector.verifyWebhook(old!, [SIMULATOR_SIGNING_SECRET])).toEqual({ ok: false, reason: 'timestamp_out_of_tolerance' });
    const [recent] = await deliveredCompletion({ ageSeconds: 4 * 60 });
    expect(await connector.verifyWebhook(recent!, [SIMULATOR_SIGNING_SECRET])).toEqual({ ok: true });
  });

  it('accepts either secret while one is rotated, and only the current ones after', async () => {
    // The vendor signs with the new and the old secret; we still know only the old one.
    simulator.setSigningSecrets([NEW_SECRET, SIMULATOR_SIGNING_SECRET]);
    const [both] = await deliveredCompletion();
    expect(both!.headers.get('webhook-signature')!.split(' ')).toHaveLength(2);
    expect(await connector.verifyWebhook(both!, [SIMULATOR_SIGNING_SECRET])).toEqual({ ok: true });
    // We have the new one first and keep the old; the vendor still signs with the old one only.
    simulator.setSigningSecrets([SIMULATOR_SIGNING_SECRET]);
    const [oldOnly] = await deliveredCompletion();
    expect(await connector.verifyWebhook(oldOnly!, [NEW_SECRET, SIMULATOR_SIGNING_SECRET])).toEqual({ ok: true });
    // The old one retired: what only it signed is refused.
    expect(await connector.verifyWebhook(oldOnly!, [NEW_SECRET])).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('throws bad_response for a verified body it cannot read', async () => {
    const [good] = await deliveredCompletion();
    await expect(connector.parseWebhook({ ...good!, rawBody: new TextEncoder().encode('{"type":1}') as Uint8Array<ArrayBuffer> })).rejects.toMatchObject({
      failure: 'bad_response',
    });
  });
});
