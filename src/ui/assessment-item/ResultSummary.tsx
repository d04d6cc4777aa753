import type { ReactNode } from 'react';
import type { Assessment } from '../../domain/assessment';
import { ExternalLinkIcon } from '../icons';
import { scoreWords, type ItemFormat } from './format';
import type { AssessmentItemText } from './text';

export interface ResultSummaryProps {
  assessment: Assessment;
  format: ItemFormat;
  text: AssessmentItemText['result'];
  /** Further facts after score and time taken (the feedback form lists the reviewers), as `ResultFact`s. */
  children?: ReactNode;
}

/** One term and its value in the result's facts. */
export function ResultFact({ term, pending, children }: { term: string; pending?: boolean; children: ReactNode }) {
  return (
    <div className="ak-result__fact">
      <dt className="ak-result__term">{term}</dt>
      <dd className="ak-result__value" data-pending={pending ? '' : undefined}>
        {children}
      </dd>
    </div>
  );
}

/**
 * What an assessment produced: its score, the time taken and the vendor's report, or a live interview's playback.
 * The same block on a card in the candidate's list and above the feedback form.
 */
export function ResultSummary({ assessment, format, text: t, children }: ResultSummaryProps) {
  const { score, timeTakenSeconds } = assessment;
  const interview = assessment.kind === 'live_interview';
  const minutes = timeTakenSeconds === null ? null : Math.round(timeTakenSeconds / 60);
  const link = interview
    ? { url: assessment.interview?.playbackUrl ?? null, text: t.playback, label: t.playbackLabel(assessment.testTitle), none: t.noPlayback }
    : { url: assessment.reportUrl, text: t.report, label: t.reportLabel(assessment.testTitle), none: t.noReport };
  let scoreFact: ReactNode = null;
  if (score) {
    const [got, total, percent] = scoreWords(score, format);
    scoreFact = (
      <ResultFact term={t.score}>
        <span className="ak-result__score" aria-hidden="true">{t.scoreValue(got, total, percent)}</span>
        <span className="ak-visually-hidden">{t.scoreSpoken(got, total, percent)}</span>
      </ResultFact>
    );
  } else if (!interview) {
    // A test's score is on its way from the vendor; a live interview has none to wait for.
    scoreFact = (
      <ResultFact term={t.score} pending>
        {t.scorePending}
      </ResultFact>
    );
  }
  const facts = (
    <>
      {scoreFact}
      {minutes !== null ? <ResultFact term={t.timeTaken}>{t.duration(Math.floor(minutes / 60), minutes % 60)}</ResultFact> : null}
      {children}
    </>
  );
  return (
    <>
      {scoreFact || minutes !== null || children ? <dl className="ak-result__facts">{facts}</dl> : null}
      {link.url ? (
        // Parsing already dropped anything but http(s); the link still opens apart from the ATS.
        <a className="ak-link ak-result__link" href={link.url} target="_blank" rel="noopener noreferrer" aria-label={link.label}>
          {link.text}
          <ExternalLinkIcon className="ak-icon" />
        </a>
      ) : (
        <p className="ak-result__note">{link.none}</p>
      )}
    </>
  );
}
