/**
 * `assessment-kit/contract`: the reference REST contract for server code that implements it (routes, path
 * building, the error body, the idempotency header, request bodies). No React and no 'use client': it imports
 * in Node. The domain's response schemas are on `assessment-kit/domain`.
 */
export {
  restRoutes,
  buildPath,
  errorBodySchema,
  IDEMPOTENCY_HEADER,
  apiKeyBodySchema,
  cancelBodySchema,
  saveInterviewPlanBodySchema,
  REVIEWER_IDS_PARAM,
} from './backend/rest-contract';
export type { RestOperation, ErrorBody } from './backend/rest-contract';
export { serverErrorCodes, conflictReasons } from './backend/errors';
export type { ServerErrorCode, ConflictReason } from './backend/errors';
