import { forwardRef, lazy, Suspense, useCallback, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { useCandidateAssessments } from '../../data/hooks/use-assessments';
import { useProviders } from '../../data/hooks/use-integrations';
import { useFormatters } from '../../data/format';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import { useRootProps } from '../../data/root-props';
import type { TextOverrides } from '../../data/text';
import type { Assessment } from '../../domain/assessment';
import type { AssessmentStatus } from '../../domain/assessment-status';
import type { AssessmentKind } from '../../domain/live-interview';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/error-message';
import { CalendarIcon, ClipboardListIcon, RefreshIcon, SendIcon } from '../../ui/icons';
import { commonText } from '../../ui/text';
import { LiveInterviewCard } from '../live-interview/LiveInterviewCard';
import { liveInterviewText } from '../live-interview/text';
import { statusBadgeText, statusLabelOf } from '../../ui/status-badge/text';
import { AssessmentCard, type CardFormat } from './AssessmentCard';
import { LoadBoundary } from './LoadBoundary';
import { newestFirst } from './order';
import { candidateAssessmentsText } from './text';
import { useStatusAnnouncements } from './use-status-announcements';

export interface CandidateAssessmentsProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  candidateId: string;
  /** Level of the section's heading (default 2); each assessment's heading is one level below. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Show the Send Assessment button for ad hoc sending (default true). */
  showSendButton?: boolean;
  /** Show Schedule live interview (default true) when some provider has live interviews. */
  showScheduleButton?: boolean;
  /**
   * No provider is connected when a recruiter sends: route them to your integrations settings. Without it the
   * Send Assessment dialog says to ask an admin.
   */
  onRequestSetup?: () => void;
  /** After an assessment was sent from this tab (ad hoc, or a plan activity). */
  onSent?: (assessment: Assessment) => void;
  /** Text for this view only, over the provider's; handed on to the badges and the dialogs it opens. */
  text?: TextOverrides;
}

const SKELETON_CARDS = 3;

/**
 * The Send dialog (its form, pickers and schemas are most of this tab's weight) loads on first use: most visits to
 * a profile never send. A host's bundler puts it in its own chunk; once loaded, it stays.
 */
const SendAssessmentDialog = lazy(() =>
  import('../send-assessment/SendAssessmentDialog').then((module) => ({ default: module.SendAssessmentDialog })),
);
/** Scheduling a live interview, likewise. */
const ScheduleLiveInterviewDialog = lazy(() =>
  import('../live-interview/ScheduleLiveInterviewDialog').then((module) => ({ default: module.ScheduleLiveInterviewDialog })),
);

/**
 * The candidate profile's Assessments tab: every assessment, newest first, with its status, results and the next
 * step (send, resend, cancel). It stays current by itself: pushed by `backend.subscribe`, or polled while anything
 * may still change, and says each status change to screen readers once.
 *
 * Live interviews sit among the tests as rows of their own (`LiveInterviewCard`: links, playback, feedback), and
 * Schedule live interview opens `ScheduleLiveInterviewDialog`.
 *
 * Sending always opens the kit's `SendAssessmentDialog` (pre-filled from the plan activity for Needs action), so
 * there is one way to send and one set of rules. A host with its own send flow hides the button (`showSendButton`)
 * and renders its own.
 */
export const CandidateAssessments = forwardRef<HTMLElement, CandidateAssessmentsProps>(function CandidateAssessments(
  { candidateId, headingLevel = 2, showSendButton = true, showScheduleButton = true, onRequestSetup, onSent, text: textProp, className, style, ...props },
  ref,
) {
  const text = useKitText('candidateAssessments', candidateAssessmentsText, textProp);
  const common = useKitText('common', commonText, textProp);
  const badgeText = useKitText('statusBadge', statusBadgeText, textProp);
  const liveText = useKitText('liveInterview', liveInterviewText, textProp);
  const { locale } = useAssessmentKit('CandidateAssessments');
  const formatters = useFormatters();
  const rootProps = useRootProps(className ? `ak-candidate-assessments ${className}` : 'ak-candidate-assessments', style);
  const headingId = useId();
  const Heading = `h${headingLevel}` as 'h2';
  const cardHeadingLevel = Math.min(headingLevel + 1, 6) as 2 | 3 | 4 | 5 | 6;

  const query = useCandidateAssessments(candidateId);
  const providers = useProviders();
  const [focusId, setFocusId] = useState<string | null>(null);
  // Read by the cards when a live update removes their focused button: a focus move on its way wins.
  const focusIdRef = useRef(focusId);
  focusIdRef.current = focusId;
  const focusPending = useCallback(() => focusIdRef.current !== null, []);
  // The Send Assessment dialog: closed (null), ad hoc, or for a plan activity. Mounted from its first opening on.
  const [sending, setSending] = useState<{ activityId: string | null } | null>(null);
  const [sendMounted, setSendMounted] = useState(false);
  const openSend = useCallback((activityId: string | null) => {
    setSendMounted(true);
    setSending({ activityId });
  }, []);
  const [scheduling, setScheduling] = useState(false);
  const [scheduleMounted, setScheduleMounted] = useState(false);

  const format = useMemo<CardFormat>(() => {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    return { ...formatters, percent: (ratio) => percent.format(ratio), names: (names) => list.format(names) };
  }, [formatters, locale]);
  // In the words of the assessment's kind: a live interview is Scheduled and Ended.
  const statusLabel = useCallback((status: AssessmentStatus, kind?: AssessmentKind) => statusLabelOf(badgeText, status, kind), [badgeText]);
  const providerNames = useMemo(
    () => new Map((providers.data ?? []).map((provider) => [provider.id, provider.name])),
    [providers.data],
  );
  // While the providers load, no name rather than a flash of the raw id; if they can't load, the id.
  const providerName = (providerId: string) => providerNames.get(providerId) ?? (providers.isPending ? '' : providerId);

  const assessments = useMemo(() => (query.data ? newestFirst(query.data) : undefined), [query.data]);
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
    ({ score }: Assessment) =>
      score ? text.completed.scoreSpoken(format.number(score.got), format.number(score.total), format.percent(score.got / score.total)) : null,
    [text, format],
  );
  const acknowledge = useStatusAnnouncements(assessments, text, statusLabel, scoreSpoken);

  const onFocused = useCallback(() => setFocusId(null), []);
  const onSend = useCallback((assessment: Assessment) => openSend(assessment.activityId), [openSend]);
  const sent = (assessment: Assessment) => {
    // The dialog says it was sent; the list shouldn't say it again.
    acknowledge(assessment);
    // A plan activity's Send button is gone now: focus goes to the assessment. Ad hoc, focus returns to the button.
    if (sending?.activityId) setFocusId(assessment.id);
    onSent?.(assessment);
  };
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);

  let content;
  if (assessments) {
    content =
      assessments.length === 0 ? (
        <div className="ak-candidate-assessments__empty">
          <span className="ak-icon-circle" aria-hidden="true">
            <ClipboardListIcon />
          </span>
          <p className="ak-candidate-assessments__empty-title">{text.empty.title}</p>
          <p className="ak-candidate-assessments__empty-text">{text.empty.description}</p>
        </div>
      ) : (
        <ul className="ak-candidate-assessments__list" aria-label={text.listLabel}>
          {assessments.map((assessment) => (
            <li key={assessment.id} className="ak-candidate-assessments__item">
              {assessment.kind === 'live_interview' ? (
                <LiveInterviewCard
                  interview={assessment}
                  providerName={providerName(assessment.providerId)}
                  headingLevel={cardHeadingLevel}
                  focusRequested={focusId === assessment.id}
                  onFocused={onFocused}
                  focusPending={focusPending}
                  requestFocus={setFocusId}
                  refetch={reload}
                  format={format}
                  text={text}
                  overrides={textProp}
                />
              ) : (
                <AssessmentCard
                  assessment={assessment}
                  providerName={providerName(assessment.providerId)}
                  successor={successors.get(assessment.id)}
                  headingLevel={cardHeadingLevel}
                  focusRequested={focusId === assessment.id}
                  onFocused={onFocused}
                  focusPending={focusPending}
                  requestFocus={setFocusId}
                  onSend={onSend}
                  refetch={reload}
                  statusLabel={statusLabel}
                  format={format}
                  text={text}
                  common={common}
                  overrides={textProp}
                />
              )}
            </li>
          ))}
        </ul>
      );
  } else if (query.error) {
    content = (
      <Alert
        tone="danger"
        title={text.loadError}
        actions={
          <Button icon={<RefreshIcon />} pending={query.isFetching} onClick={reload}>
            {text.retry}
          </Button>
        }
      >
        {errorMessage(query.error, common)}
      </Alert>
    );
  } else {
    content = (
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

  return (
    <section ref={ref} aria-labelledby={headingId} {...props} {...rootProps}>
      <header className="ak-candidate-assessments__header">
        <Heading className="ak-candidate-assessments__heading" id={headingId}>
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
        <LoadBoundary
          fallback={
            <Alert tone="danger" title={text.sendUnavailable}>
              {common.errors.network}
            </Alert>
          }
        >
          <Suspense fallback={null}>
            <SendAssessmentDialog
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
              text={textProp}
            />
          </Suspense>
        </LoadBoundary>
      ) : null}
      {scheduleMounted ? (
        <LoadBoundary
          fallback={
            <Alert tone="danger" title={liveText.unavailable}>
              {common.errors.network}
            </Alert>
          }
        >
          <Suspense fallback={null}>
            <ScheduleLiveInterviewDialog
              candidateId={candidateId}
              open={scheduling}
              onOpenChange={setScheduling}
              // The dialog says it was created; the list shouldn't say it again.
              onCreated={acknowledge}
              onRequestSetup={onRequestSetup}
              text={textProp}
            />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </section>
  );
});
