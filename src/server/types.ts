import type {
  Assessment,
  AssessmentTest,
  Candidate,
  FeedbackAnswers,
  InterviewPlan,
  Provider,
  Reviewer,
  Score,
  ScorecardTemplate,
} from '../domain';
import type { Role } from './permissions';
import type { EncryptionKey } from './secrets';
import type { SqlClient } from './sql';

/** The signed-in user, as the host's `authenticate` finds them from its own session. */
export interface AuthenticatedUser {
  userId: string;
  role: Role;
  /** How the kit names them in records ("Sent by Dana Ruiz"); defaults to `userId`. */
  name?: string;
}

/** Who is asking, passed to every host callback so the host can apply its own rules. */
export interface HostContext {
  user: AuthenticatedUser;
}

/**
 * The host's own records, read through callbacks: the kit never copies candidates or people into its tables beyond
 * ids and what a record needs (a reviewer's name on an assessment).
 */
export interface AssessmentHost {
  /**
   * A candidate, or null when there is none. Throw `new AssessmentBackendError('forbidden', …)` when this user may
   * not see them: every route about that candidate answers 403 then.
   */
  getCandidate(candidateId: string, context: HostContext): Promise<Candidate | null>;
  /** A page of the people who can review, matching `search` (name, email or title), from `offset`. */
  listReviewers(query: { search: string; offset: number; limit: number }, context: HostContext): Promise<{ items: Reviewer[]; total: number }>;
  /** People by id; ids it doesn't know are left out. */
  getReviewers(ids: readonly string[], context: HostContext): Promise<Reviewer[]>;
  listScorecardTemplates(context: HostContext): Promise<ScorecardTemplate[]>;
  /** Emails the candidate their live interview link through the host's own email (`sendInterviewLink`). */
  sendInterviewLink?(message: { candidate: Candidate; assessment: Assessment; link: string }, context: HostContext): Promise<void>;
}

/** What a live interview's vendor answers when the pad is opened. */
export interface OpenedPad {
  padId: string;
  candidateUrl: string | null;
  interviewerUrl: string | null;
}

/** One page of a vendor's catalogue. `cursor` is the connector's own (opaque); null asks for the first page. */
export interface VendorTestQuery {
  search: string;
  cursor: string | null;
}
export interface VendorTestPage {
  items: AssessmentTest[];
  /** Null on the last page. */
  nextCursor: string | null;
}

/** A send, as the vendor is asked for it. */
export interface InvitationRequest {
  /**
   * The kit's assessment id. A connector never invites twice for one id: it is the vendor's idempotency key where
   * the vendor takes one, and otherwise the connector finds the invitation it made before (see each connector).
   */
  assessmentId: string;
  testId: string;
  candidate: { name: string; email: string };
  /** When the kit recorded the send it is retrying (the first attempt's time): an invitation older than it is another one. */
  requestedAt: string;
  /** When the link should stop working (the kit's rule: the provider's default or the recruiter's date). */
  expiresAt: string;
  message: string | null;
}

/** What the vendor made for a send: its ids, where the candidate goes, and its own expiry when it says one. */
export interface CreatedInvitation {
  /** The vendor's id of this candidate's attempt, which its webhooks and status reads name. */
  vendorAssessmentId: string;
  inviteUrl: string | null;
  /** Null when the vendor gives none: the kit's `expiresAt` stands. */
  expiresAt: string | null;
}

/** Which vendor record a read or a webhook is about. */
export interface VendorAssessmentRef {
  kind: 'test' | 'live_interview';
  /** The test's id (a live interview: its pad id, which is also `vendorAssessmentId`). */
  testId: string;
  vendorAssessmentId: string;
}

/**
 * An assessment as the vendor reports it, mapped onto the kit's lifecycle (`sent` = not started). The same shape as
 * `VendorUpdate` plus `sent`, so a reading that moves the status can be applied as it is.
 */
export type VendorReading =
  | { status: 'sent'; vendorStatus: string | null }
  | { status: 'in_progress'; vendorStatus: string | null; at?: string }
  | {
      status: 'completed';
      vendorStatus: string | null;
      at?: string;
      /** A test's result. */
      score?: Score | null;
      reportUrl?: string | null;
      timeTakenSeconds?: number | null;
      /** A live interview's replay. */
      playbackUrl?: string | null;
    }
  | { status: 'expired'; vendorStatus: string | null; at?: string }
  | { status: 'failed'; vendorStatus: string | null; at?: string; failureReason: string };

/** A webhook delivery as it arrived: the body exactly as sent (signatures are over these bytes), never re-serialised. */
export interface WebhookDelivery {
  rawBody: Uint8Array<ArrayBuffer>;
  headers: Headers;
  /** The full URL it was sent to (the server has already checked the URL's token against the integration's). */
  url: string;
}

/** Why a delivery was refused (a 401, counted); never the secret or the signature. */
export type WebhookRefusal = 'missing_signature' | 'bad_signature' | 'timestamp_out_of_tolerance' | 'no_secret';
export type WebhookVerdict = { ok: true } | { ok: false; reason: WebhookRefusal };

/** One change a delivery reports. A delivery may carry several. */
export interface WebhookEvent {
  /**
   * What makes it unique at this vendor: the vendor's event id (`webhook-id`), or `sha256:<hex>` of the raw body
   * where the vendor has none. Stored with a unique constraint on (provider, dedupeKey).
   */
  dedupeKey: string;
  /** The vendor record it is about; null when the body names none (then it only says "something changed"). */
  vendorAssessmentId: string | null;
  /** The vendor's event name, for logs and the integration's "last webhook". */
  type: string | null;
  /** When the vendor says it happened. */
  occurredAt: string | null;
  /** The reported state, when the body carries one the kit may trust (a signed body); null otherwise. */
  reading: VendorReading | null;
  /**
   * True when the body is only a trigger (unsigned, undocumented payloads): the server re-reads the assessment with
   * `readAssessment` before changing anything, so a forged or replayed body costs one extra read at worst.
   */
  confirmWithVendor: boolean;
}

/**
 * One vendor, as the server talks to it: everything vendor-specific lives behind this, so adding a vendor is one
 * connector plus its provider data. Vendor calls fail with `VendorError` (./connectors/vendor-error): `retryable`
 * says whether the same call may succeed later (timeouts, 429 with `retryAfterSeconds`, 5xx, network), and a refused
 * key is `invalid_api_key`, which the server turns into "Needs attention". Keys are never in an error or a log line.
 */
export interface ProviderConnector {
  provider: Provider;
  /** Checks a key with the vendor; throws `invalid_api_key` (with `fieldErrors.apiKey`) or `rate_limited`. */
  verifyApiKey(apiKey: string): Promise<void>;
  /** One page of the vendor's catalogue matching `search` (title); `syncAllTests` reads every page on connect. */
  listTests(apiKey: string, query: VendorTestQuery): Promise<VendorTestPage>;
  /** Invites the candidate to a test; never twice for one `assessmentId` (see `InvitationRequest`). */
  createInvitation(apiKey: string, request: InvitationRequest): Promise<CreatedInvitation>;
  /** The vendor's current state of one assessment, or null when the vendor has no such record. */
  readAssessment(apiKey: string, ref: VendorAssessmentRef): Promise<VendorReading | null>;
  /** Opens a live pad; only for providers with `capabilities.liveInterviews`. */
  openPad?(apiKey: string, input: { title: string; scheduledAt: string | null }): Promise<OpenedPad>;
  /** Ends a live pad (the interview is over; its link stops working). */
  endPad?(apiKey: string, padId: string): Promise<void>;
  /**
   * Checks a delivery's signature with the integration's signing secrets (newest first: during a rotation either
   * verifies). A vendor that does not sign answers ok: the URL token, checked by the server, is its only proof.
   */
  verifyWebhook(delivery: WebhookDelivery, secrets: readonly string[]): Promise<WebhookVerdict>;
  /** The events of a verified delivery; throws `VendorError` (`bad_response`) for a signed body it cannot read. */
  parseWebhook(delivery: WebhookDelivery): Promise<WebhookEvent[]>;
}

/** Who sees whose feedback (docs/rest-contract.md "Reviewer feedback"). */
export interface FeedbackVisibility {
  /** Reviewers see others' submitted answers before submitting their own (default false). */
  showOthersBeforeSubmit?: boolean;
  /** People who are not reviewers (the hiring team) see submitted answers (default true). */
  showToNonReviewers?: boolean;
}

export interface AssessmentServerOptions {
  /** Finds the signed-in user from the request (the host's cookie or header); null answers 401. */
  authenticate(request: Request): Promise<AuthenticatedUser | null>;
  /** Where the routes are mounted (default `/api`, the contract's default). */
  basePath?: string;
  /** Default: an in-memory PGlite (needs `@electric-sql/pglite`), seeded with the demo data. */
  storage?: SqlClient;
  /** The host's candidates, people and scorecards. Default: the demo's. */
  host?: AssessmentHost;
  /** The vendors. Default: the demo's three (CodeInterview, SkillForge, DevScreen). */
  connectors?: readonly ProviderConnector[];
  /**
   * Keys that seal vendor secrets at rest, newest first. Required with `storage`; the in-memory default makes a
   * random one (its data dies with the process anyway).
   */
  encryptionKeys?: readonly EncryptionKey[];
  /** Where the vendors' webhooks will reach this server (default: the request's origin + basePath + `/webhooks`). */
  webhookBaseUrl?: string;
  /** Data `migrate()` writes into an empty database. Default: the demo seed with the in-memory storage, else none. */
  seed?: SeedData | null;
  feedback?: FeedbackVisibility;
  /** Largest request body accepted (default 256 KB); larger ones answer 413. */
  maxBodyBytes?: number;
  /** Largest webhook delivery accepted (default 64 KB); larger ones answer 413 and store nothing. */
  webhookMaxBodyBytes?: number;
  /** The clock (default the system's). */
  now?: () => Date;
  /**
   * The Server-Sent Events route per candidate (docs/rest-contract.md "Live updates"). Each instance checks the
   * database every `pollMs` (default 2000) for changes other instances made; its own show at once. false: no route.
   */
  liveUpdates?: { pollMs?: number } | false;
  /**
   * Called once a vendor's change to an assessment is committed (a webhook, the reconciler, `applyVendorUpdate`), by
   * the instance that committed it: move the candidate, notify someone. Not awaited by the vendor's request; a
   * failure is logged.
   */
  onAssessmentChanged?(assessment: Assessment): void | Promise<void>;
  /** Where unexpected failures are reported (default console.error). Never given a request body or a secret. */
  logger?: { error(message: string, details: Record<string, unknown>): void };
}

/** Records a demo or a test writes into an empty database; see `demoSeed()`. */
export interface SeedData {
  integrations: ReadonlyArray<{
    providerId: string;
    state: 'not_connected' | 'connected' | 'needs_attention';
    apiKey: string | null;
    webhookUrl: string | null;
    connectedAt: string | null;
    connectedBy: string | null;
    lastWebhookAt: string | null;
    attentionReason: string | null;
  }>;
  tests: Readonly<Record<string, readonly AssessmentTest[]>>;
  plans: readonly InterviewPlan[];
  assessments: readonly Assessment[];
  /** Answers by assessment id, then reviewer id. */
  feedback: Readonly<Record<string, Readonly<Record<string, { answers: FeedbackAnswers; updatedAt: string }>>>>;
}
