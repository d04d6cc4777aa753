/**
 * Every string `EnableIntegrationDialog` and `WebhookInstructions` show or speak. Override any part through the
 * provider's `text.enableIntegration` or the dialog's own `text` prop. `provider` is the vendor's display name from
 * the backend ("CodeInterview"), so nothing here assumes one vendor.
 */
export interface EnableIntegrationText {
  /** Dialog title, connect mode. */
  title: (provider: string) => string;
  /** Dialog title, replace mode (a connected integration gets a new key). */
  replaceTitle: (provider: string) => string;
  /** Title while the provider's details load. */
  loadingTitle: string;
  /** The provider id is not one the backend knows. */
  providerNotFound: string;
  cancel: string;
  /** Step progress, as text (not only colour); the current step is marked `aria-current="step"`. */
  progress: {
    label: string;
    steps: { apiKey: string; webhook: string; done: string };
    /** Spoken after a finished step's name. */
    completed: string;
  };
  apiKey: {
    /** The lead paragraph of step 1. */
    intro: (provider: string) => string;
    /** Replace mode; `suffix` is the last characters of the key in use, or null. */
    replaceIntro: (provider: string, suffix: string | null) => string;
    label: (provider: string) => string;
    /** Heading of the "where to find it" steps. */
    whereToFind: (provider: string) => string;
    /** Label of the show/hide toggle (a pressed toggle button: the label stays, aria-pressed tells the state). */
    show: string;
    /** Under the field. */
    privacyNote: string;
    /** Required-field message. */
    required: (provider: string) => string;
    /** The vendor rejected the key (inline, on the field, and said at once). */
    invalid: (provider: string) => string;
    /** Primary button, connect mode. */
    submit: (provider: string) => string;
    /** Primary button, replace mode. */
    replaceSubmit: string;
    /** Said when the check starts, and shown above the buttons while it runs. */
    verifying: (provider: string) => string;
  };
  /** Form-level failures of the verification request. The field keeps the key, so Retry sends it again. */
  errors: {
    rateLimitedTitle: (provider: string) => string;
    /**
     * `seconds` left of the server's Retry-After, or null when it gave none. Shown as a countdown; said when the
     * wait starts and on each Enter in the key field during it, never each second.
     */
    rateLimited: (seconds: number | null) => string;
    /** The Retry-After wait is over (shown, and said once). */
    rateLimitOver: string;
    failedTitle: string;
    /** Unauthorized or forbidden: retrying the same request will not help. */
    notAllowedTitle: string;
    alreadyConnectedTitle: string;
  };
  webhook: {
    /** Step 2 heading (focused after verification, so screen readers announce the new step). */
    heading: (provider: string) => string;
    /** Confirmation at the top of step 2, and said when it opens. `suffix` is the last characters of the verified key. */
    verified: (provider: string, suffix: string | null) => string;
    intro: (provider: string) => string;
    /** Replace mode, shown only when the vendor sent a new signing secret: the URL itself stays the same. */
    replaceIntro: (provider: string) => string;
    urlLabel: string;
    stepsHeading: (provider: string) => string;
    /** Spoken between the parts of a menu path in a step ("Settings > Webhooks"), shown as a chevron. */
    pathSeparator: string;
    docsLink: (provider: string) => string;
    /** Spoken after links that open a new tab. */
    opensInNewTab: string;
    /** Shown while the dialog checks for the vendor's first event. */
    waiting: string;
    waitingHint: (provider: string) => string;
    /** Shown, and said, when the first event arrives. */
    received: string;
    receivedHint: (provider: string) => string;
    /** The webhook URL is not available (the backend returned none). */
    noUrl: string;
    continue: string;
  };
  secret: {
    heading: string;
    label: string;
    hint: (provider: string) => string;
    confirm: string;
    /** Shown while the secret is unsaved: why Escape and the close button don't work. */
    closeBlocked: string;
    /** In the header where the × would be, while the secret is unsaved. */
    closeHeld: string;
    /** On an attempt to continue without ticking the box. */
    confirmRequired: string;
  };
  done: {
    heading: (provider: string) => string;
    replacedHeading: (provider: string) => string;
    keyLabel: string;
    /** `suffix` is the last characters of the key; null when the backend keeps none. */
    keyValue: (suffix: string | null) => string;
    webhookLabel: string;
    webhookReceived: string;
    webhookWaiting: string;
    next: (provider: string) => string;
    finish: string;
  };
}

declare module '../../data/text' {
  interface KitTextRegistry {
    enableIntegration: EnableIntegrationText;
  }
}

/** English defaults. */
export const enableIntegrationText: EnableIntegrationText = {
  title: (provider: string) => `Connect ${provider}`,
  replaceTitle: (provider: string) => `Replace ${provider} API key`,
  loadingTitle: 'Connect integration',
  providerNotFound: 'This integration is not available. Reload the page, or ask your admin which vendors are set up.',
  cancel: 'Cancel',
  progress: {
    label: 'Setup progress',
    steps: {
      apiKey: 'API key',
      webhook: 'Webhook',
      done: 'Done',
    },
    completed: 'completed',
  },

  apiKey: {
    intro: (provider: string) =>
      `Paste the API key from your ${provider} account. We check it with ${provider} before saving it.`,
    replaceIntro: (provider: string, suffix: string | null) =>
      `Paste a new ${provider} API key. The current key${suffix ? ` ending in ${suffix}` : ''} keeps working until the new one is verified.`,
    label: (provider: string) => `${provider} API key`,
    whereToFind: (provider: string) => `Where to find it in ${provider}`,
    show: 'Show API key',
    privacyNote: 'Your key is sent over an encrypted connection and is never shown again after it is saved.',
    required: (provider: string) => `Enter your ${provider} API key.`,
    invalid: (provider: string) =>
      `${provider} didn’t accept this key. Check that you copied all of it, or create a new key in ${provider}.`,
    submit: (provider: string) => `Connect ${provider}`,
    replaceSubmit: 'Verify new key',
    verifying: (provider: string) => `Checking the key with ${provider}…`,
  },
  errors: {
    rateLimitedTitle: (provider: string) => `${provider} is limiting key checks`,
    rateLimited: (seconds: number | null) =>
      seconds === null
        ? 'Too many attempts in a short time. Wait a moment, then try again.'
        : `Too many attempts in a short time. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
    rateLimitOver: 'You can try again now.',
    failedTitle: 'We couldn’t verify the key',
    notAllowedTitle: 'You can’t connect this integration',
    alreadyConnectedTitle: 'Already connected',
  },

  webhook: {
    heading: (provider: string) => `Add the webhook to ${provider}`,
    verified: (provider: string, suffix: string | null) =>
      `${provider} accepted the key${suffix ? ` ending in ${suffix}` : ''}.`,
    intro: (provider: string) =>
      `${provider} reports results to your ATS through this URL. Add it in ${provider} so candidate statuses update by themselves.`,
    replaceIntro: (provider: string) =>
      `Your webhook URL has not changed. If it is already in ${provider}, there is nothing to update.`,
    urlLabel: 'Webhook URL',
    stepsHeading: (provider: string) => `In ${provider}`,
    pathSeparator: ', then ',
    docsLink: (provider: string) => `${provider} webhook documentation`,
    opensInNewTab: '(opens in a new tab)',
    waiting: 'Waiting for the first webhook event…',
    waitingHint: (provider: string) =>
      `This updates by itself once ${provider} sends an event. You can continue and check later.`,
    received: 'Webhook received',
    receivedHint: (provider: string) => `${provider} can reach your ATS. Candidate statuses will update automatically.`,
    noUrl: 'The webhook URL isn’t available yet. Reload the page, or contact support if it stays missing.',
    continue: 'Continue',
  },

  secret: {
    heading: 'Signing secret',
    label: 'Signing secret',
    hint: (provider: string) =>
      `${provider} signs every webhook with this secret. Store it where your server verifies webhooks. It is shown only once.`,
    confirm: 'I have saved the signing secret',
    closeBlocked: 'Save the signing secret and tick the box before leaving: it can’t be shown again.',
    closeHeld: 'Closes once the secret is saved',
    confirmRequired: 'Tick the box once you have saved the secret.',
  },

  done: {
    heading: (provider: string) => `${provider} is connected`,
    replacedHeading: (provider: string) => `${provider} now uses the new key`,
    keyLabel: 'API key',
    keyValue: (suffix: string | null) => (suffix ? `Ending in ${suffix}` : 'Saved'),
    webhookLabel: 'Webhook',
    webhookReceived: 'Receiving events',
    webhookWaiting: 'No events yet',
    next: (provider: string) =>
      `Recruiters can now send ${provider} assessments from a candidate’s profile or an interview plan.`,
    finish: 'Finish',
  },
};
