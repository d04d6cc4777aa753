import type { Assessment } from '../domain';
import { blankAssessment } from '../domain/blank-assessment';
import type { StoredIntegration } from './db';

/**
 * A valid assessment with nothing happened yet; callers override what matters to them. Exported so
 * embedders' stories and tests can build one without listing every field.
 */
export function buildAssessment(overrides: Partial<Assessment> & Pick<Assessment, 'id' | 'candidateId'>): Assessment {
  return blankAssessment({
    providerId: 'codeinterview',
    testId: 'ci-test-1',
    testTitle: 'Frontend take-home (React)',
    status: 'sent',
    ...overrides,
  });
}

/** The fields of an integration that nothing is connected to: no key, no webhook, no history. */
export const disconnectedIntegrationFields = {
  state: 'not_connected',
  apiKey: null,
  apiKeySuffix: null,
  webhookUrl: null,
  connectedAt: null,
  connectedBy: null,
  lastWebhookAt: null,
  attentionReason: null,
} as const satisfies Omit<StoredIntegration, 'providerId'>;
