import type { Candidate } from '../domain';
import { errorMessage } from './error-message';
import { RetryAlert } from './RetryAlert';
import { Spinner } from './Spinner';
import type { CommonText } from './text';

export interface CandidateHeaderProps {
  /** Undefined while it loads or when it failed. */
  candidate: Pick<Candidate, 'name' | 'email'> | undefined;
  /** Why it failed to load; null otherwise. */
  error: unknown;
  onRetry: () => void;
  /** The feature's words: the block's name for screen readers ("Candidate") and the failure's title. */
  text: { candidateLabel: string; candidateLoadFailed: string };
  common: CommonText;
}

/** Who a write dialog is for: initials, name and email, one look in every dialog; its failure with Try again. */
export function CandidateHeader({ candidate, error, onRetry, text, common }: CandidateHeaderProps) {
  let content;
  if (candidate) {
    content = (
      <>
        <span className="ak-accent-disc ak-candidate-header__avatar" aria-hidden="true">
          {initials(candidate.name)}
        </span>
        <span className="ak-candidate-header__who">
          <span className="ak-candidate-header__name">{candidate.name}</span>
          <span className="ak-candidate-header__email">{candidate.email}</span>
        </span>
      </>
    );
  } else if (error) {
    content = (
      <RetryAlert className="ak-candidate-header__failure" title={text.candidateLoadFailed} retryLabel={common.retry} size="sm" onRetry={onRetry}>
        {errorMessage(error, common)}
      </RetryAlert>
    );
  } else {
    content = <Spinner label={common.loading} />;
  }
  return (
    <section className="ak-candidate-header" aria-label={text.candidateLabel}>
      {content}
    </section>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}
