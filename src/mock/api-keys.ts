import { AssessmentBackendError } from '../backend/errors';

/** Verifies with every mock vendor. */
export const MOCK_VALID_API_KEY = 'ci_live_4f9a2c7e1b8d5a3f';
/** Rejected by every mock vendor with `invalid_api_key`. */
export const MOCK_INVALID_API_KEY = 'invalid_key_0000';
/** A key the vendor once accepted and then revoked: rejected with `invalid_api_key`. */
export const MOCK_REVOKED_API_KEY = 'revoked_7c1e5b9a3d2f';
/** Makes the vendor answer `rate_limited` (retry after 30 s). */
export const MOCK_RATE_LIMITED_API_KEY = 'rate_limited_5e8b2a7c';
export const MOCK_RATE_LIMIT_RETRY_AFTER_SECONDS = 30;

/**
 * What the mock vendors accept: at least 12 non-space characters, not starting with "invalid" or "revoked",
 * and not revoked since (`revokedKeys`). Throws the error a real backend would report.
 */
export function verifyVendorApiKey(providerName: string, apiKey: string, revokedKeys: readonly string[]): void {
  const key = apiKey.trim();
  if (key === '') {
    throw new AssessmentBackendError('validation', 'An API key is required.', {
      fieldErrors: { apiKey: 'Enter an API key.' },
    });
  }
  if (key === MOCK_RATE_LIMITED_API_KEY) {
    throw new AssessmentBackendError('rate_limited', `${providerName} is rate limiting key checks.`, {
      retryAfterSeconds: MOCK_RATE_LIMIT_RETRY_AFTER_SECONDS,
    });
  }
  const lower = key.toLowerCase();
  const accepted =
    /^\S{12,}$/.test(key) && !lower.startsWith('invalid') && !lower.startsWith('revoked') && !revokedKeys.includes(key);
  if (!accepted) {
    throw new AssessmentBackendError('invalid_api_key', `${providerName} did not accept the API key.`, {
      fieldErrors: { apiKey: `This key was not accepted by ${providerName}.` },
    });
  }
}
