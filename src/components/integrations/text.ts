import type { IntegrationState } from '../../domain/integration';

/**
 * Every string the Assessments integrations view, the Manage dialog and the Disconnect confirmation show or speak.
 * Override any part through the provider's `text.integrations` or a component's `text` prop. Functions receive the
 * provider's name or values already formatted for the locale ("3 hours ago", "2 Nov 2025").
 */
export interface IntegrationsText {
  /** The section's heading and the sentence under it. */
  heading: string;
  description: string;
  /** Read (visually hidden) in place of the list while it loads. */
  loading: string;
  /** Read in place of one card's state while it loads. */
  loadingCard: (providerName: string) => string;
  /** The list itself could not be loaded; the message under it comes from the common error text. */
  loadError: string;
  /** One card's status could not be loaded. */
  cardError: string;
  retry: string;
  /** Accessible name of a card's retry button. */
  retryCardLabel: (providerName: string) => string;
  empty: { title: string; description: string };
  /** Shown once above the list to users who can see but not change integrations. */
  readOnlyNotice: string;
  /** Under a needs-attention card for users who can't fix it. */
  readOnlyAttention: string;
  /** The word beside the icon, by integration state. */
  states: Record<IntegrationState, string>;
  /** What a screen reader hears for the state pill. */
  stateLabel: (state: string) => string;
  /** The key shown only as its last characters. */
  maskedKey: (suffix: string) => string;
  /** Spoken instead of the dots. */
  maskedKeyLabel: (suffix: string) => string;
  apiKey: string;
  lastWebhook: string;
  /** `relative` is "3 hours ago", "yesterday". */
  lastWebhookAgo: (relative: string) => string;
  noEvents: string;
  /** Why a connection needs attention when the backend gave no reason of its own. */
  attentionFallback: string;
  /** What happens until it is fixed. */
  attentionConsequence: (providerName: string) => string;
  /**
   * A connected integration whose webhook has never delivered (the admin closed the dialog before pasting the URL
   * into the vendor): statuses won't update by themselves until it is added. Shown on its card and in Manage.
   */
  finishSetup: {
    title: string;
    description: (providerName: string) => string;
    /** For users who can't manage integrations. */
    readOnly: string;
    /** The card's button that opens Manage at the webhook URL: the visible word, and its accessible name. */
    action: string;
    actionLabel: (providerName: string) => string;
    /** Said when the first event arrives while Manage is open. */
    received: (providerName: string) => string;
  };
  /** Card buttons: the visible word, and the accessible name that adds the provider (it starts with the visible word). */
  actions: {
    enable: string;
    enableLabel: (providerName: string) => string;
    manage: string;
    manageLabel: (providerName: string) => string;
    replaceKey: string;
    replaceKeyLabel: (providerName: string) => string;
  };
  /** The Manage dialog. */
  manage: {
    title: (providerName: string) => string;
    /** The title while the provider's name is still loading. */
    untitled: string;
    description: (providerName: string) => string;
    loading: string;
    loadError: string;
    notConnected: (providerName: string) => string;
    detailsHeading: string;
    status: string;
    apiKey: string;
    connectedBy: string;
    connectedAt: string;
    lastWebhook: string;
    noEvents: string;
    /** `relative` is "3 hours ago", "yesterday". */
    lastWebhookValue: (relative: string) => string;
    unknown: string;
    webhookHeading: string;
    webhookIntro: (providerName: string) => string;
    replaceHeading: string;
    replaceDescription: string;
    replaceButton: string;
    /** A new webhook URL, for one that got out (only where the backend can make one). */
    rotateHeading: string;
    rotateDescription: (providerName: string) => string;
    rotateButton: string;
    /** Above the webhook URL once a new one was made. */
    rotated: (providerName: string) => string;
    disconnectHeading: string;
    disconnectDescription: (providerName: string) => string;
    disconnectButton: string;
    done: string;
  };
  /** The confirmation before making a new webhook URL. */
  rotate: {
    title: (providerName: string) => string;
    description: (providerName: string) => string;
    cancel: string;
    confirm: string;
    errorTitle: string;
    /** Said when the request starts. */
    pending: string;
    /** Said once the backend made it; the new URL shows in the webhook section. */
    done: (providerName: string) => string;
  };
  /** The confirmation before disconnecting. */
  disconnect: {
    title: (providerName: string) => string;
    description: (providerName: string) => string;
    cancel: string;
    confirm: (providerName: string) => string;
    errorTitle: string;
    /** Said when the request starts (the button shows a spinner). */
    pending: (providerName: string) => string;
    /** Said once the backend confirmed; focus then moves to the card's Enable button, or back to the trigger. */
    done: (providerName: string) => string;
  };
}

declare module '../../data/text' {
  interface KitTextRegistry {
    integrations: IntegrationsText;
  }
}

/** English defaults. */
export const integrationsText: IntegrationsText = {
  heading: 'Assessments',
  description: 'Connect coding-assessment vendors so recruiters can send tests and follow results on candidate profiles.',
  loading: 'Loading integrations',
  loadingCard: (providerName: string) => `Loading the ${providerName} connection`,
  loadError: 'Couldn’t load assessment integrations',
  cardError: 'Couldn’t load the connection status.',
  retry: 'Try again',
  retryCardLabel: (providerName: string) => `Try again to load ${providerName}`,

  empty: {
    title: 'No assessment vendors yet',
    description: 'Vendors your account can use will appear here. Contact support to add one.',
  },
  readOnlyNotice: 'Only admins can connect or change assessment integrations. Ask an admin if something needs to change.',
  readOnlyAttention: 'An admin needs to replace the API key.',
  states: {
    not_connected: 'Not connected',
    connected: 'Connected',
    needs_attention: 'Needs attention',
  },
  stateLabel: (state: string) => `Status: ${state}`,
  maskedKey: (suffix: string) => `•••• ${suffix}`,
  maskedKeyLabel: (suffix: string) => `ending in ${suffix}`,
  apiKey: 'API key',
  lastWebhook: 'Last event',
  lastWebhookAgo: (relative: string) => relative,
  noEvents: 'No events received yet',
  attentionFallback: 'The connection stopped working.',
  attentionConsequence: (providerName: string) =>
    `Recruiters can’t send ${providerName} assessments until the API key is replaced.`,
  finishSetup: {
    title: 'Finish setup: add the webhook URL',
    description: (providerName: string) =>
      `${providerName} hasn’t sent any events yet, so candidate statuses won’t update by themselves. Add the webhook URL in ${providerName}.`,
    readOnly: 'An admin needs to add the webhook URL.',
    action: 'Finish setup',
    actionLabel: (providerName: string) => `Finish setup for ${providerName}`,
    received: (providerName: string) => `Webhook received: ${providerName} can reach your ATS.`,
  },
  actions: {
    enable: 'Enable integration',
    enableLabel: (providerName: string) => `Enable integration for ${providerName}`,
    manage: 'Manage',
    manageLabel: (providerName: string) => `Manage ${providerName}`,
    replaceKey: 'Replace API key',
    replaceKeyLabel: (providerName: string) => `Replace API key for ${providerName}`,
  },
  manage: {
    title: (providerName: string) => `Manage ${providerName}`,
    untitled: 'Manage integration',
    description: (providerName: string) => `Connection details and webhook setup for ${providerName}.`,
    loading: 'Loading connection details',
    loadError: 'Couldn’t load the connection details.',
    notConnected: (providerName: string) => `${providerName} is not connected.`,
    detailsHeading: 'Connection',
    status: 'Status',
    apiKey: 'API key',
    connectedBy: 'Connected by',
    connectedAt: 'Connected on',
    lastWebhook: 'Last webhook event',
    noEvents: 'No events received yet',
    lastWebhookValue: (relative: string) => relative,
    unknown: 'Unknown',
    webhookHeading: 'Webhook',
    webhookIntro: (providerName: string) =>
      `${providerName} sends assessment updates to this URL. If it isn’t set up yet, add it in ${providerName}:`,
    replaceHeading: 'Replace the API key',
    replaceDescription: 'Use this when the key was rotated or revoked. The current key keeps working until the new one is verified.',
    replaceButton: 'Replace API key',
    rotateHeading: 'New webhook URL',
    rotateDescription: (providerName: string) =>
      `If the URL got out, make a new one. The current URL stops working at once, so paste the new one into ${providerName} straight after.`,
    rotateButton: 'Make a new URL',
    rotated: (providerName: string) => `This is the new URL. Paste it into ${providerName} now: the old one no longer works.`,
    disconnectHeading: 'Disconnect',
    disconnectDescription: (providerName: string) =>
      `Stop syncing with ${providerName}. Assessments already sent stay on candidates’ profiles.`,
    disconnectButton: 'Disconnect',
    done: 'Done',
  },
  rotate: {
    title: (providerName: string) => `Replace ${providerName}’s webhook URL?`,
    description: (providerName: string) =>
      `The current URL stops working now. ${providerName}’s updates are refused until you paste the new URL into its webhook settings.`,
    cancel: 'Keep the current URL',
    confirm: 'Make a new URL',
    errorTitle: 'No new URL was made',
    pending: 'Making a new webhook URL…',
    done: (providerName: string) => `New webhook URL made. Paste it into ${providerName}.`,
  },
  disconnect: {
    title: (providerName: string) => `Disconnect ${providerName}?`,
    description: (providerName: string) =>
      `Assessments already sent stay on candidates’ profiles but will stop updating. Recruiters can’t send new ${providerName} assessments until you reconnect.`,
    cancel: 'Cancel',
    confirm: (providerName: string) => `Disconnect ${providerName}`,
    errorTitle: 'Couldn’t disconnect',
    pending: (providerName: string) => `Disconnecting ${providerName}…`,
    done: (providerName: string) => `${providerName} is disconnected. Status: Not connected.`,
  },
};
