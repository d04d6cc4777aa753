import { useCallback, useEffect, useRef } from 'react';
import type { CandidateAssessmentsText } from '../components/candidate-assessments/text';
import { useAssessmentKit } from '../data/kit-context';
import type { Assessment } from '../domain/assessment';
import type { AssessmentStatus } from '../domain/assessment-status';
import type { AssessmentKind } from '../domain/live-interview';

/**
 * Says each status change politely, once: when an assessment the list already showed changes status, or a new one
 * appears. The first answer is not news, and the same status arriving again (a push, then a poll) is said once.
 * `acknowledge` marks a change the user just made and heard about elsewhere (the Send dialog says its own).
 * Completed is said with its score when there is one (`scoreSpoken`): the score is what the recruiter waited for.
 */
export function useCandidateAssessmentsAnnouncements(
  assessments: readonly Assessment[] | undefined,
  text: CandidateAssessmentsText,
  statusLabel: (status: AssessmentStatus, kind: AssessmentKind) => string,
  scoreSpoken: (assessment: Assessment) => string | null,
) {
  const { announce } = useAssessmentKit('CandidateAssessments');
  const known = useRef<Map<string, AssessmentStatus> | null>(null);

  useEffect(() => {
    if (!assessments) return;
    const previous = known.current;
    known.current = new Map(assessments.map((assessment) => [assessment.id, assessment.status]));
    if (!previous) return;
    for (const assessment of assessments) {
      const before = previous.get(assessment.id);
      if (before === assessment.status) continue;
      const label = statusLabel(assessment.status, assessment.kind);
      const score = assessment.status === 'completed' ? scoreSpoken(assessment) : null;
      const status = score ? text.announcements.withScore(label, score) : label;
      announce(
        before === undefined
          ? text.announcements.added(assessment.testTitle, status)
          : text.announcements.statusChanged(assessment.testTitle, status),
        'polite',
      );
    }
  }, [assessments, announce, text, statusLabel, scoreSpoken]);

  return useCallback((assessment: Assessment) => {
    known.current?.set(assessment.id, assessment.status);
  }, []);
}
