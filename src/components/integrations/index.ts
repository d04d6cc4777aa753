export { integrationsText, type IntegrationsText } from './text';
export { IntegrationCard, IntegrationCardSkeleton, type HeadingLevel, type IntegrationCardProps } from './IntegrationCard';
export { IntegrationDetails } from './IntegrationDetails';
export { DisconnectConfirm, type DisconnectConfirmProps } from './DisconnectConfirm';
export { RotateWebhookConfirm, type RotateWebhookConfirmProps } from './RotateWebhookConfirm';
export { IntegrationStatePill } from './IntegrationStatePill';
export { MaskedKey } from './MaskedKey';
export { ReadOnlyNotice } from './ReadOnlyNotice';
export { needsWebhookSetup } from './needs-webhook-setup';
