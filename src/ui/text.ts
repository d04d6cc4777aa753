import type { BackendErrorCode } from '../backend/errors';

/** Strings shared by every feature; override them at the provider or per component (`text.common`). */
export interface CommonText {
  close: string;
  cancel: string;
  retry: string;
  loading: string;
  copy: string;
  copied: string;
  copyFailed: string;
  /** Error messages by backend error code; the UI adds the next step. */
  errors: { [Code in Exclude<BackendErrorCode, 'rate_limited'>]: string } & {
    rate_limited: (retryAfterSeconds: number | null) => string;
    /** Anything that is not an `AssessmentBackendError`. */
    unknown: string;
  };
}

declare module '../data/text' {
  interface KitTextRegistry {
    common: CommonText;
  }
}

/** English defaults. */
export const commonText: CommonText = {
  close: 'Close',
  cancel: 'Cancel',
  retry: 'Try again',
  loading: 'Loading…',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed. The text is selected: press Ctrl+C (⌘C on Mac) to copy it.',
  errors: {
    invalid_api_key: 'That API key was not accepted.',
    unauthorized: 'Your session has expired. Sign in again and retry.',
    forbidden: 'You don’t have permission to do this. Ask an admin.',
    not_found: 'This item no longer exists. Reload to see the latest.',
    conflict: 'Someone else changed this in the meantime. Reload to see the latest.',
    validation: 'Some details need fixing.',
    rate_limited: (retryAfterSeconds) =>
      retryAfterSeconds === null
        ? 'Too many attempts. Wait a moment and try again.'
        : `Too many attempts. Try again in ${retryAfterSeconds} ${retryAfterSeconds === 1 ? 'second' : 'seconds'}.`,
    network: 'We couldn’t reach the server. Check your connection and try again.',
    server: 'Something went wrong on our side. Try again in a moment.',
    bad_response: 'The server sent an answer we couldn’t read. Try again, or contact support if it keeps happening.',
    unknown: 'Something went wrong. Try again.',
  },
};
