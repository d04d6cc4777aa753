import type { Resolver, ResolverResult } from 'react-hook-form';

export interface ApiKeyFormValues {
  apiKey: string;
}

export interface ApiKeyFormMessages {
  /** Shown when the field is empty (or only spaces). */
  required: string;
}

/**
 * The API key form's one rule. The key is trimmed before it is checked and submitted: keys copied from a vendor's
 * page often carry a stray space or newline. Plain code, not a zod schema: the admin's integrations page has no
 * other schema, and zod would add about 10 kB gzip to it.
 */
export function apiKeyResolver(messages: ApiKeyFormMessages): Resolver<ApiKeyFormValues> {
  return ({ apiKey }): ResolverResult<ApiKeyFormValues> => {
    const trimmed = typeof apiKey === 'string' ? apiKey.trim() : '';
    if (trimmed) return { values: { apiKey: trimmed }, errors: {} };
    return { values: {}, errors: { apiKey: { type: 'required', message: messages.required } } };
  };
}
