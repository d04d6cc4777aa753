export { AssessmentIntegrations, type AssessmentIntegrationsProps } from './AssessmentIntegrations';
export { ManageIntegrationDialog, type ManageIntegrationDialogProps } from './ManageIntegrationDialog';
export { integrationsText, type IntegrationsText } from './text';
