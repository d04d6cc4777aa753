import type { CandidateAssessmentsText } from '../components/candidate-assessments/text';
import { EmptyState } from '../ui/EmptyState';
import { ClipboardListIcon } from '../ui/icons';

const SKELETON_CARDS = 3;

/** No assessments yet: what the tab is for, and how one comes to be. */
export function CandidateAssessmentsEmpty({ text }: { text: CandidateAssessmentsText }) {
  return (
    <EmptyState className="ak-candidate-assessments__empty" icon={<ClipboardListIcon />} title={text.empty.title} description={text.empty.description} />
  );
}

/** While the list loads: card-shaped placeholders, hidden from screen readers, which hear that it loads. */
export function CandidateAssessmentsSkeleton({ text }: { text: CandidateAssessmentsText }) {
  return (
    <div role="status" className="ak-candidate-assessments__loading">
      <span className="ak-visually-hidden">{text.loading}</span>
      <ul className="ak-candidate-assessments__list" aria-hidden="true">
        {Array.from({ length: SKELETON_CARDS }, (_, index) => (
          <li key={index} className="ak-candidate-assessments__item">
            <div className="ak-assessment-card" data-state="skeleton">
              <div className="ak-assessment-card__header">
                <div className="ak-assessment-card__titles">
                  <span className="ak-skeleton" data-shape="title" />
                  <span className="ak-skeleton" data-shape="line" />
                </div>
                <span className="ak-skeleton" data-shape="pill" />
              </div>
              <span className="ak-skeleton" data-shape="line" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
