import { forwardRef, useCallback, useEffect, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { AssessmentCard } from '../components/candidate-assessments/AssessmentCard';
import { attentionFirst, attentionGroup } from '../components/candidate-assessments/order';
import { candidateAssessmentsText } from '../components/candidate-assessments/text';
import { LiveInterviewCard } from '../components/live-interview/LiveInterviewCard';
import { liveInterviewText } from '../components/live-interview/text';
import { useCandidateAssessments } from '../data/hooks/use-assessments';
import { useProviders } from '../data/hooks/use-integrations';
import type { RequestSetupHandler } from '../data/form-field';
import { useKitText } from '../data/kit-context';
import { useRootProps } from '../data/root-props';
import type { TextOverrides } from '../data/text';
import type { Assessment } from '../domain/assessment';
import type { AssessmentStatus } from '../domain/assessment-status';
import type { AssessmentKind } from '../domain/live-interview';
import { scoreWords, useItemFormat } from '../ui/assessment-item/format';
import { assessmentItemText } from '../ui/assessment-item/text';
import { Button } from '../ui/Button';
import { errorMessage } from '../ui/error-message';
import { CalendarIcon, SendIcon } from '../ui/icons';
import { RetryAlert } from '../ui/RetryAlert';
import { statusBadgeText } from '../ui/status-badge';
import { statusLabelOf } from '../ui/status-badge/text';
import { commonText } from '../ui/text';
import { CandidateAssessmentsEmpty, CandidateAssessmentsSkeleton } from './CandidateAssessmentsStates';
import { OpenFeedback } from './CandidateAssessmentsFeedback';
import { LazyScheduleDialog, LazySendDialog, preloadSendDialog } from './CandidateAssessmentsDialogs';
import { useCandidateAssessmentsAnnouncements } from './useCandidateAssessmentsAnnouncements';

export interface CandidateAssessmentsProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  candidateId: string;
  /** Level of the section's heading (default 2); each assessment's heading is one level below. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Show the Send Assessment button for ad hoc sending (default true). */
  showSendButton?: boolean;
  /** Show Schedule live interview (default true) when some provider has live interviews. */
  showScheduleButton?: boolean;
  /**
   * No provider is connected when a recruiter sends or schedules: route them to your integrations settings. Without
   * it the dialogs say to ask an admin.
   */
  onRequestSetup?: RequestSetupHandler;
  /** After an assessment was sent from this tab (ad hoc, or a plan activity). */
  onSent?: (assessment: Assessment) => void;
  /** Text for this view only, over the provider's; handed on to the badges and the dialogs it opens. */
  text?: TextOverrides;
}

/**
 * The candidate profile's Assessments tab: every assessment, what needs the recruiter first (Needs action, in
 * progress), then newest; one line each (title, kind, status, date, score) with the next step beside it (Send,
 * Join) and the details, results and other actions (resend, cancel, feedback) one click away. It stays current by itself: pushed by `backend.subscribe`, or polled while anything
 * may still change, and says each status change to screen readers once.
 *
 * Live interviews sit among the tests as rows of their own (`LiveInterviewCard`: links, playback, feedback), and
 * Schedule live interview opens `ScheduleLiveInterviewDialog`. A screen, not a feature: it composes the Send and
 * Schedule dialogs and the feedback form, each loaded on first use.
 *
 * Sending always opens the kit's `SendAssessmentDialog` (pre-filled from the plan activity for Needs action), so
 * there is one way to send and one set of rules. A host with its own send flow hides the button (`showSendButton`)
 * and renders its own.
 */
export const CandidateAssessments = forwardRef<HTMLElement, CandidateAssessmentsProps>(function CandidateAssessments(
  { candidateId, headingLevel = 2, showSendButton = true, showScheduleButton = true, onRequestSetup, onSent, text: textOverrides, className, style, ...props },
  ref,
) {
  const text = useKitText('candidateAssessments', candidateAssessmentsText, textOverrides);
  const itemText = useKitText('assessmentItem', assessmentItemText, textOverrides);
  const common = useKitText('common', commonText, textOverrides);
  const badgeText = useKitText('statusBadge', statusBadgeText, textOverrides);
  const liveText = useKitText('liveInterview', liveInterviewText, textOverrides);
  const format = useItemFormat();
  const rootProps = useRootProps(className ? `ak-candidate-assessments ${className}` : 'ak-candidate-assessments', style);
  const headingId = useId();
  const Heading = `h${headingLevel}` as 'h2';
  const cardHeadingLevel = Math.min(headingLevel + 1, 6) as 2 | 3 | 4 | 5 | 6;

  const query = useCandidateAssessments(candidateId);
  const providers = useProviders();
  const [focusId, setFocusIdState] = useState<string | null>(null);
  // Read by the cards when a live update removes their focused button: a focus move on its way wins. Kept beside
  // the state by the one function that sets it, so it is current before the cards' next commit.
  const focusIdRef = useRef<string | null>(null);
  const setFocusId = useCallback((id: string | null) => {
    focusIdRef.current = id;
    setFocusIdState(id);
  }, []);
  const focusPending = useCallback(() => focusIdRef.current !== null, []);
  // The Send Assessment dialog: closed (null), ad hoc, or for a plan activity. Mounted from its first opening on.
  const [sending, setSending] = useState<{ activityId: string | null } | null>(null);
  // The one the recruiter just sent from here, marked on its item so the send is seen as well as heard.
  const [justSentId, setJustSentId] = useState<string | null>(null);
  const [sendMounted, setSendMounted] = useState(false);
  const openSend = useCallback((activityId: string | null) => {
    setSendMounted(true);
    setSending({ activityId });
  }, []);
  const [scheduling, setScheduling] = useState(false);
  const [scheduleMounted, setScheduleMounted] = useState(false);

  // In the words of the assessment's kind: a live interview is Scheduled and Ended.
  const statusLabel = useCallback((status: AssessmentStatus, kind?: AssessmentKind) => statusLabelOf(badgeText, status, kind), [badgeText]);
  const providerNames = useMemo(
    () => new Map((providers.data ?? []).map((provider) => [provider.id, provider.name])),
    [providers.data],
  );
  // While the providers load, no name rather than a flash of the raw id; if they can't load, the id.
  const providerName = (providerId: string) => providerNames.get(providerId) ?? (providers.isPending ? '' : providerId);

  // Each item's place as the list first showed it: a status change doesn't move an item under the user.
  const groups = useRef(new Map<string, 0 | 1>());
  const assessments = useMemo(() => {
    if (!query.data) return undefined;
    for (const assessment of query.data) {
      if (!groups.current.has(assessment.id)) groups.current.set(assessment.id, attentionGroup(assessment));
    }
    return attentionFirst(query.data, groups.current);
  }, [query.data]);
  // A plan-created assessment waits for the recruiter to send it: the Send dialog is their next step, so its code
  // loads now rather than after their click.
  const awaitsSend = assessments?.some((assessment) => assessment.status === 'not_sent') ?? false;
  useEffect(() => {
    if (awaitsSend) preloadSendDialog();
  }, [awaitsSend]);
  // An expired or failed assessment that was resent points at nothing; its successor names it.
  const successors = useMemo(() => {
    const byPredecessor = new Map<string, Assessment>();
    for (const assessment of assessments ?? []) {
      if (assessment.resentFromId) byPredecessor.set(assessment.resentFromId, assessment);
    }
    return byPredecessor;
  }, [assessments]);
  // Said as the card shows it: "41 out of 50, 82%".
  const scoreSpoken = useCallback(
    ({ score }: Assessment) => (score ? itemText.result.scoreSpoken(...scoreWords(score, format)) : null),
    [itemText, format],
  );
  const acknowledge = useCandidateAssessmentsAnnouncements(assessments, text, statusLabel, scoreSpoken);

  const onFocused = useCallback(() => setFocusId(null), [setFocusId]);
  const onSend = useCallback((assessment: Assessment) => openSend(assessment.activityId), [openSend]);
  const sent = (assessment: Assessment) => {
    // The dialog says it was sent; the list shouldn't say it again.
    acknowledge(assessment);
    // A plan activity's Send button is gone now: focus goes to the assessment. Ad hoc, focus returns to the button.
    if (sending?.activityId) setFocusId(assessment.id);
    setJustSentId(assessment.id);
    onSent?.(assessment);
  };
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  // The cards are memoized: the way to the feedback form is made once per text.
  const feedbackAction = useCallback(
    (assessment: Assessment) => <OpenFeedback assessment={assessment} text={itemText.feedback} common={common} textOverrides={textOverrides} />,
    [itemText, common, textOverrides],
  );

  let content;
  if (assessments) {
    const cardProps = {
      headingLevel: cardHeadingLevel,
      defaultOpen: assessments.length === 1,
      onFocused,
      focusPending,
      requestFocus: setFocusId,
      refetch: reload,
      format,
      itemText,
      common,
      textOverrides,
      feedbackAction,
    };
    content =
      assessments.length === 0 ? (
        <CandidateAssessmentsEmpty text={text} />
      ) : (
        <ul className="ak-candidate-assessments__list" aria-label={text.listLabel}>
          {assessments.map((assessment) => (
            <li key={assessment.id} className="ak-candidate-assessments__item">
              {assessment.kind === 'live_interview' ? (
                <LiveInterviewCard
                  {...cardProps}
                  interview={assessment}
                  providerName={providerName(assessment.providerId)}
                  focusRequested={focusId === assessment.id}
                  text={liveText}
                />
              ) : (
                <AssessmentCard
                  {...cardProps}
                  assessment={assessment}
                  providerName={providerName(assessment.providerId)}
                  focusRequested={focusId === assessment.id}
                  justSent={justSentId === assessment.id}
                  successor={successors.get(assessment.id)}
                  onSend={onSend}
                  statusLabel={statusLabel}
                  text={text}
                />
              )}
            </li>
          ))}
        </ul>
      );
  } else if (query.error) {
    content = (
      <RetryAlert title={text.loadError} retryLabel={text.retry} onRetry={reload} retrying={query.isFetching}>
        {errorMessage(query.error, common)}
      </RetryAlert>
    );
  } else {
    content = <CandidateAssessmentsSkeleton text={text} />;
  }

  return (
    <section ref={ref} aria-labelledby={headingId} {...props} {...rootProps}>
      <header className="ak-candidate-assessments__header">
        <Heading className="ak-view-heading" id={headingId}>
          {text.heading}
        </Heading>
        <div className="ak-candidate-assessments__actions">
          {showSendButton ? (
            <Button variant="primary" icon={<SendIcon />} onClick={() => openSend(null)}>
              {text.sendAssessment}
            </Button>
          ) : null}
          {showScheduleButton && providers.data?.some((provider) => provider.capabilities.liveInterviews) ? (
            <Button
              icon={<CalendarIcon />}
              onClick={() => {
                setScheduleMounted(true);
                setScheduling(true);
              }}
            >
              {liveText.title}
            </Button>
          ) : null}
        </div>
      </header>
      {content}
      {sendMounted ? (
        <LazySendDialog
          failedTitle={text.sendUnavailable}
          common={common}
          candidateId={candidateId}
          activityId={sending?.activityId ?? null}
          open={sending !== null}
          onOpenChange={(open) => {
            if (!open) setSending(null);
          }}
          onSent={sent}
          onRequestSetup={onRequestSetup}
          onOpenAssessment={(existing) => {
            setSending(null);
            setFocusId(existing.id);
          }}
          text={textOverrides}
        />
      ) : null}
      {scheduleMounted ? (
        <LazyScheduleDialog
          failedTitle={liveText.unavailable}
          common={common}
          candidateId={candidateId}
          open={scheduling}
          onOpenChange={setScheduling}
          // The dialog says it was created; the list shouldn't say it again.
          onCreated={acknowledge}
          onRequestSetup={onRequestSetup}
          text={textOverrides}
        />
      ) : null}
    </section>
  );
});
