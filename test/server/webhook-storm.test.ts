/**
 * The webhook storm (issue 22): 2,000 deliveries for 200 assessments, 30% of them repeats, in shuffled order, 10%
 * forged (a wrong URL token for the unsigned vendor, a wrong signature for the signed one), sent 10 at a time. Every
 * assessment must end in its latest true state at the vendor, with no event lost and none applied twice, and every
 * forged delivery refused with 401 and counted. On PGlite, and on real Postgres with TEST_DATABASE_URL.
 *
 * Half the assessments are at the demo's unsigned CodeInterview (a body is only a trigger: the server re-reads the
 * vendor); half at a signed vendor played by a small fake connector (Standard Webhooks, the state in the body).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain';
import { MOCK_CURRENT_USER, MOCK_VALID_API_KEY, mockIds } from '../../src/mock';
import { createMockStore } from '../../src/mock/store';
import { createAssessmentServer } from '../../src/server';
import type { AssessmentServer, ProviderConnector, VendorReading } from '../../src/server';
import { signStandardWebhook, verifyStandardWebhook } from '../../src/server/connectors/standard-webhooks';
import { createDemo } from '../../src/server/demo';
import type { TestDatabase } from './databases';
import { testDatabases } from './databases';

const databases = await testDatabases();
afterAll(async () => {
  for (const database of databases) await database.drop();
});

const ASSESSMENTS = 200;
const DELIVERIES = 2000;

/** A seeded shuffle, so a failure can be replayed. */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** The signed vendor: Standard Webhooks over `{ vendorAssessmentId, reading }`, trusted once verified. */
function signedVendor(base: ProviderConnector): ProviderConnector {
  const invitations = new Map<string, string>();
  return {
    ...base,
    async createInvitation(_key, { assessmentId }) {
      const vendorAssessmentId = invitations.get(assessmentId) ?? `sf-${invitations.size + 1}`;
      invitations.set(assessmentId, vendorAssessmentId);
      return { vendorAssessmentId, inviteUrl: null, expiresAt: null };
    },
    readAssessment: async () => null,
    verifyWebhook: verifyStandardWebhook,
    async parseWebhook(delivery) {
      const body = JSON.parse(new TextDecoder().decode(delivery.rawBody)) as { vendorAssessmentId: string; reading: VendorReading };
      return [
        { dedupeKey: delivery.headers.get('webhook-id')!, vendorAssessmentId: body.vendorAssessmentId, type: 'invitation.updated', occurredAt: null, reading: body.reading, confirmWithVendor: false },
      ];
    },
  };
}

interface Delivery {
  url: string;
  body: string;
  headers: Record<string, string>;
  forged: boolean;
}

describe.each(databases.map((database) => [database.name, database] as const))('a webhook storm on %s', (_name, database: TestDatabase) => {
  it('ends every assessment in its latest true state: 0 lost, 0 applied twice, every forged delivery refused and counted', async () => {
    await database.truncate();
    const demo = createDemo(createMockStore().db);
    const connectors = demo.connectors.map((c) => (c.provider.id === mockIds.providers.skillforge ? signedVendor(c) : c));
    const changed: string[] = [];
    const server: AssessmentServer = await createAssessmentServer({
      storage: database.storage,
      encryptionKeys: [{ id: 'k1', key: new Uint8Array(32).fill(5) }],
      host: demo.host,
      connectors,
      seed: demo.seed,
      authenticate: async () => ({ userId: 'usr-dana', role: 'admin', name: MOCK_CURRENT_USER }),
      onAssessmentChanged: (assessment) => void changed.push(assessment.id),
    });
    await server.migrate();
    let keys = 0;
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await server.fetch(
        new Request(`http://ats.test/api${path}`, {
          method,
          headers: { 'Idempotency-Key': `storm-${++keys}`, 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      );
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<Record<string, unknown>>;
    };

    // CodeInterview connected now; SkillForge connected again, for a signing secret this test knows.
    const unsigned = (await call('POST', '/integrations/codeinterview/connect', { apiKey: MOCK_VALID_API_KEY })) as { integration: { webhookUrl: string } };
    await call('DELETE', '/integrations/skillforge');
    const signed = (await call('POST', '/integrations/skillforge/connect', { apiKey: MOCK_VALID_API_KEY })) as {
      integration: { webhookUrl: string };
      signingSecret: string;
    };
    const testOf = async (providerId: string) => ((await call('GET', `/providers/${providerId}/tests`)) as { items: Array<{ id: string; archived: boolean }> }).items.find((t) => !t.archived)!.id;
    const tests = { codeinterview: await testOf('codeinterview'), skillforge: await testOf('skillforge') };

    const sent: Array<{ assessment: Assessment; vendorId: string }> = [];
    for (let i = 0; i < ASSESSMENTS; i++) {
      const providerId = i % 2 === 0 ? 'codeinterview' : 'skillforge';
      const assessment = (await call('POST', '/assessments', {
        candidateId: mockIds.candidateWithNoAssessments,
        providerId,
        testId: tests[providerId],
        reviewerIds: ['rev-1'],
        scorecard: null,
        allowDuplicate: true,
      })) as unknown as Assessment;
      const [row] = await database.storage.query<{ vendor_assessment_id: string }>('SELECT vendor_assessment_id FROM ak_assessments WHERE id = $1', [assessment.id]);
      sent.push({ assessment, vendorId: row!.vendor_assessment_id });
    }

    // Each assessment's true story at the vendor: five progress events, then an end (mostly a completion with a score).
    const truth = new Map<string, VendorReading>();
    const originals: Delivery[] = [];
    for (const [i, { assessment, vendorId }] of sent.entries()) {
      const last: VendorReading =
        i % 10 === 3
          ? { status: 'expired', vendorStatus: 'expired' }
          : i % 10 === 7
            ? { status: 'failed', vendorStatus: 'failed', failureReason: 'Proctoring flagged the session' }
            : { status: 'completed', vendorStatus: 'completed', score: { got: i % 97, total: 100 }, timeTakenSeconds: 600 + i };
      truth.set(assessment.id, last);
      const story: VendorReading[] = [...Array.from({ length: 5 }, () => ({ status: 'in_progress' as const, vendorStatus: 'started' })), last];
      if (assessment.providerId === 'codeinterview') {
        // The vendor's state is the end of the story; each body only says "look at this one".
        demo.vendorRecords.set(vendorId, last);
        for (const [n] of story.entries()) {
          originals.push({ url: unsigned.integration.webhookUrl, body: JSON.stringify({ vendorAssessmentId: vendorId, event: n }), headers: {}, forged: false });
        }
      } else {
        for (const [n, reading] of story.entries()) {
          const id = `msg_${vendorId}_${n}`;
          const body = JSON.stringify({ vendorAssessmentId: vendorId, reading });
          const timestamp = new Date();
          const headers = {
            'webhook-id': id,
            'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
            'webhook-signature': await signStandardWebhook(signed.signingSecret, id, timestamp, body),
          };
          originals.push({ url: signed.integration.webhookUrl, body, headers, forged: false });
        }
      }
    }
    expect(originals).toHaveLength(DELIVERIES * 0.6);
    const repeats = shuffle([...originals], 7).slice(0, DELIVERIES * 0.3);
    const forged: Delivery[] = originals.slice(0, DELIVERIES * 0.1).map((original, i) =>
      original.url === unsigned.integration.webhookUrl
        ? { ...original, url: original.url.replace(/[0-9a-f]{32}$/, i % 2 ? '0'.repeat(32) : 'f'.repeat(31) + 'e'), forged: true }
        : { ...original, body: original.body.replace('"status":', '"status": '), forged: true },
    );
    const deliveries = shuffle([...originals, ...repeats, ...forged], 11);
    expect(deliveries).toHaveLength(DELIVERIES);

    const statuses: number[] = new Array(deliveries.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next < deliveries.length) {
          const i = next++;
          const delivery = deliveries[i]!;
          const response = await server.fetch(
            new Request(delivery.url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...delivery.headers }, body: delivery.body }),
          );
          statuses[i] = response.status;
          await response.body?.cancel();
        }
      }),
    );

    expect(deliveries.filter((d, i) => d.forged !== (statuses[i] === 401))).toEqual([]);
    expect(statuses.filter((status) => status !== 200 && status !== 401)).toEqual([]);
    expect(server.webhookCounts).toMatchObject({ received: DELIVERIES, refused: DELIVERIES * 0.1, stored: DELIVERIES * 0.6, duplicates: DELIVERIES * 0.3 });
    const events = await database.storage.query<{ total: number; unapplied: number }>(
      'SELECT count(*)::int AS total, count(*) FILTER (WHERE applied_at IS NULL)::int AS unapplied FROM ak_webhook_events',
    );
    expect(events[0]).toEqual({ total: DELIVERIES * 0.6, unapplied: 0 });

    const wrong: string[] = [];
    for (const { assessment } of sent) {
      const [row] = await database.storage.query<{ doc: Assessment }>('SELECT doc FROM ak_assessments WHERE id = $1', [assessment.id]);
      const stored = row!.doc;
      const expected = truth.get(assessment.id)!;
      const history = stored.history.map((entry) => entry.status);
      const matches =
        stored.status === expected.status &&
        (expected.status !== 'completed' || JSON.stringify(stored.score) === JSON.stringify(expected.score)) &&
        new Set(history).size === history.length;
      if (!matches) wrong.push(`${assessment.id}: ${stored.status} ${JSON.stringify(stored.score)} via ${history.join('>')}`);
    }
    expect(wrong).toEqual([]);
    // The host heard each change once: one end per assessment, and at most one start before it.
    const heard = new Map<string, number>();
    for (const id of changed) heard.set(id, (heard.get(id) ?? 0) + 1);
    expect(sent.filter(({ assessment }) => !heard.has(assessment.id) || heard.get(assessment.id)! > 2)).toEqual([]);
    await server.close();
  }, 240_000);
});
