import { useState } from 'react';
import { useReviewers } from '../data/hooks/use-catalogue';
import type { Reviewer } from '../domain/reviewer';
import { AsyncMultiSelect, type AsyncMultiSelectProps } from './AsyncMultiSelect';

export type ReviewersPickerProps = Omit<AsyncMultiSelectProps<Reviewer>, 'source' | 'onSearchChange' | 'getKey' | 'getLabel' | 'renderItem'>;

const renderReviewer = (reviewer: Reviewer) => (
  <>
    <span className="ak-picker__option-label">{reviewer.name}</span>{' '}
    <span className="ak-picker__option-meta">{reviewer.title ?? reviewer.email}</span>
  </>
);

/**
 * People to choose (reviewers of an assessment, interviewers of a pad): the organisation's directory, searched on the
 * server and paged, each shown with their title or email. The same picker wherever people are chosen.
 */
export function ReviewersPicker(props: ReviewersPickerProps) {
  const [search, setSearch] = useState('');
  const reviewers = useReviewers(search);
  return (
    <AsyncMultiSelect<Reviewer>
      source={reviewers}
      onSearchChange={setSearch}
      getKey={(reviewer) => reviewer.id}
      getLabel={(reviewer) => reviewer.name}
      renderItem={renderReviewer}
      {...props}
    />
  );
}
