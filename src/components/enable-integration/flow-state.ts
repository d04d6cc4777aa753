import type { Integration } from '../../domain';

export type EnableIntegrationMode = 'connect' | 'replace';
export type EnableIntegrationStep = 'apiKey' | 'webhook' | 'done';
export const connectSteps: readonly EnableIntegrationStep[] = ['apiKey', 'webhook', 'done'];
/** A new key leaves the webhook URL as it was: nothing to do there, unless the vendor sent a new signing secret. */
export const replaceSteps: readonly EnableIntegrationStep[] = ['apiKey', 'done'];

/**
 * A failure of the verification request that is not about the field itself:
 * - `retryable`: network, server, unreadable answer, a session that expired: the same key can be sent again.
 * - `rate_limited`: the vendor is throttling; `retryAfterSeconds` says when to try again (`retryAt`, ms since epoch).
 * - `not_allowed`: forbidden: retrying will not help.
 * - `conflict`: the integration changed meanwhile (e.g. connected in another tab).
 */
export type EnableIntegrationFormError =
  | { kind: 'retryable'; error: unknown }
  | { kind: 'rate_limited'; retryAfterSeconds: number | null; retryAt: number | null }
  | { kind: 'not_allowed'; error: unknown }
  | { kind: 'conflict'; error: unknown };

export interface FlowState {
  step: EnableIntegrationStep;
  /** Whether this run goes through the webhook step (always when connecting; when replacing, only for a new secret). */
  withWebhookStep: boolean;
  /** The integration as verification returned it. */
  verified: Integration | null;
  /** `lastWebhookAt` at verification: a later value means a new event arrived. */
  baselineLastWebhookAt: string | null;
  /** Shown once; dropped when the dialog closes. Never cached. */
  signingSecret: string | null;
  secretSaved: boolean;
  /** The user tried to continue without confirming the secret. */
  secretConfirmMissing: boolean;
  formError: EnableIntegrationFormError | null;
}

export type FlowAction =
  | { type: 'verified'; integration: Integration; signingSecret: string | null; mode: EnableIntegrationMode }
  | { type: 'formError'; error: EnableIntegrationFormError | null }
  | { type: 'secretSaved'; saved: boolean }
  | { type: 'secretConfirmMissing' }
  | { type: 'done' };

export const initialFlowState: FlowState = {
  step: 'apiKey',
  withWebhookStep: false,
  verified: null,
  baselineLastWebhookAt: null,
  signingSecret: null,
  secretSaved: false,
  secretConfirmMissing: false,
  formError: null,
};

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'verified': {
      const withWebhookStep = action.mode === 'connect' || action.signingSecret !== null;
      return {
        ...initialFlowState,
        step: withWebhookStep ? 'webhook' : 'done',
        withWebhookStep,
        verified: action.integration,
        baselineLastWebhookAt: action.integration.lastWebhookAt,
        signingSecret: action.signingSecret,
      };
    }
    case 'formError':
      return { ...state, formError: action.error };
    case 'secretSaved':
      return { ...state, secretSaved: action.saved, secretConfirmMissing: false };
    case 'secretConfirmMissing':
      return { ...state, secretConfirmMissing: true };
    case 'done':
      // The secret leaves memory with the step that showed it.
      return { ...state, step: 'done', signingSecret: null };
  }
}
