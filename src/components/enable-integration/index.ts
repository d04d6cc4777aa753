export { EnableIntegrationDialog, type EnableIntegrationDialogProps } from './EnableIntegrationDialog';
export { WebhookInstructions, type WebhookInstructionsProps } from './WebhookInstructions';
export {
  useEnableIntegrationFlow,
  type EnableIntegrationFlow,
  type EnableIntegrationFormError,
  type EnableIntegrationMode,
  type EnableIntegrationStep,
  type UseEnableIntegrationFlowOptions,
} from './useEnableIntegrationFlow';
export { apiKeyResolver, type ApiKeyFormMessages, type ApiKeyFormValues } from './api-key-form';
export { enableIntegrationText, type EnableIntegrationText } from './text';
