export { CandidateAssessments, type CandidateAssessmentsProps } from './CandidateAssessments';
export { candidateAssessmentsText, type CandidateAssessmentsText } from './text';
export { AssessmentSummary, type AssessmentSummaryProps } from './AssessmentSummary';
export { assessmentSummaryText, type AssessmentSummaryText } from './summary-text';
