/**
 * `assessment-kit/contract`: the reference REST contract for server code that implements it (routes, path
 * building, the error body, the idempotency header, request bodies). No React and no 'use client': it imports
 * in Node. The domain's response schemas are on `assessment-kit/domain`.
 */
export {
  restRoutes, buildPath, errorBodySchema, IDEMPOTENCY_HEADER, apiKeyBodySchema, cancelBodySchema, saveInterviewPlanBodySchema, REVIEWER_IDS_PARAM,
  type RestOperation, type ErrorBody,
} from './backend/rest-contract';
export { serverErrorCodes, conflictReasons, type ServerErrorCode, type ConflictReason } from './backend/errors';
