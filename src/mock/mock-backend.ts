import { AssessmentBackendError } from '../backend/errors';
import type { AssessmentBackend, RequestOptions, WriteOptions } from '../backend/types';
import type {
  Assessment,
  ConnectResult,
  Integration,
  InterviewPlan,
  Page,
  PageParams,
  Reviewer,
  SendAssessmentInput,
} from '../domain';
import {
  createLiveInterviewInputSchema,
  isActiveStatus,
  isResendAsNewStatus,
  MAX_REVIEWER_LOOKUP,
  sendAssessmentInputSchema,
} from '../domain';
import { verifyVendorApiKey } from './api-keys';
import { buildAssessment, disconnectedIntegrationFields } from './builders';
import { MOCK_CURRENT_USER, MOCK_LINK_VALID_DAYS, webhookUrlFor } from './seed';
import type { StoredIntegration } from './db';
import { createMockStore } from './store';
import type { MockSeedOptions } from './store';
import { createHostSimulator } from './host-simulator';
import type { HostSimulator } from './host-simulator';
import { feedbackView, writeFeedback } from './feedback';
import { buildLiveInterview } from './live-interviews';
import { planView, validatePlanStages } from './plans';
import { createVendorSimulator } from './vendor-simulator';
import type { VendorSimulator } from './vendor-simulator';
import { decodeOffsetCursor, encodeOffsetCursor, pageSize } from '../backend/paging';
import { validationError, validationErrorFromIssues } from '../backend/validation-errors';

export interface MockBackendOptions extends MockSeedOptions {
  /** The clock; defaults to the fixed MOCK_NOW so stories never drift. */
  now?: () => Date;
  /** Artificial delay per call (abortable), to show loading states without MSW. */
  latencyMs?: number;
}

/** A mock backend and the levers around it. */
export interface MockBackend {
  /** Every method of the interface, with the rules a real backend enforces. `subscribe` is always there. */
  backend: AssessmentBackend & Required<Pick<AssessmentBackend, 'subscribe'>>;
  /** Plays the vendor: its webhooks move assessments along and mark keys revoked. */
  simulator: VendorSimulator;
  /** Plays the host ATS: its stage moves create plan assessments; its own edits change plans behind the kit's back. */
  host: HostSimulator;
  /** Back to a fresh seed (and the creation options, merged with `overrides`). Subscriptions stay. */
  reset(overrides?: MockSeedOptions): void;
  setLatency(ms: number): void;
  /**
   * Who is signed in, as a reviewer id (null: someone who reviews nothing). Reviewer feedback is read and written as
   * them: sign in as another reviewer to play their part (their draft, their submit) from "another browser".
   */
  signInAs(userId: string | null): void;
  /** A deep copy of every assessment, for assertions. */
  allAssessments(): Assessment[];
}

const DAY = 86_400_000;

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const store = createMockStore(options);
  let latencyMs = options.latencyMs ?? 0;

  /** Aborts like a network call would, then does the work on a copy-in/copy-out basis. */
  async function run<T>(requestOptions: RequestOptions | undefined, work: () => T): Promise<T> {
    const signal = requestOptions?.signal;
    signal?.throwIfAborted();
    if (latencyMs > 0) await sleep(latencyMs, signal);
    signal?.throwIfAborted();
    return structuredClone(work());
  }

  /**
   * The rule of docs/rest-contract.md "Idempotency": a key belongs to the signed-in user and the operation; under it,
   * the same input (path ids and body) replays the first success and another input is a conflict. Failures are not
   * recorded: they changed nothing, so the same key again is a new attempt.
   */
  function idempotent<T>(operation: string, options: WriteOptions, input: unknown, work: () => T): T {
    if (!options.idempotencyKey) throw validationError('idempotencyKey', 'An idempotency key is required.');
    const key = JSON.stringify([store.currentUserId, operation, options.idempotencyKey]);
    const fingerprint = stableStringify(input);
    const record = store.idempotency.get(key);
    if (record) {
      if (record.fingerprint !== fingerprint) {
        throw new AssessmentBackendError('conflict', 'This idempotency key was already used for a different request.');
      }
      return structuredClone(record.result) as T;
    }
    const result = work();
    store.idempotency.set(key, { fingerprint, result: structuredClone(result) });
    return result;
  }

  const integrationView = (stored: StoredIntegration): Integration => {
    const { apiKey: _secret, ...visible } = stored;
    return { ...visible, canManage: store.canManageIntegrations };
  };

  function requireManage(): void {
    if (!store.canManageIntegrations) {
      throw new AssessmentBackendError('forbidden', 'Only admins can manage assessment integrations.');
    }
  }

  /** Checks the key with the vendor and makes it the integration's key. */
  function storeVerifiedKey(providerId: string, apiKey: string): ConnectResult {
    const provider = store.provider(providerId);
    const integration = store.integration(providerId);
    verifyVendorApiKey(provider.name, apiKey, store.db.revokedApiKeys);
    const key = apiKey.trim();
    const firstConnect = integration.state === 'not_connected';
    Object.assign(integration, {
      state: 'connected',
      apiKey: key,
      apiKeySuffix: key.slice(-4),
      // The URL the admin pasted keeps working when only the key changes.
      webhookUrl: integration.webhookUrl ?? webhookUrlFor(providerId, store.prng.hex(32)),
      connectedAt: firstConnect ? store.now() : integration.connectedAt,
      connectedBy: firstConnect ? MOCK_CURRENT_USER : integration.connectedBy,
      attentionReason: null,
    } satisfies Partial<StoredIntegration>);
    // Shown once, and only when the vendor signs webhooks and this is a new connection.
    const signingSecret = provider.signsWebhooks && firstConnect ? `whsec_${store.prng.hex(40)}` : null;
    return { integration: integrationView(integration), signingSecret };
  }

  function connectionOf(providerId: string): { name: string; connected: boolean; reason: string } {
    const provider = store.provider(providerId);
    const integration = store.integration(providerId);
    const reason =
      integration.state === 'needs_attention'
        ? `${provider.name} needs attention: ${integration.attentionReason ?? 'reconnect it under Integrations.'}`
        : `${provider.name} is not connected. An admin can connect it under Integrations.`;
    return { name: provider.name, connected: integration.state === 'connected', reason };
  }

  type ParsedSendInput = SendAssessmentInput & { activityId: string | null; expiresAt: string | null; message: string | null; allowDuplicate: boolean };

  function parseSendInput(raw: unknown): ParsedSendInput {
    const parsed = sendAssessmentInputSchema.safeParse(raw);
    if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
    // Missing and null (or false) mean the same, also to the idempotency fingerprint.
    return {
      ...parsed.data,
      activityId: parsed.data.activityId ?? null,
      expiresAt: parsed.data.expiresAt ?? null,
      message: parsed.data.message?.trim() || null,
      allowDuplicate: parsed.data.allowDuplicate ?? false,
    };
  }

  function validateSendInput(input: ParsedSendInput) {
    candidateFor(input.candidateId);
    const provider = connectionOf(input.providerId);
    if (!provider.connected) throw validationError('providerId', provider.reason);
    const test = store.db.testsByProvider[input.providerId]?.find((t) => t.id === input.testId);
    if (!test) throw validationError('testId', `This test no longer exists in ${provider.name}.`);
    if (test.archived) throw validationError('testId', `“${test.title}” was archived in ${provider.name}. Choose another test.`);
    const reviewers = reviewersById(input.reviewerIds, 'reviewerIds');
    if (input.scorecard?.kind === 'template') requireTemplate(input.scorecard.templateId, 'scorecard');
    return { test, reviewers, expiresAt: linkExpiry(input) };
  }

  /** The provider's default lifetime, or the recruiter's date: in the future and within the vendor's maximum. */
  function linkExpiry(input: ParsedSendInput): string {
    const { name, linkLifetime } = store.provider(input.providerId);
    const now = Date.parse(store.now());
    if (input.expiresAt === null) return new Date(now + linkLifetime.defaultDays * DAY).toISOString();
    const expires = Date.parse(input.expiresAt);
    if (expires <= now) throw validationError('expiresAt', 'The link must expire in the future.');
    // A day of grace: "the last allowed day" ends at midnight in the recruiter's time zone, not ours.
    if (expires > now + (linkLifetime.maxDays + 1) * DAY) {
      throw validationError('expiresAt', `${name} links can stay open for at most ${linkLifetime.maxDays} days.`);
    }
    return new Date(expires).toISOString();
  }

  /** A second live link for the same test is usually a mistake: refused unless the recruiter confirmed it. */
  function refuseDuplicate(input: ParsedSendInput, sending: Assessment | undefined): void {
    if (input.allowDuplicate) return;
    const existing = store.db.assessments.find(
      (a) =>
        a !== sending &&
        a.candidateId === input.candidateId &&
        a.providerId === input.providerId &&
        a.testId === input.testId &&
        isActiveStatus(a.status),
    );
    if (!existing) return;
    throw new AssessmentBackendError('conflict', 'The candidate already has this test open. Send with allowDuplicate to send it again.', {
      reason: 'duplicate_assessment',
      existingAssessment: structuredClone(existing),
    });
  }

  function reviewersById(ids: readonly string[], field: string): Reviewer[] {
    return ids.map((id) => {
      const reviewer = store.db.reviewers.find((r) => r.id === id);
      if (!reviewer) throw validationError(field, `Reviewer "${id}" no longer exists.`);
      return reviewer;
    });
  }

  function requireTemplate(templateId: string, field: string): void {
    if (!store.db.scorecardTemplates.some((t) => t.id === templateId)) {
      throw validationError(field, `Scorecard template "${templateId}" no longer exists.`);
    }
  }

  function markSent(assessment: Assessment, expiresAt: string): void {
    const now = store.now();
    assessment.status = 'sent';
    assessment.vendorStatus = null;
    assessment.sentAt = now;
    assessment.sentBy = MOCK_CURRENT_USER;
    assessment.expiresAt = expiresAt;
    assessment.history.push({ status: 'sent', at: now, note: `Sent by ${MOCK_CURRENT_USER}` });
  }

  /** A new invitation for an expired or failed one, which stays as it was; only one per ended invitation. */
  function resendAsNewAssessment(ended: Assessment): Assessment {
    const successor = store.db.assessments.find((a) => a.resentFromId === ended.id);
    if (successor) throw new AssessmentBackendError('conflict', `This assessment was already resent (as ${successor.id}).`);
    const assessment = buildAssessment({
      ...structuredClone(ended),
      id: `asmt-${store.prng.hex(10)}`,
      revision: 0,
      resentFromId: ended.id,
      vendorStatus: null,
      startedAt: null,
      completedAt: null,
      score: null,
      timeTakenSeconds: null,
      reportUrl: null,
      failureReason: null,
      feedback: [],
      history: [],
    });
    const now = store.now();
    Object.assign(assessment, { status: 'sent', sentAt: now, sentBy: MOCK_CURRENT_USER, expiresAt: addDays(now, MOCK_LINK_VALID_DAYS) });
    assessment.history.push({ status: 'sent', at: now, note: `Resent by ${MOCK_CURRENT_USER} (the previous link ${ended.status})` });
    store.db.assessments.push(assessment);
    store.notify(assessment);
    return assessment;
  }

  const backend: MockBackend['backend'] = {
    listProviders: (o) => run(o, () => store.db.providers),

    getIntegration: (providerId, o) => run(o, () => integrationView(store.integration(providerId))),

    connectIntegration: (input, o) =>
      run(o, () =>
        idempotent('connectIntegration', o, input, () => {
          const integration = store.integration(input.providerId);
          requireManage();
          if (integration.state === 'connected') {
            throw new AssessmentBackendError('conflict', 'Already connected: replace the API key instead.');
          }
          return storeVerifiedKey(input.providerId, input.apiKey);
        }),
      ),

    replaceApiKey: (input, o) =>
      run(o, () =>
        idempotent('replaceApiKey', o, input, () => {
          const integration = store.integration(input.providerId);
          requireManage();
          if (integration.state === 'not_connected') {
            throw new AssessmentBackendError('conflict', 'Not connected: connect the integration first.');
          }
          // storeVerifiedKey throws before touching anything, so a rejected key leaves the old one in use.
          return storeVerifiedKey(input.providerId, input.apiKey);
        }),
      ),

    disconnectIntegration: (providerId, o) =>
      run(o, () =>
        idempotent('disconnectIntegration', o, providerId, () => {
          const integration = store.integration(providerId);
          requireManage();
          Object.assign(integration, disconnectedIntegrationFields);
          return integrationView(integration);
        }),
      ),

    // The catalogue does not need a live connection: a real backend serves it from its last sync.
    listTests: ({ providerId, ...params }, o) =>
      run(o, () => {
        store.provider(providerId);
        const tests = store.db.testsByProvider[providerId] ?? [];
        return paginate(tests, params, (t) => [t.title, ...t.languages]);
      }),

    listReviewers: (params, o) => run(o, () => paginate(store.db.reviewers, params, (r) => [r.name, r.email, r.title ?? ''])),

    getReviewers: (ids, o) =>
      run(o, () => {
        if (ids.length > MAX_REVIEWER_LOOKUP) {
          throw validationError('ids', `Look up at most ${MAX_REVIEWER_LOOKUP} people at once.`);
        }
        const byId = new Map(store.db.reviewers.map((r) => [r.id, r]));
        return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
      }),

    listScorecardTemplates: (o) => run(o, () => store.db.scorecardTemplates),

    getInterviewPlan: (jobId, o) => run(o, () => planView(store, planFor(jobId))),

    saveInterviewPlan: (input, o) =>
      run(o, () =>
        idempotent('saveInterviewPlan', o, input, () => {
          const plan = planFor(input.jobId);
          if (input.baseVersion !== plan.version) {
            throw new AssessmentBackendError(
              'conflict',
              `The interview plan changed since you opened it (now version ${plan.version}). Reload to see the latest.`,
            );
          }
          const stages = validatePlanStages(store, structuredClone(input.stages), plan);
          const saved: InterviewPlan = { ...plan, version: plan.version + 1, stages };
          store.db.plans[input.jobId] = saved;
          return planView(store, saved);
        }),
      ),

    getCandidate: (candidateId, o) => run(o, () => candidateFor(candidateId)),

    listCandidateAssessments: (candidateId, o) =>
      run(o, () => {
        candidateFor(candidateId);
        // Newest first by creation, so a status change never reorders the list under the user.
        return store.db.assessments
          .filter((a) => a.candidateId === candidateId)
          .sort((a, b) => (b.history[0]?.at ?? '').localeCompare(a.history[0]?.at ?? ''));
      }),

    sendAssessment: (rawInput, o) =>
      run(o, () => {
        const input = parseSendInput(rawInput);
        return idempotent('sendAssessment', o, input, () => {
          const { test, reviewers, expiresAt } = validateSendInput(input);
          const planned = input.activityId
            ? store.db.assessments.find((a) => a.candidateId === input.candidateId && a.activityId === input.activityId)
            : undefined;
          if (input.activityId && !planned) {
            throw validationError('activityId', 'This candidate has no such interview-plan activity.');
          }
          if (planned && planned.status !== 'not_sent') {
            throw new AssessmentBackendError('conflict', 'This activity was already sent.');
          }
          refuseDuplicate(input, planned);
          let assessment: Assessment;
          if (planned) {
            assessment = planned;
          } else {
            assessment = buildAssessment({
              id: `asmt-${store.prng.hex(10)}`,
              candidateId: input.candidateId,
              providerId: input.providerId,
              testId: test.id,
              testTitle: test.title,
            });
            store.db.assessments.push(assessment);
          }
          // The recruiter may change test, reviewers and scorecard before sending a plan activity.
          Object.assign(assessment, {
            providerId: input.providerId,
            testId: test.id,
            testTitle: test.title,
            reviewers: structuredClone(reviewers),
            scorecard: input.scorecard,
          });
          markSent(assessment, expiresAt);
          store.notify(assessment);
          return assessment;
        });
      }),

    resendAssessment: (assessmentId, o) =>
      run(o, () =>
        idempotent('resendAssessment', o, assessmentId, () => {
          const assessment = store.assessment(assessmentId);
          if (assessment.kind === 'live_interview') {
            throw new AssessmentBackendError('conflict', 'A live interview has no invitation to resend: send the candidate its link instead.');
          }
          const resendAsNew = isResendAsNewStatus(assessment.status);
          if (!resendAsNew && !isActiveStatus(assessment.status)) {
            throw new AssessmentBackendError(
              'conflict',
              `Only sent, in-progress, expired or failed assessments can be resent (this one is ${assessment.status}).`,
            );
          }
          const provider = connectionOf(assessment.providerId);
          if (!provider.connected) throw new AssessmentBackendError('conflict', provider.reason);
          if (resendAsNew) return resendAsNewAssessment(assessment);
          const now = store.now();
          assessment.expiresAt = addDays(now, MOCK_LINK_VALID_DAYS);
          assessment.history.push({ status: assessment.status, at: now, note: `Resent by ${MOCK_CURRENT_USER}` });
          store.notify(assessment);
          return assessment;
        }),
      ),

    // Cancelling needs no vendor call: the ATS stops counting the link even if the integration is gone.
    cancelAssessment: (input, o) =>
      run(o, () =>
        idempotent('cancelAssessment', o, { assessmentId: input.assessmentId, reason: input.reason ?? null }, () => {
          const assessment = store.assessment(input.assessmentId);
          if (!isActiveStatus(assessment.status)) {
            throw new AssessmentBackendError('conflict', `Only sent or in-progress assessments can be cancelled (this one is ${assessment.status}).`);
          }
          const reason = input.reason?.trim();
          assessment.status = 'cancelled';
          assessment.vendorStatus = null;
          assessment.history.push({
            status: 'cancelled',
            at: store.now(),
            note: `Cancelled by ${MOCK_CURRENT_USER}${reason ? `: ${reason}` : ''}`,
          });
          store.notify(assessment);
          return assessment;
        }),
      ),

    createLiveInterview: (rawInput, o) =>
      run(o, () => {
        const parsed = createLiveInterviewInputSchema.safeParse(rawInput);
        if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
        // Missing and null mean the same, also to the idempotency fingerprint.
        const input = { ...parsed.data, scheduledAt: parsed.data.scheduledAt ?? null };
        return idempotent('createLiveInterview', o, input, () => {
          candidateFor(input.candidateId);
          const provider = connectionOf(input.providerId);
          if (!provider.connected) throw validationError('providerId', provider.reason);
          if (!store.provider(input.providerId).capabilities.liveInterviews) {
            throw validationError('providerId', `${provider.name} has no live interviews.`);
          }
          const interviewers = reviewersById(input.interviewerIds, 'interviewerIds');
          if (input.scorecard?.kind === 'template') requireTemplate(input.scorecard.templateId, 'scorecard');
          if (input.scheduledAt !== null && Date.parse(input.scheduledAt) <= Date.parse(store.now())) {
            throw validationError('scheduledAt', 'Choose a time in the future.');
          }
          const interview = buildLiveInterview(
            { ...input, id: `live-${store.prng.hex(10)}`, interviewers: structuredClone(interviewers), at: store.now(), by: MOCK_CURRENT_USER },
            store.prng,
          );
          store.db.assessments.push(interview);
          store.notify(interview);
          return interview;
        });
      }),

    // The email goes out through the host, not the vendor: it works whatever state the integration is in.
    sendInterviewLink: (assessmentId, o) =>
      run(o, () =>
        idempotent('sendInterviewLink', o, assessmentId, () => {
          const interview = store.assessment(assessmentId);
          if (interview.kind !== 'live_interview') {
            throw new AssessmentBackendError('conflict', 'Only a live interview has a link to send; resend a test instead.');
          }
          if (!isActiveStatus(interview.status)) {
            throw new AssessmentBackendError('conflict', `This interview is over (${interview.status}): its link no longer works.`);
          }
          if (!interview.interview?.candidateUrl) {
            throw new AssessmentBackendError('conflict', 'The vendor gave no link for the candidate.');
          }
          const now = store.now();
          Object.assign(interview, { sentAt: now, sentBy: MOCK_CURRENT_USER });
          interview.history.push({ status: interview.status, at: now, note: `Link sent to the candidate by ${MOCK_CURRENT_USER}` });
          store.notify(interview);
          return interview;
        }),
      ),

    getAssessmentFeedback: (assessmentId, o) => run(o, () => feedbackView(store, store.assessment(assessmentId))),

    saveFeedbackDraft: ({ assessmentId, answers }, o) =>
      run(o, () =>
        idempotent('saveFeedbackDraft', o, { assessmentId, answers }, () =>
          writeFeedback(store, assessmentId, answers, { final: false }),
        ),
      ),

    submitFeedback: ({ assessmentId, answers }, o) =>
      run(o, () =>
        idempotent('submitFeedback', o, { assessmentId, answers }, () =>
          writeFeedback(store, assessmentId, answers, { final: true }),
        ),
      ),

    subscribe: (candidateId, onChange) => store.subscribe(candidateId, onChange),
  };

  function planFor(jobId: string): InterviewPlan {
    const plan = store.db.plans[jobId];
    if (!plan) throw new AssessmentBackendError('not_found', `No interview plan for job "${jobId}".`);
    return plan;
  }

  function candidateFor(candidateId: string) {
    const candidate = store.db.candidates.find((c) => c.id === candidateId);
    if (!candidate) throw new AssessmentBackendError('not_found', `Unknown candidate "${candidateId}".`);
    return candidate;
  }

  return {
    backend,
    simulator: createVendorSimulator(store),
    host: createHostSimulator(store),
    reset: (overrides) => store.reset(overrides),
    setLatency(ms) {
      latencyMs = ms;
    },
    signInAs: (userId) => store.signInAs(userId),
    allAssessments: () => structuredClone(store.db.assessments),
  };
}

/** Case-insensitive search over `fields`, then an offset page. The cursor is opaque to callers. */
function paginate<T>(items: readonly T[], params: PageParams, fields: (item: T) => string[]): Page<T> {
  const size = pageSize(params.limit);
  const offset = params.cursor ? decodeOffsetCursor(params.cursor) : 0;
  const needle = params.search?.trim().toLowerCase() ?? '';
  const matches = needle ? items.filter((item) => fields(item).some((f) => f.toLowerCase().includes(needle))) : items;
  const end = offset + size;
  return { items: matches.slice(offset, end), nextCursor: end < matches.length ? encodeOffsetCursor(end) : null, total: matches.length };
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY).toISOString();
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** JSON with sorted keys, so the same input in another key order has the same fingerprint. */
function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

