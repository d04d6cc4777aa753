import type {
  Assessment,
  FeedbackAnswers,
  AssessmentTest,
  Candidate,
  Integration,
  InterviewPlan,
  Provider,
  Reviewer,
  ScorecardTemplate,
} from '../domain';

/** The shape of the mock's in-memory database, apart from the seed that fills it. */
export type MockCatalogue = 'default' | 'large';

/** An integration as the server stores it: with the key, which never leaves the backend. */
export interface StoredIntegration extends Omit<Integration, 'canManage'> {
  apiKey: string | null;
}

/** A reviewer's answers as the server stores them: their draft, or what they submitted (the assessment says which). */
export interface StoredFeedback {
  answers: FeedbackAnswers;
  updatedAt: string;
}

/** The whole in-memory database. Plain data, so `structuredClone` copies it. */
export interface MockDb {
  providers: Provider[];
  integrations: Record<string, StoredIntegration>;
  testsByProvider: Record<string, AssessmentTest[]>;
  reviewers: Reviewer[];
  scorecardTemplates: ScorecardTemplate[];
  plans: Record<string, InterviewPlan>;
  candidates: Candidate[];
  assessments: Assessment[];
  /** Reviewer answers by assessment id, then reviewer id. Each reviewer's state is the assessment's `feedback`. */
  feedback: Record<string, Record<string, StoredFeedback>>;
  /** Keys the vendors revoked: they no longer verify. */
  revokedApiKeys: string[];
}

