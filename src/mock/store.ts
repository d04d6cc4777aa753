import { AssessmentBackendError } from '../backend/errors';
import type { AssessmentChangeListener } from '../backend/types';
import type { Assessment, IntegrationState, Provider } from '../domain';
import { MOCK_VALID_API_KEY } from './api-keys';
import { disconnectedIntegrationFields } from './builders';
import { createPrng } from './prng';
import type { Prng } from './prng';
import { createSeed, MOCK_CURRENT_USER, MOCK_NOW, webhookUrlFor } from './seed';
import type { MockCatalogue, MockDb, StoredIntegration } from './db';

/** The options that shape the seeded data; `reset()` may override them for one story or test. */
export interface MockSeedOptions {
  /** `large`: 10,000 tests per provider and 2,000 reviewers, for paging and search at scale. */
  catalogue?: MockCatalogue;
  /** Whether the signed-in user may connect, replace keys and disconnect (default true). */
  canManageIntegrations?: boolean;
  /**
   * Start an integration in another state than the seed's (codeinterview not_connected, skillforge connected,
   * devscreen needs_attention), e.g. `{ codeinterview: 'connected' }` for a send story.
   */
  integrationStates?: Partial<Record<string, IntegrationState>>;
  /**
   * Who is signed in, as a reviewer id (`rev-1` is Maya Goldberg): reviewer feedback is read, saved and submitted
   * as them. Default null: the signed-in user (Dana Ruiz, a recruiter) reviews nothing and sees the hiring team's
   * view. `mock.signInAs(id)` switches later, as another person in another browser would.
   */
  currentUserId?: string | null;
  /** A setting of the backend: reviewers see others' submitted feedback before submitting their own (default false). */
  showFeedbackBeforeSubmit?: boolean;
  /** A setting of the backend: people who are not reviewers (the hiring team) see submitted answers (default true). */
  showFeedbackToNonReviewers?: boolean;
}

/** The backend's reviewer-feedback settings (see `MockSeedOptions`). */
export interface FeedbackSettings {
  showBeforeSubmit: boolean;
  showToNonReviewers: boolean;
}

interface IdempotencyRecord {
  fingerprint: string;
  result: unknown;
}

/**
 * The state the mock backend and the vendor simulator share: the database, the clock, change listeners and
 * idempotency records. Listeners survive `reset()` (they belong to mounted UI, not to the data).
 */
export interface MockStore {
  readonly db: MockDb;
  readonly prng: Prng;
  readonly canManageIntegrations: boolean;
  readonly idempotency: Map<string, IdempotencyRecord>;
  /** The signed-in user as a reviewer id, or null (see `MockSeedOptions.currentUserId`). */
  readonly currentUserId: string | null;
  signInAs(userId: string | null): void;
  readonly feedbackSettings: FeedbackSettings;
  /** The current time as an ISO string. */
  now(): string;
  reset(overrides?: MockSeedOptions): void;
  provider(providerId: string): Provider;
  integration(providerId: string): StoredIntegration;
  assessment(assessmentId: string): Assessment;
  /** Records a change: the assessment gets the next `revision`, then the candidate's subscribers hear about it. */
  notify(assessment: Assessment): void;
  subscribe(candidateId: string, listener: AssessmentChangeListener): () => void;
}

export function createMockStore(options: MockSeedOptions & { now?: () => Date } = {}): MockStore {
  const clock = options.now ?? (() => new Date(MOCK_NOW));
  const listeners = new Map<string, Set<AssessmentChangeListener>>();
  let db: MockDb;
  let prng: Prng;
  let canManage: boolean;
  let currentUserId: string | null;
  let feedbackSettings: FeedbackSettings;
  const idempotency = new Map<string, IdempotencyRecord>();

  const store: MockStore = {
    get db() {
      return db;
    },
    get prng() {
      return prng;
    },
    get canManageIntegrations() {
      return canManage;
    },
    idempotency,
    get currentUserId() {
      return currentUserId;
    },
    signInAs(userId) {
      currentUserId = userId;
    },
    get feedbackSettings() {
      return feedbackSettings;
    },
    now: () => clock().toISOString(),
    reset(overrides = {}) {
      const seedOptions = { ...options, ...overrides };
      db = createSeed({ catalogue: seedOptions.catalogue ?? 'default' });
      prng = createPrng(7);
      canManage = seedOptions.canManageIntegrations ?? true;
      currentUserId = seedOptions.currentUserId ?? null;
      feedbackSettings = {
        showBeforeSubmit: seedOptions.showFeedbackBeforeSubmit ?? false,
        showToNonReviewers: seedOptions.showFeedbackToNonReviewers ?? true,
      };
      idempotency.clear();
      for (const [providerId, state] of Object.entries(seedOptions.integrationStates ?? {})) {
        if (state) forceIntegrationState(store, providerId, state);
      }
    },
    provider(providerId) {
      const provider = db.providers.find((p) => p.id === providerId);
      if (!provider) throw new AssessmentBackendError('not_found', `Unknown provider "${providerId}".`);
      return provider;
    },
    integration(providerId) {
      const integration = db.integrations[store.provider(providerId).id];
      if (!integration) throw new AssessmentBackendError('not_found', `No integration for "${providerId}".`);
      return integration;
    },
    assessment(assessmentId) {
      const assessment = db.assessments.find((a) => a.id === assessmentId);
      if (!assessment) throw new AssessmentBackendError('not_found', `Unknown assessment "${assessmentId}".`);
      return assessment;
    },
    notify(assessment) {
      assessment.revision += 1;
      for (const listener of [...(listeners.get(assessment.candidateId) ?? [])]) listener(structuredClone(assessment));
    },
    subscribe(candidateId, listener) {
      const set = listeners.get(candidateId) ?? new Set();
      set.add(listener);
      listeners.set(candidateId, set);
      return () => {
        set.delete(listener);
      };
    },
  };
  store.reset();
  return store;
}

/** Puts an integration straight into a state, as if it had got there through the UI and the vendor. */
function forceIntegrationState(store: MockStore, providerId: string, state: IntegrationState): void {
  const integration = store.integration(providerId);
  const provider = store.provider(providerId);
  if (state === 'not_connected') {
    Object.assign(integration, disconnectedIntegrationFields);
    return;
  }
  if (integration.state === 'not_connected') {
    Object.assign(integration, {
      apiKey: MOCK_VALID_API_KEY,
      apiKeySuffix: MOCK_VALID_API_KEY.slice(-4),
      webhookUrl: webhookUrlFor(providerId, store.prng.hex(32)),
      connectedAt: store.now(),
      connectedBy: MOCK_CURRENT_USER,
    });
  }
  integration.state = state;
  integration.attentionReason = state === 'needs_attention' ? `The API key was revoked in ${provider.name}.` : null;
  if (state === 'connected') {
    // A connected integration's key verifies again.
    store.db.revokedApiKeys = store.db.revokedApiKeys.filter((key) => key !== integration.apiKey);
  } else if (integration.apiKey) {
    store.db.revokedApiKeys.push(integration.apiKey);
  }
}
