import type { Reviewer } from '../domain';
import { verifyVendorApiKey } from '../mock/api-keys';
import type { MockDb } from '../mock/db';
import { createSeed } from '../mock/seed';
import { contentHash, jsonOf } from './connectors/webhooks';
import type { AssessmentHost, OpenedPad, ProviderConnector, SeedData, VendorReading } from './types';

/**
 * The demo the smallest setup runs on: the mock's seeded data (the same candidates, people, vendors and
 * assessments as the stories), served as a host and vendor connectors over that data, and written into the
 * database as its seed. The vendors accept the mock's keys (`MOCK_VALID_API_KEY`...). Part 2 replaces the
 * connectors with real vendors; a host replaces `host` with its own records.
 */
export interface Demo {
  host: AssessmentHost;
  connectors: ProviderConnector[];
  seed: SeedData;
  /** The demo's records, which the host side (`host`) reads; a test may change them, as the host's own code would. */
  db: MockDb;
  /**
   * What the demo vendors know, by vendor assessment id: each invitation and pad they made, `sent` until a test
   * sets another reading (as the vendor's candidate would, by taking the test).
   */
  vendorRecords: Map<string, VendorReading>;
}

/** Links of each demo vendor's live pads: CodeInterview's pads have one URL; SkillForge gives interviewers their own. */
const padLinks: Record<string, (padId: string, token: string) => Omit<OpenedPad, 'padId'>> = {
  codeinterview: (padId) => ({ candidateUrl: `https://app.codeinterview.io/pads/${padId}`, interviewerUrl: null }),
  skillforge: (padId, token) => ({
    candidateUrl: `https://rooms.skillforge.example.com/${padId}`,
    interviewerUrl: `https://rooms.skillforge.example.com/${padId}/host?token=${token}`,
  }),
};

const hex = (bytes: number) => [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');

export function createDemo(db: MockDb = createSeed()): Demo {
  const matches = (reviewer: Reviewer, needle: string) =>
    [reviewer.name, reviewer.email, reviewer.title ?? ''].some((field) => field.toLowerCase().includes(needle));
  const host: AssessmentHost = {
    getCandidate: async (id) => structuredClone(db.candidates.find((c) => c.id === id) ?? null),
    async listReviewers({ search, offset, limit }) {
      const needle = search.toLowerCase();
      const found = needle ? db.reviewers.filter((r) => matches(r, needle)) : db.reviewers;
      return { items: structuredClone(found.slice(offset, offset + limit)), total: found.length };
    },
    getReviewers: async (ids) => structuredClone(db.reviewers.filter((r) => ids.includes(r.id))),
    listScorecardTemplates: async () => structuredClone(db.scorecardTemplates),
  };
  const vendorRecords = new Map<string, VendorReading>();
  const connectors = db.providers.map((provider): ProviderConnector => {
    const links = padLinks[provider.id];
    const invitations = new Map<string, string>();
    return {
      provider: structuredClone(provider),
      verifyApiKey: async (apiKey) => verifyVendorApiKey(provider.name, apiKey, db.revokedApiKeys),
      async listTests(_apiKey, { search }) {
        const needle = search.toLowerCase();
        const tests = db.testsByProvider[provider.id] ?? [];
        return { items: structuredClone(tests.filter((t) => t.title.toLowerCase().includes(needle))), nextCursor: null };
      },
      async createInvitation(_apiKey, { assessmentId }) {
        // Once per assessment id, as the interface asks.
        const vendorAssessmentId = invitations.get(assessmentId) ?? `${provider.id}-${hex(6)}`;
        invitations.set(assessmentId, vendorAssessmentId);
        if (!vendorRecords.has(vendorAssessmentId)) vendorRecords.set(vendorAssessmentId, { status: 'sent', vendorStatus: null });
        return { vendorAssessmentId, inviteUrl: `https://${provider.id}.example.com/invite/${vendorAssessmentId}`, expiresAt: null };
      },
      readAssessment: async (_apiKey, ref) => structuredClone(vendorRecords.get(ref.vendorAssessmentId) ?? null),
      // The demo vendors send no real webhooks: a delivery is a trigger naming `vendorAssessmentId`, confirmed by a read.
      verifyWebhook: async () => ({ ok: true }),
      async parseWebhook(delivery) {
        const body = jsonOf(delivery) as { vendorAssessmentId?: unknown } | null;
        const vendorAssessmentId = typeof body?.vendorAssessmentId === 'string' ? body.vendorAssessmentId : null;
        return [{ dedupeKey: await contentHash(delivery.rawBody), vendorAssessmentId, type: null, occurredAt: null, reading: null, confirmWithVendor: true }];
      },
      ...(links && provider.capabilities.liveInterviews
        ? {
            openPad: async () => {
              const padId = hex(6);
              vendorRecords.set(padId, { status: 'sent', vendorStatus: null });
              return { padId, ...links(padId, hex(12)) };
            },
            endPad: async (_apiKey: string, padId: string) => {
              vendorRecords.set(padId, { status: 'completed', vendorStatus: 'ended', playbackUrl: null });
            },
          }
        : {}),
    };
  });
  const seed: SeedData = {
    integrations: Object.values(db.integrations).map(({ apiKeySuffix: _suffix, ...integration }) => integration),
    tests: db.testsByProvider,
    plans: Object.values(db.plans),
    assessments: db.assessments,
    feedback: db.feedback,
  };
  return { host, connectors, seed, db, vendorRecords };
}
