import type { AssessmentBackend, RequestOptions, WriteOptions } from '../backend/types';
import type { Assessment } from '../domain';
import { cancelAssessment, candidateFor, listCandidateAssessments, parseSendInput, resendAssessment, sendAssessment } from './assessments';
import { getReviewers, listReviewers, listTests } from './catalogue';
import { feedbackView, writeFeedback } from './feedback';
import { createHostSimulator } from './host-simulator';
import type { HostSimulator } from './host-simulator';
import { connectIntegration, disconnectIntegration, integrationView, replaceApiKey, rotateWebhookUrl } from './integrations';
import { createLiveInterview, parseLiveInterviewInput, sendInterviewLink } from './live-interviews';
import { getInterviewPlan, saveInterviewPlan } from './plans';
import { idempotent, simulateCall } from './requests';
import { createMockStore } from './store';
import type { MockSeedOptions } from './store';
import { createVendorSimulator } from './vendor-simulator';
import type { VendorSimulator } from './vendor-simulator';

/**
 * The mock backend: every method of `AssessmentBackend` over an in-memory store, with the rules a real backend
 * enforces. This file only wires each call through the network's behaviour (`simulateCall`) and the idempotency
 * rule; what each operation does lives in the file for its resource (assessments, live-interviews, integrations,
 * catalogue, plans, feedback).
 */

export interface MockBackendOptions extends MockSeedOptions {
  /** The clock; defaults to the fixed MOCK_NOW so stories never drift. */
  now?: () => Date;
  /** Artificial delay per call (abortable), to show loading states without MSW. */
  latencyMs?: number;
}

/** A mock backend and the levers around it. */
export interface MockBackend {
  /** Every method of the interface, with the rules a real backend enforces. `subscribe` is always there. */
  backend: AssessmentBackend & Required<Pick<AssessmentBackend, 'subscribe' | 'rotateWebhookUrl'>>;
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

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const store = createMockStore(options);
  let latencyMs = options.latencyMs ?? 0;

  const read = <T>(o: RequestOptions | undefined, work: () => T) => simulateCall(latencyMs, o, work);
  /** A write under the idempotency rule, keyed by the operation's name and `input` (path ids and body). */
  const write = <T>(operation: string, o: WriteOptions, input: unknown, work: () => T) =>
    simulateCall(latencyMs, o, () => idempotent(store, operation, o, input, work));

  const backend: MockBackend['backend'] = {
    listProviders: (o) => read(o, () => store.db.providers),
    getIntegration: (providerId, o) => read(o, () => integrationView(store, store.integration(providerId))),
    connectIntegration: (input, o) => write('connectIntegration', o, input, () => connectIntegration(store, input)),
    replaceApiKey: (input, o) => write('replaceApiKey', o, input, () => replaceApiKey(store, input)),
    disconnectIntegration: (providerId, o) => write('disconnectIntegration', o, providerId, () => disconnectIntegration(store, providerId)),
    rotateWebhookUrl: (providerId, o) => write('rotateWebhookUrl', o, providerId, () => rotateWebhookUrl(store, providerId)),

    listTests: (params, o) => read(o, () => listTests(store, params)),
    listReviewers: (params, o) => read(o, () => listReviewers(store, params)),
    getReviewers: (ids, o) => read(o, () => getReviewers(store, ids)),
    listScorecardTemplates: (o) => read(o, () => store.db.scorecardTemplates),

    getInterviewPlan: (jobId, o) => read(o, () => getInterviewPlan(store, jobId)),
    saveInterviewPlan: (input, o) => write('saveInterviewPlan', o, input, () => saveInterviewPlan(store, input)),

    getCandidate: (candidateId, o) => read(o, () => candidateFor(store, candidateId)),
    listCandidateAssessments: (candidateId, o) => read(o, () => listCandidateAssessments(store, candidateId)),
    // The input is parsed before the idempotency rule sees it: missing and null fields are the same request.
    sendAssessment: (rawInput, o) =>
      simulateCall(latencyMs, o, () => {
        const input = parseSendInput(rawInput);
        return idempotent(store, 'sendAssessment', o, input, () => sendAssessment(store, input));
      }),
    resendAssessment: (assessmentId, o) => write('resendAssessment', o, assessmentId, () => resendAssessment(store, assessmentId)),
    cancelAssessment: (input, o) => {
      const cancel = { assessmentId: input.assessmentId, reason: input.reason ?? null };
      return write('cancelAssessment', o, cancel, () => cancelAssessment(store, cancel));
    },

    createLiveInterview: (rawInput, o) =>
      simulateCall(latencyMs, o, () => {
        const input = parseLiveInterviewInput(rawInput);
        return idempotent(store, 'createLiveInterview', o, input, () => createLiveInterview(store, input));
      }),
    sendInterviewLink: (assessmentId, o) => write('sendInterviewLink', o, assessmentId, () => sendInterviewLink(store, assessmentId)),

    getAssessmentFeedback: (assessmentId, o) => read(o, () => feedbackView(store, store.assessment(assessmentId))),
    saveFeedbackDraft: ({ assessmentId, answers }, o) =>
      write('saveFeedbackDraft', o, { assessmentId, answers }, () => writeFeedback(store, assessmentId, answers, { final: false })),
    submitFeedback: ({ assessmentId, answers }, o) =>
      write('submitFeedback', o, { assessmentId, answers }, () => writeFeedback(store, assessmentId, answers, { final: true })),

    subscribe: (candidateId, onChange) => store.subscribe(candidateId, onChange),
  };

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
