/**
 * `assessment-kit/server`: the REST contract (docs/rest-contract.md) implemented over Postgres, for a host to mount
 * in its own server. No React; runs in Node 20 and any fetch-style runtime. See docs/server.md.
 */
export { createAssessmentServer } from './server';
export type { AssessmentServer } from './server';
export type {
  AssessmentHost,
  AssessmentServerOptions,
  AuthenticatedUser,
  FeedbackVisibility,
  HostContext,
  CreatedInvitation,
  InvitationRequest,
  OpenedPad,
  ProviderConnector,
  SeedData,
  VendorAssessmentRef,
  VendorReading,
  VendorTestPage,
  VendorTestQuery,
  WebhookDelivery,
  WebhookEvent,
  WebhookRefusal,
  WebhookVerdict,
} from './types';
export { CODEINTERVIEW_API, createCodeInterviewConnector } from './connectors/codeinterview';
export type { CodeInterviewOptions } from './connectors/codeinterview';
export { createSkillForgeConnector, SKILLFORGE_API } from './connectors/skillforge';
export type { SkillForgeOptions } from './connectors/skillforge';
export { isRetryableVendorError, VendorError } from './connectors/vendor-error';
export type { VendorFailure } from './connectors/vendor-error';
export type { VendorCallLog, VendorHttpOptions } from './connectors/vendor-http';
export type { VendorUpdate } from './vendor-updates';
export type { ReconcileOptions, ReconcileResult } from './reconcile';
export type { WebhookCounts } from './webhooks/intake';
export { pgliteStorage, pgStorage } from './sql';
export type { PGliteLike, PgPoolLike, SqlClient, SqlQueryable } from './sql';
export { migrations } from './migrations';
export type { Migration } from './migrations';
export { generateEncryptionKey } from './secrets';
export type { EncryptionKey } from './secrets';
export { operationPermissions, rolePermissions, roles } from './permissions';
export type { Permission, Role } from './permissions';
export { AssessmentBackendError } from '../backend/errors';
