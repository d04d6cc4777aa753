export { candidateAssessmentsText, type CandidateAssessmentsText } from './text';
export { AssessmentSummary, type AssessmentSummaryProps } from './AssessmentSummary';
export { assessmentSummaryText, type AssessmentSummaryText } from './summary-text';
