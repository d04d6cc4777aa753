import type { IntegrationState } from '../../domain/integration';

/**
 * Every string the Assessments integrations view, the Manage dialog and the Disconnect confirmation show or speak.
 * English defaults; override any part through the provider's `text.integrations` or a component's `text` prop.
 * Functions receive the provider's name or values already formatted for the locale ("3 hours ago", "2 Nov 2025").
 */
export const integrationsText = {
  /** The section's heading and the sentence under it. */
  heading: 'Assessments',
  description: 'Connect coding-assessment vendors so recruiters can send tests and follow results on candidate profiles.',

  /** Announced (and visually hidden) while the list loads. */
  loading: 'Loading integrations',
  /** Announced while one card's connection status loads. */
  loadingCard: (providerName: string) => `Loading the ${providerName} connection`,

  /** The list itself could not be loaded; the message under it comes from the common error text. */
  loadError: 'Couldn’t load assessment integrations',
  /** One card's status could not be loaded. */
  cardError: 'Couldn’t load the connection status.',
  retry: 'Try again',
  /** Accessible name of a card's retry button. */
  retryCardLabel: (providerName: string) => `Try again to load ${providerName}`,

  empty: {
    title: 'No assessment vendors yet',
    description: 'Vendors your account can use will appear here. Contact support to add one.',
  },

  /** Shown once above the list to users who can see but not change integrations. */
  readOnlyNotice: 'Only admins can connect or change assessment integrations. Ask an admin if something needs to change.',
  /** Under a needs-attention card for users who can't fix it. */
  readOnlyAttention: 'An admin needs to replace the API key.',

  /** The word beside the icon, by integration state. */
  states: {
    not_connected: 'Not connected',
    connected: 'Connected',
    needs_attention: 'Needs attention',
  } satisfies Record<IntegrationState, string>,
  /** What a screen reader hears for the state pill. */
  stateLabel: (state: string) => `Status: ${state}`,

  /** The key shown only as its last characters. */
  maskedKey: (suffix: string) => `•••• ${suffix}`,
  /** Spoken instead of the dots. */
  maskedKeyLabel: (suffix: string) => `ending in ${suffix}`,
  apiKey: 'API key',
  lastWebhook: 'Last event',
  /** `relative` is "3 hours ago", "yesterday". */
  lastWebhookAgo: (relative: string) => relative,
  noEvents: 'No events received yet',

  /** Why a connection needs attention when the backend gave no reason of its own. */
  attentionFallback: 'The connection stopped working.',
  /** What happens until it is fixed. */
  attentionConsequence: (providerName: string) =>
    `Recruiters can’t send ${providerName} assessments until the API key is replaced.`,

  /** Card buttons: the visible word, and the accessible name that adds the provider (it starts with the visible word). */
  actions: {
    enable: 'Enable integration',
    enableLabel: (providerName: string) => `Enable integration for ${providerName}`,
    manage: 'Manage',
    manageLabel: (providerName: string) => `Manage ${providerName}`,
    replaceKey: 'Replace API key',
    replaceKeyLabel: (providerName: string) => `Replace API key for ${providerName}`,
  },

  /** The Manage dialog. */
  manage: {
    title: (providerName: string) => `Manage ${providerName}`,
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
    /** `relative` is "3 hours ago", "yesterday". */
    lastWebhookValue: (relative: string) => relative,
    unknown: 'Unknown',
    webhookHeading: 'Webhook',
    webhookIntro: (providerName: string) =>
      `${providerName} sends assessment updates to this URL. If it isn’t set up yet, add it in ${providerName}:`,
    replaceHeading: 'Replace the API key',
    replaceDescription: 'Use this when the key was rotated or revoked. The current key keeps working until the new one is verified.',
    replaceButton: 'Replace API key',
    disconnectHeading: 'Disconnect',
    disconnectDescription: (providerName: string) =>
      `Stop syncing with ${providerName}. Assessments already sent stay on candidates’ profiles.`,
    disconnectButton: 'Disconnect',
    done: 'Done',
  },

  /** The confirmation before disconnecting. */
  disconnect: {
    title: (providerName: string) => `Disconnect ${providerName}?`,
    description: (providerName: string) =>
      `Assessments already sent stay on candidates’ profiles but will stop updating. Recruiters can’t send new ${providerName} assessments until you reconnect.`,
    cancel: 'Cancel',
    confirm: (providerName: string) => `Disconnect ${providerName}`,
    errorTitle: 'Couldn’t disconnect',
    retry: 'Try again',
  },
};

export type IntegrationsText = typeof integrationsText;
