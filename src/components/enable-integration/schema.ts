import * as z from 'zod/mini';

export interface ApiKeyFormMessages {
  /** Shown when the field is empty (or only spaces). */
  required: string;
}

/**
 * The API key form, built from the (possibly translated) messages. The key is trimmed before it is checked and
 * submitted: keys copied from a vendor's page often carry a stray space or newline.
 */
export function createApiKeyFormSchema(messages: ApiKeyFormMessages) {
  return z.object({
    apiKey: z.string().check(z.trim(), z.minLength(1, messages.required)),
  });
}

export type ApiKeyFormValues = z.output<ReturnType<typeof createApiKeyFormSchema>>;
