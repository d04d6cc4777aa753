import * as z from 'zod/mini';
import type { AssessmentTest, Provider } from '../../domain';
import type { CreatedInvitation, InvitationRequest, ProviderConnector, VendorReading } from '../types';
import { checkApiKey, VendorError } from './vendor-error';
import { createVendorHttp, isoOf } from './vendor-http';
import type { VendorHttpOptions } from './vendor-http';
import { contentHash, jsonOf } from './webhooks';

/**
 * CodeInterview (codeinterview.io/api; its tests product is RemoteInterview), from its public documentation: the key
 * travels as `?key=` (so every URL we log or put in an error has it redacted), live pads under `/pads`, tests under
 * `/tests`. Its Outgoing Webhooks are unsigned and their payload undocumented, so a delivery is only a trigger:
 * the server re-reads the candidate from the API before changing anything.
 */
export const CODEINTERVIEW_API = 'https://api.codeinterview.io/1';

export interface CodeInterviewOptions extends Partial<VendorHttpOptions> {
  /** The provider data the UI shows (name, key steps, webhook steps, link lifetime). */
  provider: Provider;
  /**
   * The call that adds a candidate to a test and answers the invite link. Its path and arguments are not in any copy
   * of the documentation we could read, so both are configurable: `path` (`:testId` is replaced) and `fields`, the
   * JSON body. Default `POST /tests/:testId/candidates/new` with `{ name, email }`.
   */
  invitation?: {
    path?: string;
    fields?: (request: InvitationRequest) => Record<string, unknown>;
  };
}

const idSchema = z.pipe(z.union([z.string().check(z.minLength(1)), z.number()]), z.transform(String));
const vendorTime = z.optional(z.nullable(z.union([z.string(), z.number()])));

const testSchema = z.looseObject({ id: idSchema, title: z.string().check(z.minLength(1)), timestamp: vendorTime });
const candidateSchema = z.looseObject({
  id: idSchema,
  status: z.string(),
  added_at: vendorTime,
  email: z.optional(z.nullable(z.string())),
  name: z.optional(z.nullable(z.string())),
  score: z.optional(z.nullable(z.looseObject({ total: z.number(), got: z.number() }))),
  started_at: vendorTime,
  completed_at: vendorTime,
  report_url: z.optional(z.nullable(z.string())),
});
const padSchema = z.looseObject({
  id: idSchema,
  url: z.optional(z.nullable(z.string())),
  status: z.optional(z.nullable(z.string())),
  ended_at: vendorTime,
  playback_url: z.optional(z.nullable(z.string())),
});
const createdSchema = z.looseObject({
  id: idSchema,
  url: z.optional(z.nullable(z.string())),
  invite_url: z.optional(z.nullable(z.string())),
  expires_at: vendorTime,
});

/** Clock skew allowed between us and the vendor when matching an earlier invitation by when it was made. */
const SKEW_MS = 60_000;

export function mapCandidate(candidate: z.infer<typeof candidateSchema>): VendorReading {
  const at = isoOf(candidate.completed_at) ?? isoOf(candidate.started_at);
  const timed = at ? { at } : {};
  switch (candidate.status) {
    case 'accepted':
      // Invited; the documented fields cannot tell "opened it" from "not yet", a start time can when it is sent.
      return candidate.started_at ? { status: 'in_progress', vendorStatus: 'accepted', ...timed } : { status: 'sent', vendorStatus: 'accepted' };
    case 'completed': {
      const score = candidate.score && candidate.score.total > 0 ? { got: candidate.score.got, total: candidate.score.total } : null;
      return { status: 'completed', vendorStatus: 'completed', score, reportUrl: candidate.report_url ?? null, ...timed };
    }
    case 'expired':
      // Not in the documentation's list, but unambiguous if it is ever sent.
      return { status: 'expired', vendorStatus: 'expired' };
    default:
      // A word the documentation does not list: kept for display, and no status change.
      return { status: 'sent', vendorStatus: candidate.status };
  }
}

function parseOr<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new VendorError('bad_response', `CodeInterview answered ${what} the kit cannot read.`);
  return parsed.data;
}

export function createCodeInterviewConnector(options: CodeInterviewOptions): ProviderConnector {
  const { provider } = options;
  const call = createVendorHttp(provider.name, { ...options, baseUrl: options.baseUrl ?? CODEINTERVIEW_API }, {
    apply: (url, _headers, apiKey) => url.searchParams.set('key', apiKey),
    secretQueryParams: ['key'],
  });
  const invitationPath = options.invitation?.path ?? '/tests/:testId/candidates/new';
  const invitationFields = options.invitation?.fields ?? ((r: InvitationRequest) => ({ name: r.candidate.name, email: r.candidate.email }));
  const testPath = (testId: string) => `/tests/${encodeURIComponent(testId)}`;

  const candidatesOf = async (apiKey: string, testId: string) =>
    parseOr(z.array(candidateSchema), await call({ method: 'GET', path: `${testPath(testId)}/candidates` }, apiKey), 'a candidate list');

  const toTest = (test: z.infer<typeof testSchema>, now: string): AssessmentTest => ({
    id: test.id,
    providerId: provider.id,
    title: test.title,
    // The documented list has no length or languages.
    durationMinutes: 60,
    languages: [],
    updatedAt: isoOf(test.timestamp) ?? now,
    archived: false,
  });

  return {
    provider,
    verifyApiKey: (apiKey) => checkApiKey(provider.name, () => call({ method: 'GET', path: '/tests' }, apiKey)),

    async listTests(apiKey, { search }) {
      // The vendor answers its whole list at once: one page, searched here.
      const tests = parseOr(z.array(testSchema), await call({ method: 'GET', path: '/tests' }, apiKey), 'a test list');
      const needle = search.trim().toLowerCase();
      const now = new Date().toISOString();
      return { items: tests.filter((t) => t.title.toLowerCase().includes(needle)).map((t) => toTest(t, now)), nextCursor: null };
    },

    async createInvitation(apiKey, request): Promise<CreatedInvitation> {
      // No idempotency key at this vendor: an invitation this send already made (a retry after a lost answer or a
      // crash) is the test's candidate with this email added since the send was first tried.
      const since = Date.parse(request.requestedAt) - SKEW_MS;
      const email = request.candidate.email.toLowerCase();
      const earlier = (await candidatesOf(apiKey, request.testId)).find(
        (c) => c.email?.toLowerCase() === email && c.status === 'accepted' && Date.parse(isoOf(c.added_at) ?? '') >= since,
      );
      if (earlier) return { vendorAssessmentId: earlier.id, inviteUrl: null, expiresAt: null };
      const path = invitationPath.replace(':testId', encodeURIComponent(request.testId));
      const created = parseOr(createdSchema, await call({ method: 'POST', path, body: invitationFields(request) }, apiKey), 'an invitation');
      return { vendorAssessmentId: created.id, inviteUrl: created.invite_url ?? created.url ?? null, expiresAt: isoOf(created.expires_at) };
    },

    async readAssessment(apiKey, ref) {
      try {
        if (ref.kind === 'live_interview') {
          const pad = parseOr(padSchema, await call({ method: 'GET', path: `/pads/${encodeURIComponent(ref.vendorAssessmentId)}` }, apiKey), 'a pad');
          const endedAt = isoOf(pad.ended_at);
          if (pad.status !== 'ended' && !endedAt) return { status: 'sent', vendorStatus: pad.status ?? null };
          return { status: 'completed', vendorStatus: 'ended', playbackUrl: pad.playback_url ?? null, ...(endedAt ? { at: endedAt } : {}) };
        }
        const candidate = (await candidatesOf(apiKey, ref.testId)).find((c) => c.id === ref.vendorAssessmentId);
        return candidate ? mapCandidate(candidate) : null;
      } catch (error) {
        if (error instanceof VendorError && error.failure === 'not_found') return null;
        throw error;
      }
    },

    async openPad(apiKey, { title }) {
      const pad = parseOr(padSchema, await call({ method: 'POST', path: '/pads/new', body: { name: title } }, apiKey), 'a pad');
      // One link for everyone in the pad.
      return { padId: pad.id, candidateUrl: pad.url ?? null, interviewerUrl: null };
    },

    async endPad(apiKey, padId) {
      await call({ method: 'POST', path: `/pads/${encodeURIComponent(padId)}/end` }, apiKey);
    },

    // Unsigned: the URL's token (checked by the server) is the only proof, and the body is only a trigger.
    verifyWebhook: async () => ({ ok: true }),

    async parseWebhook(delivery) {
      const body = jsonOf(delivery);
      return [
        {
          dedupeKey: await contentHash(delivery.rawBody),
          vendorAssessmentId: triggerId(body),
          type: typeof (body as { event?: unknown } | null)?.event === 'string' ? (body as { event: string }).event : null,
          occurredAt: null,
          reading: null,
          confirmWithVendor: true,
        },
      ];
    },
  };
}

/** The record an undocumented body most likely names (a candidate's or pad's id), or null. */
function triggerId(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  for (const key of ['candidate_id', 'pad_id', 'id']) {
    const value = record[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  for (const key of ['candidate', 'pad', 'data']) {
    const nested = record[key];
    if (typeof nested === 'object' && nested !== null) return triggerId(nested);
  }
  return null;
}
