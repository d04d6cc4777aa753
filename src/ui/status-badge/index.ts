export { AssessmentStatusBadge, type AssessmentStatusBadgeProps } from './AssessmentStatusBadge';
export { describeStatusDetail, URGENT_EXPIRY_MS, type AssessmentStatusSource, type StatusDetail } from './status-detail';
export { statusBadgeText, type StatusBadgeText } from './text';
