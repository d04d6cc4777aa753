import type {
  Assessment,
  AssessmentTest,
  Candidate,
  FeedbackAnswers,
  InterviewPlan,
  Provider,
  Reviewer,
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

/**
 * One vendor, as the server talks to it. Part 1 ships demo connectors; the real vendors' connectors (API calls,
 * webhooks) plug in here.
 */
export interface ProviderConnector {
  provider: Provider;
  /** Checks a key with the vendor; throws `invalid_api_key` (with `fieldErrors.apiKey`) or `rate_limited`. */
  verifyApiKey(apiKey: string): Promise<void>;
  /** The vendor's whole catalogue, synced into the tests cache on connect. */
  listTests(apiKey: string): Promise<AssessmentTest[]>;
  /** Opens a live pad; only for providers with `capabilities.liveInterviews`. */
  openPad?(input: { apiKey: string; title: string; scheduledAt: string | null }): Promise<OpenedPad>;
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
  /** The clock (default the system's). */
  now?: () => Date;
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
