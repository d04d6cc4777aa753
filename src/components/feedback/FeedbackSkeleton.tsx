const QUESTIONS = 3;

/**
 * While the feedback loads: the summary's shape (the rule line, then questions with an answer bar each) as
 * placeholders hidden from screen readers, which hear that it loads. The form and the summary share it.
 */
export function FeedbackSkeleton({ label }: { label: string }) {
  return (
    <div role="status" className="ak-feedback-skeleton">
      <span className="ak-visually-hidden">{label}</span>
      <div className="ak-feedback-skeleton__parts" aria-hidden="true">
        <span className="ak-skeleton" data-shape="pill" />
        {Array.from({ length: QUESTIONS }, (_, index) => (
          <div key={index} className="ak-feedback-skeleton__question">
            <span className="ak-skeleton" data-shape="title" />
            <span className="ak-skeleton" data-shape="line" />
            <span className="ak-skeleton" data-shape="bar" />
          </div>
        ))}
      </div>
    </div>
  );
}
