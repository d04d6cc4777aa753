import * as z from 'zod/mini';
import type { Provider } from '../../domain';
import type { ProviderConnector, VendorReading, WebhookEvent } from '../types';
import { verifyStandardWebhook } from './standard-webhooks';
import { checkApiKey, VendorError } from './vendor-error';
import { createVendorHttp, isoOf } from './vendor-http';
import type { VendorHttpOptions } from './vendor-http';

/**
 * SkillForge, the mock's second vendor, played as the kind of vendor the kit is designed for besides CodeInterview:
 * a Bearer key, a paged and searchable catalogue, an `Idempotency-Key` on invitations, and Standard Webhooks whose
 * signed bodies carry the state itself. Its API (fictional, served by the vendor simulator):
 * - `GET /me`: 200 for a good key;
 * - `GET /tests?search=&cursor=` → `{ items: [{ id, title, duration_minutes, languages, updated_at, archived }], next_cursor }`;
 * - `POST /invitations` (`Idempotency-Key`: the kit's assessment id) `{ test_id, candidate, expires_at, message }`
 *   → an invitation; `GET /invitations/:id` → `{ id, test_id, status: invited|started|completed|expired|failed,
 *   started_at, completed_at, score: { got, total }, report_url, time_taken_seconds, failure_reason, invite_url, expires_at }`;
 * - `POST /rooms` `{ title, scheduled_at }` → `{ id, candidate_url, interviewer_url }`; `GET /rooms/:id` →
 *   `{ id, status: open|ended, ended_at, playback_url }`; `POST /rooms/:id/end`;
 * - webhooks `{ type: 'invitation.updated' | 'room.updated', data: <an invitation or a room> }`.
 */
export const SKILLFORGE_API = 'https://api.skillforge.example.com/v1';

export interface SkillForgeOptions extends Partial<VendorHttpOptions> {
  provider: Provider;
}

const vendorTime = z.optional(z.nullable(z.string()));
const testSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  duration_minutes: z.number().check(z.int(), z.positive()),
  languages: z.array(z.string()),
  updated_at: z.string(),
  archived: z.optional(z.boolean()),
});
const invitationSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  status: z.string(),
  started_at: vendorTime,
  completed_at: vendorTime,
  score: z.optional(z.nullable(z.object({ got: z.number(), total: z.number() }))),
  report_url: vendorTime,
  time_taken_seconds: z.optional(z.nullable(z.number())),
  failure_reason: vendorTime,
  invite_url: vendorTime,
  expires_at: vendorTime,
});
const roomSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  status: z.optional(z.string()),
  candidate_url: vendorTime,
  interviewer_url: vendorTime,
  ended_at: vendorTime,
  playback_url: vendorTime,
});
const webhookSchema = z.object({ type: z.string(), data: z.looseObject({ id: z.string().check(z.minLength(1)) }) });

export function mapInvitation(invitation: z.infer<typeof invitationSchema>): VendorReading {
  const vendorStatus = invitation.status;
  switch (invitation.status) {
    case 'invited':
      return { status: 'sent', vendorStatus };
    case 'started':
      return { status: 'in_progress', vendorStatus, ...(invitation.started_at ? { at: invitation.started_at } : {}) };
    case 'completed':
      return {
        status: 'completed',
        vendorStatus,
        ...(invitation.completed_at ? { at: invitation.completed_at } : {}),
        score: invitation.score && invitation.score.total > 0 ? invitation.score : null,
        reportUrl: invitation.report_url ?? null,
        timeTakenSeconds: invitation.time_taken_seconds ?? null,
      };
    case 'expired':
      return { status: 'expired', vendorStatus };
    case 'failed':
      return { status: 'failed', vendorStatus, failureReason: invitation.failure_reason ?? 'The vendor could not deliver the invitation.' };
    default:
      return { status: 'sent', vendorStatus };
  }
}

export function mapRoom(room: z.infer<typeof roomSchema>): VendorReading {
  if (room.status !== 'ended') return { status: 'sent', vendorStatus: room.status ?? null };
  return { status: 'completed', vendorStatus: 'ended', playbackUrl: room.playback_url ?? null, ...(room.ended_at ? { at: room.ended_at } : {}) };
}

function parseOr<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new VendorError('bad_response', `SkillForge answered ${what} the kit cannot read.`);
  return parsed.data;
}

export function createSkillForgeConnector(options: SkillForgeOptions): ProviderConnector {
  const { provider } = options;
  const call = createVendorHttp(provider.name, { ...options, baseUrl: options.baseUrl ?? SKILLFORGE_API }, {
    apply: (_url, headers, apiKey) => headers.set('Authorization', `Bearer ${apiKey}`),
    secretQueryParams: [],
  });

  return {
    provider,
    verifyApiKey: (apiKey) => checkApiKey(provider.name, () => call({ method: 'GET', path: '/me' }, apiKey)),

    async listTests(apiKey, { search, cursor }) {
      const query: Record<string, string> = { search, ...(cursor === null ? {} : { cursor }) };
      const page = parseOr(
        z.object({ items: z.array(testSchema), next_cursor: z.nullable(z.string()) }),
        await call({ method: 'GET', path: '/tests', query }, apiKey),
        'a test page',
      );
      return {
        items: page.items.map((t) => ({
          id: t.id,
          providerId: provider.id,
          title: t.title,
          durationMinutes: t.duration_minutes,
          languages: t.languages,
          updatedAt: isoOf(t.updated_at) ?? new Date().toISOString(),
          archived: t.archived ?? false,
        })),
        nextCursor: page.next_cursor,
      };
    },

    async createInvitation(apiKey, request) {
      // The vendor answers a repeated key with the invitation it made the first time.
      const body = { test_id: request.testId, candidate: request.candidate, expires_at: request.expiresAt, message: request.message };
      const created = parseOr(
        invitationSchema,
        await call({ method: 'POST', path: '/invitations', body, headers: { 'Idempotency-Key': request.assessmentId } }, apiKey),
        'an invitation',
      );
      return { vendorAssessmentId: created.id, inviteUrl: created.invite_url ?? null, expiresAt: isoOf(created.expires_at) };
    },

    async readAssessment(apiKey, ref) {
      const live = ref.kind === 'live_interview';
      const path = `/${live ? 'rooms' : 'invitations'}/${encodeURIComponent(ref.vendorAssessmentId)}`;
      try {
        const answer = await call({ method: 'GET', path }, apiKey);
        return live ? mapRoom(parseOr(roomSchema, answer, 'a room')) : mapInvitation(parseOr(invitationSchema, answer, 'an invitation'));
      } catch (error) {
        if (error instanceof VendorError && error.failure === 'not_found') return null;
        throw error;
      }
    },

    async openPad(apiKey, { title, scheduledAt }) {
      const room = parseOr(roomSchema, await call({ method: 'POST', path: '/rooms', body: { title, scheduled_at: scheduledAt } }, apiKey), 'a room');
      return { padId: room.id, candidateUrl: room.candidate_url ?? null, interviewerUrl: room.interviewer_url ?? null };
    },

    async endPad(apiKey, padId) {
      await call({ method: 'POST', path: `/rooms/${encodeURIComponent(padId)}/end` }, apiKey);
    },

    verifyWebhook: verifyStandardWebhook,

    async parseWebhook(delivery): Promise<WebhookEvent[]> {
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(delivery.rawBody));
      } catch {
        json = undefined;
      }
      const parsed = webhookSchema.safeParse(json);
      if (!parsed.success) throw new VendorError('bad_response', 'SkillForge sent a webhook the kit cannot read.');
      const { type, data } = parsed.data;
      const live = type.startsWith('room.');
      const reading = live ? mapRoom(parseOr(roomSchema, data, 'a room')) : mapInvitation(parseOr(invitationSchema, data, 'an invitation'));
      const timestamp = Number(delivery.headers.get('webhook-timestamp'));
      return [
        {
          // Verified before parsing, so the header is there: the vendor's id of this message, the same on every retry.
          dedupeKey: delivery.headers.get('webhook-id')!,
          vendorAssessmentId: data.id,
          type,
          occurredAt: Number.isFinite(timestamp) ? new Date(timestamp * 1000).toISOString() : null,
          reading,
          confirmWithVendor: false,
        },
      ];
    },
  };
}
