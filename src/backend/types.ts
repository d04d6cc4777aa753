import type {
  Assessment,
  AssessmentFeedback,
  AssessmentTest,
  FeedbackAnswers,
  Candidate,
  ConnectResult,
  CreateLiveInterviewInput,
  Integration,
  InterviewPlan,
  InterviewStage,
  Page,
  PageParams,
  Provider,
  Reviewer,
  ScorecardTemplate,
  SendAssessmentInput,
} from '../domain';

/** Passed to every call. TanStack Query aborts the signal when a query is no longer needed. */
export interface RequestOptions {
  signal?: AbortSignal;
}

/** Passed to calls that create or change something: the key is made once per user intent and reused on retries. */
export interface WriteOptions extends RequestOptions {
  idempotencyKey: string;
}

export interface ListTestsParams extends PageParams {
  providerId: string;
}

export interface SaveInterviewPlanInput {
  jobId: string;
  /** The version the edit started from; the backend answers `conflict` when the plan has moved on. */
  baseVersion: number;
  stages: InterviewStage[];
}

/** A reviewer's answers to one assessment's scorecard (the reviewer is the signed-in user). */
export interface FeedbackInput {
  assessmentId: string;
  answers: FeedbackAnswers;
}

/** Called with the assessment that changed (e.g. when the vendor's webhook lands). */
export type AssessmentChangeListener = (assessment: Assessment) => void;

/**
 * Everything the kit asks of a backend. Implement it over your own API, or use `createHttpAdapter` for the
 * reference REST contract. Every method resolves with domain objects (validated) or rejects with an
 * `AssessmentBackendError`; an aborted signal rejects with the signal's reason.
 */
export interface AssessmentBackend {
  listProviders(options?: RequestOptions): Promise<Provider[]>;
  getIntegration(providerId: string, options?: RequestOptions): Promise<Integration>;
  /** Verifies the key with the vendor, stores it, and returns the webhook URL to paste into the vendor. */
  connectIntegration(input: { providerId: string; apiKey: string }, options: WriteOptions): Promise<ConnectResult>;
  /** Verifies the new key; the old key keeps working until the new one is verified. */
  replaceApiKey(input: { providerId: string; apiKey: string }, options: WriteOptions): Promise<ConnectResult>;
  /** Forgets the key. Assessments already sent stay in the candidates' profiles but stop updating. */
  disconnectIntegration(providerId: string, options: WriteOptions): Promise<Integration>;
  /**
   * A new webhook URL for a connected integration (its unguessable token replaced), for when the old one leaked: the
   * old URL is refused from then on, so the admin pastes the new one into the vendor. `conflict` when not connected.
   * Optional: without it, Manage offers no new URL.
   */
  rotateWebhookUrl?(providerId: string, options: WriteOptions): Promise<Integration>;

  listTests(params: ListTestsParams, options?: RequestOptions): Promise<Page<AssessmentTest>>;
  listReviewers(params: PageParams, options?: RequestOptions): Promise<Page<Reviewer>>;
  /**
   * People by id (at most `MAX_REVIEWER_LOOKUP`), so chosen reviewers show by name when they are on no loaded page.
   * Ids it doesn't know are left out, not an error; the order of the answer is not significant.
   */
  getReviewers(ids: readonly string[], options?: RequestOptions): Promise<Reviewer[]>;
  listScorecardTemplates(options?: RequestOptions): Promise<ScorecardTemplate[]>;

  getInterviewPlan(jobId: string, options?: RequestOptions): Promise<InterviewPlan>;
  saveInterviewPlan(input: SaveInterviewPlanInput, options: WriteOptions): Promise<InterviewPlan>;

  getCandidate(candidateId: string, options?: RequestOptions): Promise<Candidate>;
  listCandidateAssessments(candidateId: string, options?: RequestOptions): Promise<Assessment[]>;
  /**
   * Idempotent: the same key twice yields one assessment. A second active assessment of the same test for the same
   * candidate rejects with `conflict`, reason `duplicate_assessment` and the `existingAssessment`, unless the input
   * says `allowDuplicate: true`.
   */
  sendAssessment(input: SendAssessmentInput, options: WriteOptions): Promise<Assessment>;
  /**
   * Sends the candidate a new link. An active assessment (sent, in progress) stays the same assessment with a new
   * expiry. An expired or failed one is over: the answer is a new assessment whose `resentFromId` names it, and it
   * stays as it was, so history keeps both; a second resend of it answers `conflict`. Other statuses: `conflict`.
   */
  resendAssessment(assessmentId: string, options: WriteOptions): Promise<Assessment>;
  /** Only active (sent, in progress) assessments can be cancelled; others answer `conflict`. */
  cancelAssessment(input: { assessmentId: string; reason?: string }, options: WriteOptions): Promise<Assessment>;

  /**
   * Creates a live interview: a pad with a vendor whose provider declares `capabilities.liveInterviews` (another
   * answers `validation` on `providerId`). Resolves with the record (`kind: 'live_interview'`, status `sent`, read as
   * Scheduled) and its links in `interview`: the candidate's, and the interviewers' when the vendor gives them their
   * own. Idempotent: the same key twice yields one pad. Nothing is emailed yet (`sendInterviewLink`).
   */
  createLiveInterview(input: CreateLiveInterviewInput, options: WriteOptions): Promise<Assessment>;
  /**
   * Emails the candidate their link to a live interview, through the host's own email, and records it (`sentAt`,
   * `sentBy`, a history entry). Only a live interview that has not ended or been cancelled (`conflict` otherwise);
   * sending again sends the link again. Idempotent on its key.
   */
  sendInterviewLink(assessmentId: string, options: WriteOptions): Promise<Assessment>;

  /**
   * An assessment's reviewer feedback as the signed-in user may see it: the scorecard's questions, the rule, each
   * reviewer's state, and the answers the visibility rules let this user see.
   */
  getAssessmentFeedback(assessmentId: string, options?: RequestOptions): Promise<AssessmentFeedback>;
  /**
   * Saves the signed-in reviewer's draft (partial answers are fine; the answers replace the previous draft). Only an
   * assigned reviewer (else `forbidden`), only while the assessment is completed (else `conflict`, reason
   * `feedback_not_open`) and before they submitted (else `conflict`, reason `feedback_submitted`).
   */
  saveFeedbackDraft(input: FeedbackInput, options: WriteOptions): Promise<AssessmentFeedback>;
  /**
   * Submits the signed-in reviewer's feedback; final. The same rules as a draft, and every required question must
   * be answered (`validation`, with `fieldErrors` keyed `answers.<questionId>`). Idempotent on its key: a retry
   * returns the first result; the same key with other answers is a `conflict`.
   */
  submitFeedback(input: FeedbackInput, options: WriteOptions): Promise<AssessmentFeedback>;

  /**
   * Optional push updates for one candidate. Returns an unsubscribe function. Without it the kit polls
   * while any assessment is active.
   */
  subscribe?(candidateId: string, onChange: AssessmentChangeListener): () => void;
}
