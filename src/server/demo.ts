import type { Reviewer } from '../domain';
import { verifyVendorApiKey } from '../mock/api-keys';
import type { MockDb } from '../mock/db';
import { createSeed } from '../mock/seed';
import type { AssessmentHost, OpenedPad, ProviderConnector, SeedData } from './types';

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
  const connectors = db.providers.map((provider): ProviderConnector => {
    const links = padLinks[provider.id];
    return {
      provider: structuredClone(provider),
      verifyApiKey: async (apiKey) => verifyVendorApiKey(provider.name, apiKey, db.revokedApiKeys),
      listTests: async () => structuredClone(db.testsByProvider[provider.id] ?? []),
      ...(links && provider.capabilities.liveInterviews
        ? {
            openPad: async () => {
              const padId = hex(6);
              return { padId, ...links(padId, hex(12)) };
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
  return { host, connectors, seed, db };
}
