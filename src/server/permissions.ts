import type { RestOperation } from '../backend/rest-contract';

/**
 * Who may do what. Each operation needs one permission; each role holds a set of them. Rules about one record (only
 * an assigned reviewer gives feedback on an assessment, a candidate the host hides) are checked on top, per request.
 * docs/server.md prints this table.
 */
export const roles = ['admin', 'recruiter', 'reviewer'] as const;
export type Role = (typeof roles)[number];

export type Permission = 'read' | 'manageIntegrations' | 'managePlans' | 'sendAssessments' | 'giveFeedback';

export const operationPermissions: Record<RestOperation, Permission> = {
  listProviders: 'read',
  getIntegration: 'read',
  connectIntegration: 'manageIntegrations',
  replaceApiKey: 'manageIntegrations',
  disconnectIntegration: 'manageIntegrations',
  rotateWebhookUrl: 'manageIntegrations',
  listTests: 'read',
  listReviewers: 'read',
  getReviewers: 'read',
  listScorecardTemplates: 'read',
  getInterviewPlan: 'read',
  saveInterviewPlan: 'managePlans',
  getCandidate: 'read',
  listCandidateAssessments: 'read',
  sendAssessment: 'sendAssessments',
  resendAssessment: 'sendAssessments',
  cancelAssessment: 'sendAssessments',
  createLiveInterview: 'sendAssessments',
  sendInterviewLink: 'sendAssessments',
  getAssessmentFeedback: 'read',
  // Held by every role; the assessment's own reviewers list decides (403 for anyone else).
  saveFeedbackDraft: 'giveFeedback',
  submitFeedback: 'giveFeedback',
};

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: ['read', 'manageIntegrations', 'managePlans', 'sendAssessments', 'giveFeedback'],
  recruiter: ['read', 'sendAssessments', 'giveFeedback'],
  reviewer: ['read', 'giveFeedback'],
};

export function mayPerform(role: Role, operation: RestOperation): boolean {
  return rolePermissions[role].includes(operationPermissions[operation]);
}

export const mayManageIntegrations = (role: Role) => rolePermissions[role].includes('manageIntegrations');
