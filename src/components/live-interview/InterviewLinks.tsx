import { useFormatters } from '../../data/format';
import { useSendInterviewLink } from '../../data/hooks/use-live-interviews';
import { useAssessmentKit } from '../../data/kit-context';
import { newerAssessment } from '../../data/newer-assessments';
import type { Assessment } from '../../domain/assessment';
import { isActiveStatus } from '../../domain/assessment-status';
import { Button } from '../../ui/Button';
import { CopyField } from '../../ui/CopyField';
import { errorMessage } from '../../ui/error-message';
import { SendIcon } from '../../ui/icons';
import { RetryAlert } from '../../ui/RetryAlert';
import type { CommonText } from '../../ui/text';
import type { LiveInterviewText } from './text';

export interface InterviewLinksProps {
  interview: Assessment;
  candidateName: string;
  t: LiveInterviewText;
  common: CommonText;
}

/**
 * A live interview's links, whole and copyable: the candidate's and the interviewers' (or the one both share), and,
 * while the interview can still happen, Send link to candidate through the backend, with when it was last sent.
 * Only http(s) links reach here (parsing turns anything else into null), and then only they are shown.
 */
export function InterviewLinks({ interview: given, candidateName, t, common }: InterviewLinksProps) {
  const { announce } = useAssessmentKit('InterviewLinks');
  const format = useFormatters();
  const send = useSendInterviewLink(given.id);
  // The send's answer is newer than what the caller holds until the caller's copy catches up.
  const interview = send.data ? newerAssessment(given, send.data) : given;
  const candidateUrl = interview.interview?.candidateUrl ?? null;
  const interviewerUrl = interview.interview?.interviewerUrl ?? null;
  const canSend = candidateUrl !== null && isActiveStatus(interview.status);
  const copyText = { copyLabel: common.copy, copiedLabel: common.copied, copyFailedLabel: common.copyFailed };

  const sendLink = async () => {
    try {
      await send.mutateAsync();
      announce(t.links.sentAnnouncement(candidateName));
    } catch {
      // Shown below from `send.error`, with Try again.
    }
  };
  const sendWord = interview.sentAt ? t.links.sendAgain : t.links.send;

  return (
    // A group, not a region: a candidate's list holds one per interview, and landmarks must be few and unique.
    <div role="group" className="ak-live-links" aria-label={t.links.label}>
      {candidateUrl === null ? <p className="ak-live-links__note">{t.links.none}</p> : null}
      {candidateUrl !== null && interviewerUrl === null ? (
        <CopyField label={t.links.shared} hint={t.links.sharedHint} value={candidateUrl} {...copyText} />
      ) : null}
      {candidateUrl !== null && interviewerUrl !== null ? (
        <CopyField label={t.links.candidate} hint={t.links.candidateHint} value={candidateUrl} {...copyText} />
      ) : null}
      {interviewerUrl !== null ? (
        <CopyField label={t.links.interviewers} hint={t.links.interviewersHint} value={interviewerUrl} {...copyText} />
      ) : null}
      {canSend ? (
        <div className="ak-live-links__send">
          <Button
            size="sm"
            icon={<SendIcon />}
            pending={send.isPending}
            aria-label={t.links.sendLabel(send.isPending ? t.links.sending : sendWord, candidateName)}
            onClick={(event) => {
              // The second click of a double click is the same intent: while the first is running the request is
              // shared, and once the answer is in (a fast server) it must not email the candidate again.
              if (event.detail > 1) return;
              void sendLink();
            }}
          >
            {send.isPending ? t.links.sending : sendWord}
          </Button>
          <p className="ak-live-links__note">{interview.sentAt ? t.links.sentOn(format.date(interview.sentAt)) : t.links.notSent}</p>
        </div>
      ) : null}
      {send.error ? (
        <RetryAlert title={t.links.sendFailed} retryLabel={common.retry} onRetry={() => void sendLink()} retrying={send.isPending} size="sm">
          {errorMessage(send.error, common)}
        </RetryAlert>
      ) : null}
    </div>
  );
}
