/**
 * The demo vendors (what the smallest setup runs on) implement the whole connector interface: one invitation per
 * assessment id, their own state to read back, and deliveries read as triggers to confirm with that state.
 */
import { describe, expect, it } from 'vitest';
import { MOCK_VALID_API_KEY } from '../../src/mock';
import { createMockStore } from '../../src/mock/store';
import { syncAllTests } from '../../src/server/connectors/sync';
import { createDemo } from '../../src/server/demo';

const request = { assessmentId: 'asmt-1', testId: 't', candidate: { name: 'Ada', email: 'ada@example.com' }, requestedAt: '2026-11-02T09:00:00Z', expiresAt: '2026-11-09T09:00:00Z', message: null };
const delivery = (body: string) => ({ rawBody: new TextEncoder().encode(body) as Uint8Array<ArrayBuffer>, headers: new Headers(), url: 'http://localhost/api/webhooks/x/token' });

describe('the demo vendors', () => {
  it('invite once per assessment id and answer their own state when read', async () => {
    const demo = createDemo(createMockStore().db);
    const codeInterview = demo.connectors.find((c) => c.provider.id === 'codeinterview')!;
    const first = await codeInterview.createInvitation(MOCK_VALID_API_KEY, request);
    expect(await codeInterview.createInvitation(MOCK_VALID_API_KEY, request)).toEqual(first);
    expect((await codeInterview.createInvitation(MOCK_VALID_API_KEY, { ...request, assessmentId: 'asmt-2' })).vendorAssessmentId).not.toBe(first.vendorAssessmentId);

    const ref = { kind: 'test' as const, testId: 't', vendorAssessmentId: first.vendorAssessmentId };
    expect(await codeInterview.readAssessment(MOCK_VALID_API_KEY, ref)).toEqual({ status: 'sent', vendorStatus: null });
    demo.vendorRecords.set(first.vendorAssessmentId, { status: 'completed', vendorStatus: 'completed', score: { got: 9, total: 10 } });
    expect(await codeInterview.readAssessment(MOCK_VALID_API_KEY, ref)).toMatchObject({ status: 'completed', score: { got: 9, total: 10 } });
    expect(await codeInterview.readAssessment(MOCK_VALID_API_KEY, { ...ref, vendorAssessmentId: 'unknown' })).toBeNull();

    const pad = await codeInterview.openPad!(MOCK_VALID_API_KEY, { title: 'Pairing', scheduledAt: null });
    await codeInterview.endPad!(MOCK_VALID_API_KEY, pad.padId);
    expect(await codeInterview.readAssessment(MOCK_VALID_API_KEY, { kind: 'live_interview', testId: pad.padId, vendorAssessmentId: pad.padId })).toMatchObject({ status: 'completed' });
  });

  it('list their catalogue searched, in one page', async () => {
    const demo = createDemo(createMockStore().db);
    const skillForge = demo.connectors.find((c) => c.provider.id === 'skillforge')!;
    const all = await syncAllTests(skillForge, MOCK_VALID_API_KEY);
    expect(all.length).toBeGreaterThan(1);
    const needle = all[0]!.title.slice(0, 6).toLowerCase();
    const found = await skillForge.listTests(MOCK_VALID_API_KEY, { search: needle, cursor: null });
    expect(found.nextCursor).toBeNull();
    expect(found.items.map((t) => t.id)).toEqual(all.filter((t) => t.title.toLowerCase().includes(needle)).map((t) => t.id));
  });

  it('read a delivery as a trigger naming a vendor record, deduplicated by its content', async () => {
    const [connector] = createDemo(createMockStore().db).connectors;
    const body = JSON.stringify({ vendorAssessmentId: 'codeinterview-abc' });
    expect(await connector!.verifyWebhook(delivery(body), [])).toEqual({ ok: true });
    const [event] = await connector!.parseWebhook(delivery(body));
    expect(event).toMatchObject({ vendorAssessmentId: 'codeinterview-abc', confirmWithVendor: true, reading: null });
    expect((await connector!.parseWebhook(delivery(body)))[0]!.dedupeKey).toBe(event!.dedupeKey);
    expect((await connector!.parseWebhook(delivery(`${body} `)))[0]!.dedupeKey).not.toBe(event!.dedupeKey);
  });
});
