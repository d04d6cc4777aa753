import * as z from 'zod/mini';
import { AssessmentBackendError } from '../backend/errors';
import { IDEMPOTENCY_HEADER, liveUpdatesRoute } from '../backend/rest-contract';
import type { Assessment, InterviewPlan } from '../domain';
import type { RequestContext, ServerContext } from './context';
import { applyVendorUpdate, candidateEnteredStage, editInterviewPlan } from './events';
import type { VendorUpdate } from './vendor-updates';
import { DEFAULT_MAX_BODY_BYTES, errorResponse, jsonResponse, notFound, parseWith, readJsonBody } from './http';
import { idempotentWrite, idempotentWriteAfter } from './idempotency';
import { sendThroughVendor, type VendorWrite } from './operations/vendor-send';
import { createLiveUpdates } from './live-updates';
import type { WebhookCounts } from './webhooks/intake';
import { emptyCounts, receiveWebhook } from './webhooks/intake';
import { rotateWebhookToken } from './webhooks/token';
import type { ReconcileOptions, ReconcileResult } from './reconcile';
import { reconcile } from './reconcile';
import { candidateOf } from './context';
import { migrate } from './migrations';
import { mayPerform, roles } from './permissions';
import { matchPath, matchRoute, routes } from './routes';
import { createSecretBox, generateEncryptionKey } from './secrets';
import { seedIfEmpty } from './seed';
import type { SqlClient } from './sql';
import { pgliteStorage } from './sql';
import type { AssessmentServerOptions, AuthenticatedUser } from './types';

/** The handler a host mounts, and the doors its own code and the vendors' side use. */
export interface AssessmentServer {
  /** Serves every route of docs/rest-contract.md under the base path; anything else is 404 in the contract's shape. */
  fetch(request: Request): Promise<Response>;
  /** Brings the schema up to date (idempotent; several instances may call it at once), then writes the seed if empty. */
  migrate(): Promise<void>;
  /** Releases the storage (the pool, or the embedded database). */
  close(): Promise<void>;
  /** The host's pipeline moved a candidate into a stage: creates the stage's plan assessments (see the contract). */
  candidateEnteredStage(candidateId: string, stageId: string): Promise<Assessment[]>;
  /** The host changed a plan outside the kit; the version goes up. */
  editInterviewPlan(jobId: string, edit: (plan: InterviewPlan | null) => InterviewPlan): Promise<InterviewPlan>;
  /** A vendor reported progress (part 2's webhooks call this once an event is confirmed). */
  applyVendorUpdate(assessmentId: string, update: VendorUpdate): Promise<Assessment>;
  /**
   * Forgets stored idempotent answers older than `olderThanHours` (default and least 24, the contract's minimum), by
   * the database's clock. Run it from a cron; returns how many it removed.
   */
  pruneIdempotencyRecords(options?: { olderThanHours?: number }): Promise<number>;
  /**
   * Gives a connected integration's webhook URL a new token, effective at once (the old URL answers 401): for a URL
   * that leaked. Returns the new URL, to paste into the vendor. The same as the contract's `rotateWebhookUrl` route
   * (Manage's "New webhook URL"), for a script or an operator.
   */
  rotateWebhookUrl(providerId: string): Promise<string>;
  /**
   * The safety net for a cron (every few minutes, on any number of instances at once): applies stored webhook events
   * not applied yet, finishes sends a crash or a vendor timeout left pending, and re-reads from the vendor the active
   * assessments unchanged for `olderThanSeconds` (default 15 minutes), `limit` of each per run (default 50).
   */
  reconcile(options?: ReconcileOptions): Promise<ReconcileResult>;
  /** What this instance's webhook route saw since it started (deliveries, refusals, new and repeated events). */
  readonly webhookCounts: Readonly<WebhookCounts>;
  /** The storage, for the host's own maintenance (and tests). */
  readonly storage: SqlClient;
}

const userSchema = z.object({
  userId: z.string().check(z.minLength(1)),
  role: z.enum(roles),
  name: z.optional(z.string().check(z.minLength(1))),
});

export async function createAssessmentServer(options: AssessmentServerOptions): Promise<AssessmentServer> {
  const usesDefaults = !options.storage && !options.host && !options.connectors;
  if (options.storage && !options.encryptionKeys?.length) {
    throw new Error('assessment-kit/server: give encryptionKeys with a storage of your own (secrets at rest need a key you keep).');
  }
  // The demo (and its seed) is loaded only when something of it is used.
  const demo = !options.host || !options.connectors ? (await import('./demo')).createDemo() : null;
  const sql = options.storage ?? (await embeddedStorage());
  const secrets = await createSecretBox(options.encryptionKeys ?? [{ id: 'memory', key: generateEncryptionKey() }]);
  const basePath = (options.basePath ?? '/api').replace(/\/+$/, '');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const logger = options.logger ?? { error: (message: string, details: Record<string, unknown>) => console.error(message, details) };
  const clock = options.now ?? (() => new Date());
  const seed = options.seed !== undefined ? options.seed : usesDefaults ? demo!.seed : null;

  const live = options.liveUpdates === false ? null : createLiveUpdates(sql, {
    pollMs: options.liveUpdates?.pollMs ?? 2000,
    heartbeatMs: 15_000,
    onError: (error) => logger.error('assessment-kit/server: live updates failed', { error: describe(error) }),
  });

  const ctx: ServerContext = {
    sql,
    secrets,
    host: options.host ?? demo!.host,
    connectors: new Map((options.connectors ?? demo!.connectors).map((c) => [c.provider.id, c])),
    feedback: {
      showOthersBeforeSubmit: options.feedback?.showOthersBeforeSubmit ?? false,
      showToNonReviewers: options.feedback?.showToNonReviewers ?? true,
    },
    now: () => clock().toISOString(),
    webhookBaseUrl: options.webhookBaseUrl?.replace(/\/+$/, '') ?? null,
    assessmentChanged(assessment) {
      live?.poke();
      // The host's reaction is its own: a failure there is logged, never undoes or repeats the change.
      Promise.resolve()
        .then(() => options.onAssessmentChanged?.(structuredClone(assessment)))
        .catch((error: unknown) => logger.error('assessment-kit/server: onAssessmentChanged failed', { assessmentId: assessment.id, error: describe(error) }));
    },
  };

  async function authenticate(request: Request): Promise<AuthenticatedUser> {
    const found = await options.authenticate(request);
    if (found === null) throw new AssessmentBackendError('unauthorized', 'Sign in to continue.');
    const user = userSchema.safeParse(found);
    // The host's callback broke its own contract: a server error, not the user's.
    if (!user.success) throw new Error('authenticate() returned something that is not { userId, role, name? }.');
    return user.data;
  }

  const requestContext = (user: AuthenticatedUser, url: URL): RequestContext => ({
    ...ctx,
    user,
    userName: user.name ?? user.userId,
    hostContext: { user },
    origin: url.origin,
    basePath,
  });

  const webhookCounts = emptyCounts();

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : null;
    // Vendors have no session: the URL's token (and the signature, where the vendor signs) is their proof.
    const hook = path !== null && request.method === 'POST' ? matchPath('/webhooks/:providerId/:token', path) : null;
    if (hook) {
      return receiveWebhook(ctx, request, { providerId: hook.providerId!, token: hook.token! }, {
        maxBodyBytes: options.webhookMaxBodyBytes ?? DEFAULT_WEBHOOK_BYTES,
        counts: webhookCounts,
        onError: (error, dedupeKey) =>
          logger.error('assessment-kit/server: a stored webhook event could not be applied yet (the reconciler retries it)', {
            providerId: hook.providerId,
            dedupeKey,
            error: describe(error),
          }),
      });
    }
    const streamed = live && path !== null && request.method === liveUpdatesRoute.method ? matchPath(liveUpdatesRoute.path, path) : null;
    if (streamed) {
      // Authorised as the list it streams: who may list a candidate's assessments may watch them.
      const user = await authenticate(request);
      if (!mayPerform(user.role, 'listCandidateAssessments')) throw new AssessmentBackendError('forbidden', `A ${user.role} may not do this.`);
      await candidateOf(requestContext(user, url), streamed.candidateId!);
      return live!.stream(streamed.candidateId!, request.signal);
    }
    const match = path === null ? null : matchRoute(request.method, path);
    if (!match) throw notFound('No such route.');
    const user = await authenticate(request);
    if (!mayPerform(user.role, match.operation)) {
      throw new AssessmentBackendError('forbidden', `A ${user.role} may not do this (${match.operation}).`);
    }
    const context = requestContext(user, url);
    const route = routes[match.operation];
    if (route.kind === 'read') return jsonResponse(200, JSON.stringify(await route.run(context, match.params, url)));

    const key = request.headers.get(IDEMPOTENCY_HEADER)?.trim() ?? '';
    if (key === '') throw new AssessmentBackendError('validation', `Writes need an ${IDEMPOTENCY_HEADER} header.`, { status: 400 });
    const raw = await readJsonBody(request, maxBodyBytes);
    let body: unknown = undefined;
    if (route.body) {
      if (raw === undefined && !route.emptyBody) throw new AssessmentBackendError('validation', 'The request body is not JSON.', { status: 400 });
      const parsed = parseWith(route.body, raw ?? {});
      body = route.normalize ? route.normalize(parsed as never) : parsed;
    }
    const write = { userId: user.userId, operation: match.operation, key, fingerprintOf: { params: match.params, body: body ?? null }, sealAnswer: route.sealAnswer ?? false };
    const answer = route.throughVendor
      ? await sendThroughVendor(context, write, {
          status: route.status ?? 200,
          message: (body as { message?: string | null } | undefined)?.message ?? null,
          record: (tx) => route.run(context, tx, match.params, body as never) as Promise<VendorWrite>,
        })
      : route.outside
        ? await idempotentWriteAfter(
            sql,
            secrets,
            write,
            { make: () => route.outside!.make(context, match.params, body as never), release: (made) => route.outside!.release(made as never) },
            async (tx, made) => ({ status: route.status ?? 200, body: await route.run(context, tx, match.params, body as never, made as never) }),
          )
        : await idempotentWrite(sql, secrets, write, async (tx) => ({ status: route.status ?? 200, body: await route.run(context, tx, match.params, body as never) }));
    live?.poke();
    return jsonResponse(answer.status, answer.bodyText);
  }

  return {
    storage: sql,
    webhookCounts,
    async rotateWebhookUrl(providerId) {
      const url = await rotateWebhookToken(sql, providerId);
      if (url === null) throw notFound(`${providerId} is not connected, so it has no webhook URL to rotate.`);
      return url;
    },
    reconcile: (reconcileOptions) => reconcile(ctx, reconcileOptions),
    async fetch(request) {
      try {
        return await handle(request);
      } catch (error) {
        if (error instanceof AssessmentBackendError) return errorResponse(error);
        // Only the kind of failure: a driver's message may quote the statement, never a parameter, but bodies stay out.
        logger.error('assessment-kit/server: unexpected failure', {
          method: request.method,
          path: new URL(request.url).pathname,
          error: describe(error),
        });
        return errorResponse(new AssessmentBackendError('server', 'The server failed unexpectedly.'));
      }
    },
    async migrate() {
      await migrate(sql);
      if (seed) await seedIfEmpty(sql, secrets, seed);
    },
    async close() {
      live?.close();
      await sql.close();
    },
    candidateEnteredStage: (candidateId, stageId) => candidateEnteredStage(ctx, candidateId, stageId),
    editInterviewPlan: (jobId, edit) => editInterviewPlan(ctx, jobId, edit),
    async applyVendorUpdate(assessmentId, update) {
      const assessment = await applyVendorUpdate(ctx, assessmentId, update);
      ctx.assessmentChanged(assessment);
      return assessment;
    },
    async pruneIdempotencyRecords({ olderThanHours = 24 } = {}) {
      const hours = Math.max(24, olderThanHours);
      const removed = await sql.query(
        `DELETE FROM ak_idempotency WHERE status IS NOT NULL AND created_at < now() - make_interval(hours => $1) RETURNING 1 AS removed`,
        [hours],
      );
      return removed.length;
    },
  };
}

/** Vendors' webhook bodies are small; a larger one is refused (413) before anything is read into memory. */
const DEFAULT_WEBHOOK_BYTES = 64 * 1024;

/** Only the kind of failure: a driver's message may quote the statement, never a parameter. */
const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : typeof error);

async function embeddedStorage(): Promise<SqlClient> {
  let module: typeof import('@electric-sql/pglite');
  try {
    module = await import('@electric-sql/pglite');
  } catch {
    throw new Error('assessment-kit/server: the embedded database needs @electric-sql/pglite (npm install @electric-sql/pglite), or pass storage.');
  }
  return pgliteStorage(await module.PGlite.create());
}
