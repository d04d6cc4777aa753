/**
 * The CodeInterview connector against the vendor simulator over real HTTP: every documented call it makes, the key
 * only ever on the wire (never in a log line or an error), timeouts, and retries only where a call is safe to repeat.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSeed } from '../../src/mock/seed';
import { createCodeInterviewConnector } from '../../src/server/connectors/codeinterview';
import { VendorError } from '../../src/server/connectors/vendor-error';
import type { VendorCallLog } from '../../src/server/connectors/vendor-http';
import { SIMULATOR_API_KEY, startVendorSimulator } from '../../src/server/testing/vendor-simulator';
import type { VendorSimulator } from '../../src/server/testing/vendor-simulator';
import type { InvitationRequest, ProviderConnector } from '../../src/server/types';
import { startWebhookReceiver } from './connectors-support';
import type { WebhookReceiver } from './connectors-support';

const provider = createSeed().providers.find((p) => p.id === 'codeinterview')!;
const KEY = SIMULATOR_API_KEY;

let simulator: VendorSimulator;
let receiver: WebhookReceiver;
let connector: ProviderConnector;
let logs: VendorCallLog[];
const errors: unknown[] = [];

/** Runs a call and keeps its error, so every error's message can be searched for the key. */
async function failure(promise: Promise<unknown>): Promise<VendorError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VendorError);
  errors.push(error);
  return error as VendorError;
}

const invitation = (overrides: Partial<InvitationRequest> = {}): InvitationRequest => ({
  assessmentId: 'asmt-1',
  testId: '101',
  candidate: { name: 'Ada Lovelace', email: 'ada@example.com' },
  requestedAt: new Date().toISOString(),
  expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  message: null,
  ...overrides,
});

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());
beforeEach(async () => {
  simulator = await startVendorSimulator();
  logs = [];
  connector = createCodeInterviewConnector({ provider, baseUrl: simulator.codeInterviewBaseUrl, timeoutMs: 500, backoffMs: 20, log: (entry) => logs.push(entry) });
});
afterEach(async () => {
  // The key is sent as ?key= and so is in every URL: never in what the connector logged or threw.
  expect(simulator.requests.length).toBeGreaterThan(0);
  expect(simulator.requests.every((r) => r.query.key === KEY)).toBe(true);
  expect(logs.length).toBeGreaterThan(0);
  for (const entry of logs) {
    expect(JSON.stringify(entry)).not.toContain(KEY);
    expect(entry.url).toContain('key=REDACTED');
  }
  for (const error of errors.splice(0)) expect(`${(error as Error).message} ${JSON.stringify(error)}`).not.toContain(KEY);
  await simulator.close();
});

describe('the CodeInterview connector', () => {
  it('checks a key with GET /tests and says which field a refused key belongs to', async () => {
    await connector.verifyApiKey(KEY);
    expect(simulator.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /tests']);

    simulator.revokeKey(KEY);
    const refused = await failure(connector.verifyApiKey(KEY));
    expect(refused).toMatchObject({ code: 'invalid_api_key', failure: 'unauthorized', retryable: false, vendorStatus: 401 });
    expect(refused.fieldErrors.apiKey).toBe('This key was not accepted by CodeInterview.');
  });

  it('lists the tests (GET /tests) as the kit\'s tests, searched by title', async () => {
    const all = await connector.listTests(KEY, { search: '', cursor: null });
    expect(all.nextCursor).toBeNull();
    expect(all.items).toEqual([
      expect.objectContaining({ id: '101', providerId: 'codeinterview', title: 'Backend fundamentals (Node.js)', updatedAt: '2026-01-01T00:00:00.000Z', archived: false }),
      expect.objectContaining({ id: '102', title: 'Frontend: React components' }),
    ]);
    expect((await connector.listTests(KEY, { search: 'react', cursor: null })).items.map((t) => t.id)).toEqual(['102']);
  });

  it('invites a candidate once per send, even when the send is retried after a lost answer', async () => {
    const first = await connector.createInvitation(KEY, invitation());
    expect(first.vendorAssessmentId).toMatch(/^\d+$/);
    expect(first.inviteUrl).toBe(`https://app.remoteinterview.io/invite/${first.vendorAssessmentId}`);
    const created = simulator.requests.find((r) => r.method === 'POST')!;
    expect(created).toMatchObject({ path: '/tests/101/candidates/new', body: { name: 'Ada Lovelace', email: 'ada@example.com' } });

    // The same send again (its answer was lost, or the process died): the vendor's candidate is found, not doubled.
    const again = await connector.createInvitation(KEY, invitation());
    expect(again.vendorAssessmentId).toBe(first.vendorAssessmentId);
    expect(simulator.invitations('codeinterview')).toHaveLength(1);

    // A later send (a resend as new, minutes after) is a new invitation.
    const later = await connector.createInvitation(KEY, invitation({ assessmentId: 'asmt-2', requestedAt: new Date(Date.now() + 5 * 60_000).toISOString() }));
    expect(later.vendorAssessmentId).not.toBe(first.vendorAssessmentId);
    expect(simulator.invitations('codeinterview')).toHaveLength(2);
  });

  it('takes the invitation call\'s path and arguments from its options, since the documentation does not give them', async () => {
    const custom = createCodeInterviewConnector({
      provider,
      baseUrl: simulator.codeInterviewBaseUrl,
      log: (entry) => logs.push(entry),
      invitation: { path: '/tests/:testId/candidates/new', fields: (r) => ({ name: r.candidate.name, email: r.candidate.email, note: r.assessmentId }) },
    });
    await custom.createInvitation(KEY, invitation({ testId: '102' }));
    expect(simulator.requests.at(-1)).toMatchObject({ path: '/tests/102/candidates/new', body: { note: 'asmt-1' } });
  });

  it('reads a candidate (GET /tests/:id/candidates) as Sent, In progress, then Completed with got/total', async () => {
    const { vendorAssessmentId } = await connector.createInvitation(KEY, invitation());
    const ref = { kind: 'test' as const, testId: '101', vendorAssessmentId };
    expect(await connector.readAssessment(KEY, ref)).toEqual({ status: 'sent', vendorStatus: 'accepted' });
    simulator.start(vendorAssessmentId);
    expect(await connector.readAssessment(KEY, ref)).toMatchObject({ status: 'in_progress', vendorStatus: 'accepted' });
    simulator.complete(vendorAssessmentId, { got: 41, total: 50 });
    expect(await connector.readAssessment(KEY, ref)).toMatchObject({ status: 'completed', vendorStatus: 'completed', score: { got: 41, total: 50 } });
    expect(await connector.readAssessment(KEY, { ...ref, vendorAssessmentId: '999' })).toBeNull();
    expect(await connector.readAssessment(KEY, { ...ref, testId: 'gone' })).toBeNull();
  });

  it('opens a pad (POST /pads/new), reads it (GET /pads/:id) and ends it (POST /pads/:id/end)', async () => {
    const pad = await connector.openPad!(KEY, { title: 'Pairing with Ada', scheduledAt: null });
    expect(pad).toEqual({ padId: expect.any(String), candidateUrl: `https://app.codeinterview.io/pads/${pad.padId}`, interviewerUrl: null });
    expect(simulator.requests.at(-1)).toMatchObject({ method: 'POST', path: '/pads/new', body: { name: 'Pairing with Ada' } });
    const ref = { kind: 'live_interview' as const, testId: pad.padId, vendorAssessmentId: pad.padId };
    expect(await connector.readAssessment(KEY, ref)).toEqual({ status: 'sent', vendorStatus: 'open' });
    await connector.endPad!(KEY, pad.padId);
    expect(simulator.requests.at(-1)).toMatchObject({ method: 'POST', path: `/pads/${pad.padId}/end` });
    expect(await connector.readAssessment(KEY, ref)).toMatchObject({ status: 'completed', vendorStatus: 'ended', at: expect.any(String) });
  });

  it('repeats a GET that failed with a 500 or a short 429 (waiting out its Retry-After), and no more than told', async () => {
    simulator.fail({ path: '/tests', fault: { status: 500 } });
    await connector.listTests(KEY, { search: '', cursor: null });
    simulator.fail({ path: '/tests', fault: { status: 429, retryAfterSeconds: 1 } });
    const started = Date.now();
    await connector.listTests(KEY, { search: '', cursor: null });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(logs.map((l) => l.status)).toEqual([500, 200, 429, 200]);

    simulator.fail({ path: '/tests', times: 3, fault: { status: 503 } });
    const down = await failure(connector.listTests(KEY, { search: '', cursor: null }));
    expect(down).toMatchObject({ code: 'server', failure: 'unavailable', retryable: true, vendorStatus: 503 });
    expect(simulator.requests.filter((r) => r.path === '/tests')).toHaveLength(7);
  });

  it('throws a long Retry-After to the caller at once, with its seconds', async () => {
    simulator.fail({ path: '/tests', fault: { status: 429, retryAfterSeconds: 120 } });
    const limited = await failure(connector.listTests(KEY, { search: '', cursor: null }));
    expect(limited).toMatchObject({ code: 'rate_limited', failure: 'rate_limited', retryable: true, retryAfterSeconds: 120 });
    expect(simulator.requests).toHaveLength(1);
  });

  it('never repeats a write: a 500 or a timeout on POST /pads/new is one request, thrown as retryable', async () => {
    simulator.fail({ method: 'POST', path: '/pads/new', fault: { status: 500 } });
    expect(await failure(connector.openPad!(KEY, { title: 'x', scheduledAt: null }))).toMatchObject({ failure: 'unavailable', retryable: true });
    simulator.fail({ method: 'POST', path: '/pads/new', fault: { hang: true } });
    const timedOut = await failure(connector.openPad!(KEY, { title: 'x', scheduledAt: null }));
    expect(timedOut).toMatchObject({ code: 'server', failure: 'timeout', retryable: true });
    expect(timedOut.message).toMatch(/POST .*\/pads\/new\?key=REDACTED took longer than 500 ms/);
    expect(simulator.requests.filter((r) => r.path === '/pads/new')).toHaveLength(2);
  });

  it('times out a GET that never answers, tries again, and succeeds when the vendor does', async () => {
    simulator.fail({ path: '/tests', fault: { hang: true } });
    await connector.verifyApiKey(KEY);
    expect(logs.map((l) => l.failure)).toEqual(['timeout', null]);
  });

  it('reads an unsigned webhook as a trigger to confirm with the API, deduplicated by its body\'s hash', async () => {
    const { vendorAssessmentId } = await connector.createInvitation(KEY, invitation());
    simulator.registerWebhook('codeinterview', `${receiver.url}/webhooks/codeinterview/token`);
    simulator.complete(vendorAssessmentId);
    await simulator.deliverWebhooks({ copies: 2 });
    const [first, second] = receiver.received.splice(0);
    expect(await connector.verifyWebhook(first!, [])).toEqual({ ok: true });
    const events = await connector.parseWebhook(first!);
    expect(events).toEqual([
      { dedupeKey: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), vendorAssessmentId, type: 'candidate.completed', occurredAt: null, reading: null, confirmWithVendor: true },
    ]);
    expect((await connector.parseWebhook(second!))[0]!.dedupeKey).toBe(events[0]!.dedupeKey);
    // A body that names nothing still triggers (the server then re-reads what is active).
    const blank = { ...first!, rawBody: new TextEncoder().encode('not json') as Uint8Array<ArrayBuffer> };
    expect((await connector.parseWebhook(blank))[0]).toMatchObject({ vendorAssessmentId: null, confirmWithVendor: true });
  });
});
