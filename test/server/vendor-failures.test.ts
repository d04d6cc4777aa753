/**
 * What happens when the vendor or the process fails, on PGlite and on real Postgres (TEST_DATABASE_URL): sends that
 * keep one invitation whatever fails (a vendor 5xx, a refused key, a crash between the vendor's accept and the
 * store), the webhook URL's token (refused, rotated, a body over the limit, an unsigned body that is only a trigger),
 * and the reconciler (stale assessments re-read, 429 backoff honouring Retry-After, two instances sharing one run).
 * The vendor is a fake connector over the demo's SkillForge that counts what it is asked and fails on demand.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain';
import { MOCK_CURRENT_USER, mockIds } from '../../src/mock';
import { createMockStore } from '../../src/mock/store';
import { createAssessmentServer, VendorError } from '../../src/server';
import type { AssessmentServer, ProviderConnector, SqlClient, VendorReading } from '../../src/server';
import { createDemo } from '../../src/server/demo';
import type { TestDatabase } from './databases';
import { testDatabases } from './databases';

const databases = await testDatabases();
afterAll(async () => {
  for (const database of databases) await database.drop();
});

const PROVIDER = mockIds.providers.skillforge;
const CANDIDATE = mockIds.candidateWithNoAssessments;

/** The vendor: one invitation per assessment id (its idempotency key), faults queued per call. */
function fakeVendor(base: ProviderConnector) {
  const invitations = new Map<string, string>();
  const asked: string[] = [];
  /** The recruiter's message on each invitation asked for, in order. */
  const messages: Array<string | null> = [];
  const reads: string[] = [];
  const states = new Map<string, VendorReading>();
  const faults = { invite: [] as Array<{ when: 'before' | 'after'; error: Error }>, read: [] as Error[] };
  /** Pads opened and ended; `padGate`, when set, holds the next pad open until it resolves. */
  const pads = { opened: [] as string[], ended: [] as string[], gate: null as Promise<void> | null };
  const connector: ProviderConnector = {
    ...base,
    async openPad(key, input) {
      const gate = pads.gate;
      pads.gate = null;
      await gate;
      const pad = await base.openPad!(key, input);
      pads.opened.push(pad.padId);
      return pad;
    },
    async endPad(_key, padId) {
      pads.ended.push(padId);
    },
    async createInvitation(_key, request) {
      asked.push(request.assessmentId);
      messages.push(request.message);
      const fault = faults.invite.shift();
      if (fault?.when === 'before') throw fault.error;
      const vendorAssessmentId = invitations.get(request.assessmentId) ?? `sf-${invitations.size + 1}`;
      invitations.set(request.assessmentId, vendorAssessmentId);
      if (fault?.when === 'after') throw fault.error;
      return { vendorAssessmentId, inviteUrl: null, expiresAt: null };
    },
    async readAssessment(_key, ref) {
      reads.push(ref.vendorAssessmentId);
      const fault = faults.read.shift();
      if (fault) throw fault;
      return states.get(ref.vendorAssessmentId) ?? { status: 'sent', vendorStatus: 'invited' };
    },
    // Unsigned, as CodeInterview: the URL token is the proof and a body only a trigger.
    verifyWebhook: async () => ({ ok: true }),
    parseWebhook: async (delivery) => {
      const body = JSON.parse(new TextDecoder().decode(delivery.rawBody)) as { id: string; vendorAssessmentId: string; status?: string };
      return [{ dedupeKey: body.id, vendorAssessmentId: body.vendorAssessmentId, type: null, occurredAt: null, reading: null, confirmWithVendor: true }];
    },
  };
  return { connector, invitations, asked, messages, reads, states, faults, pads };
}

describe.each(databases.map((database) => [database.name, database] as const))('when things fail, on %s', (_name, database: TestDatabase) => {
  let demo: ReturnType<typeof createDemo>;
  let vendor: ReturnType<typeof fakeVendor>;
  let changed: Assessment[];
  const servers: AssessmentServer[] = [];

  /** A server instance (a restart is another one on the same database, with the same vendor). */
  async function start(storage: SqlClient = database.storage, { seed = false } = {}): Promise<AssessmentServer> {
    const server = await createAssessmentServer({
      storage,
      encryptionKeys: [{ id: 'k1', key: new Uint8Array(32).fill(9) }],
      host: demo.host,
      connectors: demo.connectors.map((c) => (c.provider.id === PROVIDER ? vendor.connector : c)),
      seed: seed ? demo.seed : null,
      authenticate: async () => ({ userId: 'usr-dana', role: 'admin', name: MOCK_CURRENT_USER }),
      onAssessmentChanged: (assessment) => void changed.push(assessment),
      logger: { error: () => {} },
    });
    await server.migrate();
    servers.push(server);
    return server;
  }

  let server: AssessmentServer;
  let testId: string;
  beforeEach(async () => {
    for (const s of servers.splice(0)) await s.close();
    await database.truncate();
    demo = createDemo(createMockStore().db);
    vendor = fakeVendor(demo.connectors.find((c) => c.provider.id === PROVIDER)!);
    changed = [];
    server = await start(database.storage, { seed: true });
    testId = demo.db.testsByProvider[PROVIDER]!.find((t) => !t.archived)!.id;
  });
  afterAll(async () => {
    for (const s of servers.splice(0)) await s.close();
  });

  const send = (on: AssessmentServer, key: string, extra: { message?: string } = {}) =>
    on.fetch(
      new Request('http://ats.test/api/assessments', {
        method: 'POST',
        headers: { 'Idempotency-Key': key, 'Content-Type': 'application/json' },
        body: JSON.stringify({ candidateId: CANDIDATE, providerId: PROVIDER, testId, reviewerIds: ['rev-1'], scorecard: null, ...extra }),
      }),
    );
  const listed = async (on: AssessmentServer) =>
    ((await (await on.fetch(new Request(`http://ats.test/api/candidates/${CANDIDATE}/assessments`))).json()) as { assessments: Assessment[] }).assessments;
  const rows = async () => (await database.storage.query<{ n: number }>('SELECT count(*)::int AS n FROM ak_assessments WHERE candidate_id = $1', [CANDIDATE]))[0]!.n;
  const integrationState = async () =>
    (await database.storage.query<{ state: string }>('SELECT state FROM ak_integrations WHERE provider_id = $1', [PROVIDER]))[0]!.state;

  describe('a send', () => {
    it('answers 503 on a vendor 5xx and keeps the send for a retry under the same key, which makes one invitation', async () => {
      vendor.faults.invite.push({ when: 'before', error: new VendorError('unavailable', 'SkillForge answered 502', { vendorStatus: 502 }) });
      const failed = await send(server, 'key-1');
      expect(failed.status).toBe(503);
      expect(await listed(server)).toEqual([]);

      const retried = await send(server, 'key-1');
      expect(retried.status).toBe(201);
      const assessment = (await retried.json()) as Assessment;
      expect((await listed(server)).map((a) => a.id)).toEqual([assessment.id]);
      expect(vendor.asked).toEqual([assessment.id, assessment.id]);
      expect(vendor.invitations.size).toBe(1);
      expect(await rows()).toBe(1);
    });

    it('turns the integration into Needs attention when the vendor refuses the key, and keeps nothing of the send', async () => {
      vendor.faults.invite.push({ when: 'before', error: new VendorError('unauthorized', 'SkillForge refused the key', { vendorStatus: 401 }) });
      const refused = await send(server, 'key-1');
      expect(refused.status).toBe(422);
      expect(((await refused.json()) as { error: { fieldErrors: Record<string, string> } }).error.fieldErrors.providerId).toMatch(/needs attention/);
      expect(await integrationState()).toBe('needs_attention');
      expect(await rows()).toBe(0);
      expect(vendor.invitations.size).toBe(0);
      // The integration is the blocker now, as the UI shows it.
      expect((await send(server, 'key-1')).status).toBe(422);
      expect(vendor.asked).toHaveLength(1);
    });

    it('survives a crash between the vendor’s accept and the store: after a restart the same key makes one assessment and one invitation', async () => {
      vendor.faults.invite.push({ when: 'after', error: new Error('the process died') });
      expect((await send(server, 'key-1')).status).toBe(503);
      await server.close();
      const restarted = await start();
      const retried = await send(restarted, 'key-1');
      expect(retried.status).toBe(201);
      expect(await rows()).toBe(1);
      expect(vendor.invitations.size).toBe(1);
      expect(new Set(vendor.asked)).toEqual(new Set([((await retried.json()) as Assessment).id]));
    });

    it('survives the same crash when no one retries: the reconciler finishes the send, and the key then replays its answer', async () => {
      vendor.faults.invite.push({ when: 'after', error: new Error('the process died') });
      expect((await send(server, 'key-1')).status).toBe(503);
      await server.close();
      const restarted = await start();
      expect(await restarted.reconcile({ olderThanSeconds: 0 })).toMatchObject({ sendsFinished: 1 });
      const [assessment] = await listed(restarted);
      expect(assessment?.status).toBe('sent');
      expect(await rows()).toBe(1);
      expect(vendor.invitations.size).toBe(1);
      const replay = await send(restarted, 'key-1');
      expect([replay.status, ((await replay.json()) as Assessment).id]).toEqual([201, assessment!.id]);
      expect(vendor.asked).toHaveLength(2);
    });

    it('keeps the recruiter’s message for the invitation when the reconciler finishes the send', async () => {
      const message = 'Hi Ada, here is the take-home we talked about.';
      vendor.faults.invite.push({ when: 'before', error: new VendorError('timeout', 'SkillForge did not answer', {}) });
      expect((await send(server, 'key-1', { message })).status).toBe(503);
      expect(await server.reconcile({ olderThanSeconds: 0 })).toMatchObject({ sendsFinished: 1 });
      expect(vendor.messages).toEqual([message, message]);
      // Asked for and confirmed: the message is not kept beyond the send.
      const kept = await database.storage.query<{ pending_message: string | null }>('SELECT pending_message FROM ak_assessments WHERE candidate_id = $1', [CANDIDATE]);
      expect(kept).toEqual([{ pending_message: null }]);
    });
  });

  describe('a live interview', () => {
    const schedule = (on: AssessmentServer, key: string) =>
      on.fetch(
        new Request('http://ats.test/api/live-interviews', {
          method: 'POST',
          headers: { 'Idempotency-Key': key, 'Content-Type': 'application/json' },
          body: JSON.stringify({ candidateId: CANDIDATE, providerId: PROVIDER, title: 'Pairing', interviewerIds: ['rev-1'], scorecard: null }),
        }),
      );

    it('opens its pad outside any transaction: other writes go through while the vendor takes its time', async () => {
      let openPad!: () => void;
      vendor.pads.gate = new Promise((resolve) => (openPad = resolve));
      const scheduling = schedule(server, 'live-1');
      // A send, which writes in transactions of its own, finishes while the pad is still being opened.
      expect((await send(server, 'send-1')).status).toBe(201);
      expect(vendor.pads.opened).toEqual([]);
      openPad();
      expect((await scheduling).status).toBe(201);
      expect(vendor.pads.opened).toHaveLength(1);
    });

    it('opens one pad per key: a replay answers what was stored, and a concurrent twin ends the pad it opened', async () => {
      const first = await schedule(server, 'live-1');
      const replay = await schedule(server, 'live-1');
      expect((await replay.json()) as Assessment).toEqual((await first.json()) as Assessment);
      expect(vendor.pads.opened).toHaveLength(1);

      const twins = await Promise.all([schedule(server, 'live-2'), schedule(server, 'live-2')]);
      const [a, b] = (await Promise.all(twins.map((twin) => twin.json()))) as Assessment[];
      expect(twins.map((twin) => twin.status)).toEqual([201, 201]);
      expect(a!.id).toBe(b!.id);
      // Both may open a pad before either claims the key; the one not kept is ended, and only one is listed.
      expect(vendor.pads.opened.length - vendor.pads.ended.length).toBe(2);
      expect((await listed(server)).filter((item) => item.kind === 'live_interview')).toHaveLength(2);
    });
  });

  describe("a plan's autoSend", () => {
    const enterDeepDive = async () => {
      const candidate = demo.db.candidates.find((c) => c.jobId === mockIds.jobWithTwoProviders)!;
      const [created] = await server.candidateEnteredStage(candidate.id, 'stage-be-deep-dive');
      return created!;
    };

    it('asks the vendor for the invitation, as a recruiter\'s send does', async () => {
      const created = await enterDeepDive();
      expect(created.status).toBe('sent');
      expect(vendor.asked).toEqual([created.id]);
      expect(vendor.invitations.has(created.id)).toBe(true);
    });

    it('leaves the activity waiting for a recruiter, with the reason, when the vendor refuses it', async () => {
      vendor.faults.invite.push({ when: 'before', error: new VendorError('refused', 'SkillForge refused the invitation', { vendorStatus: 422 }) });
      const created = await enterDeepDive();
      expect(created.status).toBe('not_sent');
      expect(created.history.at(-1)?.note).toMatch(/^Not sent automatically: SkillForge refused the invitation/);
      expect(vendor.invitations.size).toBe(0);
    });

    it('stays pending for the reconciler when the vendor does not answer, which then makes one invitation', async () => {
      vendor.faults.invite.push({ when: 'after', error: new VendorError('timeout', 'SkillForge did not answer', {}) });
      const created = await enterDeepDive();
      expect(vendor.asked).toEqual([created.id]);
      expect(await server.reconcile({ olderThanSeconds: 0 })).toMatchObject({ sendsFinished: 1 });
      expect(vendor.asked).toEqual([created.id, created.id]);
      expect(vendor.invitations.size).toBe(1);
    });
  });

  describe('a resend', () => {
    const resend = (on: AssessmentServer, assessmentId: string, key: string) =>
      on.fetch(new Request(`http://ats.test/api/assessments/${assessmentId}/resend`, { method: 'POST', headers: { 'Idempotency-Key': key } }));

    it('of an ended invitation asks the vendor for a new one, once, even when the first try fails', async () => {
      const sent = (await (await send(server, 'key-1')).json()) as Assessment;
      await server.applyVendorUpdate(sent.id, { status: 'expired', vendorStatus: 'expired' });
      vendor.faults.invite.push({ when: 'before', error: new VendorError('unavailable', 'SkillForge answered 502', { vendorStatus: 502 }) });

      expect((await resend(server, sent.id, 'key-2')).status).toBe(503);
      const retried = await resend(server, sent.id, 'key-2');
      expect(retried.status).toBe(200);
      const successor = (await retried.json()) as Assessment;
      expect([successor.status, successor.resentFromId]).toEqual(['sent', sent.id]);
      // The vendor was asked for the successor twice (the failure, the retry) and made it one invitation.
      expect(vendor.asked).toEqual([sent.id, successor.id, successor.id]);
      expect(vendor.invitations.size).toBe(2);
      expect((await listed(server)).map((a) => [a.id, a.status])).toEqual(
        expect.arrayContaining([[sent.id, 'expired'], [successor.id, 'sent']]),
      );
      // A replay answers what the first success answered.
      expect(await (await resend(server, sent.id, 'key-2')).json()).toEqual(successor);
    });

    it('of an open invitation is a reminder: no new invitation at the vendor', async () => {
      const sent = (await (await send(server, 'key-1')).json()) as Assessment;
      const reminded = await resend(server, sent.id, 'key-2');
      expect(reminded.status).toBe(200);
      expect(((await reminded.json()) as Assessment).id).toBe(sent.id);
      expect(vendor.asked).toEqual([sent.id]);
    });
  });

  describe('the webhook URL', () => {
    async function sentAssessment() {
      const response = await send(server, `key-${crypto.randomUUID()}`);
      const assessment = (await response.json()) as Assessment;
      const [row] = await database.storage.query<{ vendor_assessment_id: string }>('SELECT vendor_assessment_id FROM ak_assessments WHERE id = $1', [assessment.id]);
      const [integration] = await database.storage.query<{ webhook_url: string }>('SELECT webhook_url FROM ak_integrations WHERE provider_id = $1', [PROVIDER]);
      return { assessment, vendorId: row!.vendor_assessment_id, url: hookUrl(integration!.webhook_url) };
    }
    /** The seed's URL names the host's public address; its token reaches this server at the base path. */
    const hookUrl = (webhookUrl: string) => `http://ats.test/api/webhooks/${PROVIDER}/${webhookUrl.split('/').at(-1)}`;
    const deliver = (url: string, body: string) => server.fetch(new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));

    it('takes an unsigned body only as a trigger: a forged “completed” changes nothing until the vendor says so', async () => {
      const { assessment, vendorId, url } = await sentAssessment();
      const forged = JSON.stringify({ id: 'evt-1', vendorAssessmentId: vendorId, status: 'completed', score: { got: 100, total: 100 } });
      expect((await deliver(url, forged)).status).toBe(200);
      expect((await listed(server))[0]!.status).toBe('sent');
      expect(changed).toEqual([]);

      vendor.states.set(vendorId, { status: 'completed', vendorStatus: 'completed', score: { got: 61, total: 100 } });
      expect((await deliver(url, JSON.stringify({ id: 'evt-2', vendorAssessmentId: vendorId }))).status).toBe(200);
      const [completed] = await listed(server);
      expect([completed!.status, completed!.score]).toEqual(['completed', { got: 61, total: 100 }]);
      expect(changed.map((a) => [a.id, a.status])).toEqual([[assessment.id, 'completed']]);
      // A repeat of a stored event is acknowledged and does nothing: not even a read.
      const reads = vendor.reads.length;
      expect((await deliver(url, JSON.stringify({ id: 'evt-2', vendorAssessmentId: vendorId }))).status).toBe(200);
      expect(vendor.reads).toHaveLength(reads);
      expect(server.webhookCounts).toMatchObject({ stored: 2, duplicates: 1, applied: 1 });
    });

    it('refuses a wrong token and, once rotated, the old URL; refuses a body over the limit before storing anything', async () => {
      const { vendorId, url } = await sentAssessment();
      const body = JSON.stringify({ id: 'evt-1', vendorAssessmentId: vendorId });
      expect((await deliver(url.replace(/.$/, (c) => (c === '0' ? '1' : '0')), body)).status).toBe(401);
      const [before] = await database.storage.query<{ webhook_url: string }>('SELECT webhook_url FROM ak_integrations WHERE provider_id = $1', [PROVIDER]);
      const rotatedUrl = await server.rotateWebhookUrl(PROVIDER);
      expect(rotatedUrl).toMatch(/\/[0-9a-f]{32}$/);
      expect(rotatedUrl.slice(0, -32)).toBe(before!.webhook_url.slice(0, -32));
      const rotated = hookUrl(rotatedUrl);
      expect(rotated).not.toBe(url);
      expect((await deliver(url, body)).status).toBe(401);
      expect((await deliver(rotated, body)).status).toBe(200);
      expect((await deliver(rotated, JSON.stringify({ id: 'evt-2', vendorAssessmentId: vendorId, padding: 'x'.repeat(70_000) }))).status).toBe(413);
      expect(server.webhookCounts).toMatchObject({ received: 4, refused: 2, stored: 1 });
      expect((await database.storage.query<{ n: number }>('SELECT count(*)::int AS n FROM ak_webhook_events'))[0]!.n).toBe(1);
    });
  });

  describe('the reconciler', () => {
    async function sendMany(count: number): Promise<Array<{ id: string; vendorId: string }>> {
      const sent: Array<{ id: string; vendorId: string }> = [];
      for (let i = 0; i < count; i++) {
        const response = await server.fetch(
          new Request('http://ats.test/api/assessments', {
            method: 'POST',
            headers: { 'Idempotency-Key': `many-${i}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ candidateId: CANDIDATE, providerId: PROVIDER, testId, reviewerIds: ['rev-1'], scorecard: null, allowDuplicate: true }),
          }),
        );
        const { id } = (await response.json()) as Assessment;
        const [row] = await database.storage.query<{ vendor_assessment_id: string }>('SELECT vendor_assessment_id FROM ak_assessments WHERE id = $1', [id]);
        sent.push({ id, vendorId: row!.vendor_assessment_id });
      }
      return sent;
    }
    /** As if an hour passed since they last changed. */
    const age = () => database.storage.query(`UPDATE ak_assessments SET updated_at = now() - interval '1 hour'`);

    it('re-reads active assessments that went quiet and applies what the vendor says; each is asked again only later', async () => {
      const [first, second] = await sendMany(2);
      vendor.states.set(first!.vendorId, { status: 'completed', vendorStatus: 'completed', score: { got: 9, total: 10 } });
      expect(await server.reconcile({ olderThanSeconds: 600 })).toMatchObject({ checked: 0 });
      await age();
      expect(await server.reconcile({ olderThanSeconds: 600 })).toMatchObject({ checked: 2, changed: 1, failed: 0 });
      const byId = new Map((await listed(server)).map((a) => [a.id, a]));
      expect(byId.get(first!.id)!.status).toBe('completed');
      expect(byId.get(first!.id)!.history.at(-1)!.note).toBe('Vendor status check');
      expect(byId.get(second!.id)!.status).toBe('sent');
      expect(changed.map((a) => a.id)).toEqual([first!.id]);
      // The unchanged one waits its turn: a second run at once reads nothing.
      expect(await server.reconcile({ olderThanSeconds: 600 })).toMatchObject({ checked: 0 });
    });

    it('backs off on a 429 as Retry-After says and stops calling that vendor for the rest of the run', async () => {
      const sent = await sendMany(3);
      vendor.faults.read.push(new VendorError('rate_limited', 'SkillForge answered 429', { vendorStatus: 429, retryAfterSeconds: 600 }));
      await age();
      expect(await server.reconcile({ olderThanSeconds: 600 })).toMatchObject({ checked: 0, failed: 1 });
      expect(vendor.reads).toHaveLength(1);
      const [waiting] = await database.storage.query<{ seconds: number }>(
        `SELECT min(extract(epoch FROM next_check_at - now()))::float8 AS seconds FROM ak_assessments WHERE id = ANY($1::text[]) AND check_failures = 1`,
        [sent.map((s) => s.id)],
      );
      expect(waiting!.seconds).toBeGreaterThan(590);
    });

    it('shares one run between two instances at once: every assessment read exactly once', async () => {
      const sent = await sendMany(12);
      const other = await start(database.anotherStorage());
      await age();
      const results = await Promise.all([server.reconcile({ olderThanSeconds: 600 }), other.reconcile({ olderThanSeconds: 600 })]);
      expect(results[0]!.checked + results[1]!.checked).toBe(12);
      expect([...vendor.reads].sort()).toEqual(sent.map((s) => s.vendorId).sort());
    });
  });
});
