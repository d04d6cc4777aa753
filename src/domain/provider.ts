import * as z from 'zod/mini';
import { id, safeUrl } from './common';

/**
 * An assessment vendor. Everything the UI says about a vendor (its name, logo, where to find the key and
 * where to paste the webhook) is data, so a second vendor needs no code.
 */
export const providerSchema = z.object({
  id,
  name: z.string().check(z.minLength(1)),
  description: z.string(),
  /** http(s) or null; the UI falls back to the provider's initials. */
  logoUrl: safeUrl,
  /** Plain-language steps to find the API key in the vendor's app, e.g. ["Open CodeInterview", "Profile icon > Integrations"]. */
  apiKeySteps: z.array(z.string()),
  /** Numbered steps for pasting the generated webhook URL into the vendor. */
  webhookSteps: z.array(z.string()),
  /** Vendor documentation, rendered as a link only when http(s). */
  docsUrl: safeUrl,
  /** True when the vendor signs webhooks and the backend returns a signing secret once on connect. */
  signsWebhooks: z.boolean(),
  /**
   * How long an invitation link stays open: `defaultDays` when the recruiter picks nothing, and the most the vendor
   * allows. Absent means 7 and 30 days.
   */
  linkLifetime: z._default(
    z.object({
      defaultDays: z.number().check(z.int(), z.positive()),
      maxDays: z.number().check(z.int(), z.positive()),
    }),
    { defaultDays: 7, maxDays: 30 },
  ),
  /**
   * What the vendor offers besides take-home tests. `liveInterviews`: live coding pads (CodeInterview's
   * `POST /1/pads/new`); only such vendors are offered for Schedule live interview. Absent reads as none.
   */
  capabilities: z._default(z.object({ liveInterviews: z._default(z.boolean(), false) }), { liveInterviews: false }),
});
export type Provider = z.infer<typeof providerSchema>;

export const providerListSchema = z.object({ providers: z.array(providerSchema) });
