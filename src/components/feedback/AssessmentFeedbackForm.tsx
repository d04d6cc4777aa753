import { forwardRef, useEffect, useId, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useRootProps } from '../../data/root-props';
import type { TextOverrides } from '../../data/text';
import type { AssessmentFeedback } from '../../domain/feedback';
import type { AssessmentItemText } from '../../ui/assessment-item/text';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DialogShell } from '../../ui/Dialog';
import { errorMessage } from '../../ui/error-message';
import { CircleAlertIcon, CircleCheckIcon, RefreshIcon, SendIcon, SpinnerIcon } from '../../ui/icons';
import { RetryAlert } from '../../ui/RetryAlert';
import { Spinner } from '../../ui/Spinner';
import type { CommonText } from '../../ui/text';
import { FeedbackAnswer } from './FeedbackAnswer';
import { FeedbackContext, reviewerNames } from './FeedbackContext';
import { FeedbackQuestionField } from './FeedbackQuestionField';
import { FeedbackSkeleton } from './FeedbackSkeleton';
import { FeedbackSummaryView, type HeadingLevel } from './FeedbackSummaryView';
import { useFeedbackFormat, type FeedbackFormat } from './format';
import type { FeedbackText } from './text';
import { useFeedbackWords } from './use-feedback-words';
import { useFeedbackFlow, type FeedbackFlow } from './useFeedbackFlow';

export interface AssessmentFeedbackFormProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'onSubmit'> {
  /** The completed assessment the signed-in reviewer judges. */
  assessmentId: string;
  /** Level of the form's heading (default 2); the parts below it are one level down. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** How long after the reviewer's last change the draft is saved (default 800 ms). */
  autosaveDelayMs?: number;
  /** After the feedback was submitted; the form then shows it read-only. */
  onSubmitted?: (feedback: AssessmentFeedback) => void;
  /** Text overrides (`feedback`, `statusBadge`, `common`), over the provider's. */
  text?: TextOverrides;
}

/**
 * A reviewer's feedback on a completed assessment: the result (score, time taken, the vendor's report, who else
 * reviews it), then the scorecard's questions (stars, scores, yes/no, text, single and multi select), saved as a
 * draft as the reviewer goes and submitted once after a confirmation. Then, and for anyone who is not a reviewer,
 * it shows the feedback read-only, with everyone's answers where the backend allows.
 */
export const AssessmentFeedbackForm = forwardRef<HTMLElement, AssessmentFeedbackFormProps>(function AssessmentFeedbackForm(
  { assessmentId, headingLevel = 2, autosaveDelayMs, onSubmitted, text: textOverrides, className, style, ...props },
  ref,
) {
  const { t, itemText, common, statusText, format } = useFeedbackWords(textOverrides);
  const rootProps = useRootProps(className ? `ak-feedback-form ${className}` : 'ak-feedback-form', style);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const flow = useFeedbackFlow({ assessmentId, text: textOverrides, autosaveDelayMs, onSubmitted });
  const { view, feedback } = flow;
  const Heading = `h${headingLevel}` as 'h2';
  const subLevel = Math.min(headingLevel + 1, 6) as HeadingLevel;

  // Submitting replaces the form (and the button that had focus) with the read-only answers: focus goes to them,
  // or to the notice above them when the feedback turned out to be submitted elsewhere.
  const previousView = useRef(view);
  const { focusRefusal } = flow;
  useEffect(() => {
    const from = previousView.current;
    previousView.current = view;
    if (from !== 'form' || view !== 'submitted') return;
    // A tick later: the closing confirmation restores focus on a timeout of its own, and this must come after.
    const timer = setTimeout(() => focusRefusal() || headingRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [view, focusRefusal]);

  let body: ReactNode;
  if (view === 'loading') body = <FeedbackSkeleton label={t.loading} />;
  else if (view === 'error') {
    body = (
      <RetryAlert title={t.loadError} retryLabel={t.retry} onRetry={flow.retry} retrying={flow.retrying} size="sm">
        {errorMessage(flow.error, common)}
      </RetryAlert>
    );
  } else {
    body = <FeedbackBody flow={flow} feedback={feedback!} t={t} itemText={itemText} common={common} format={format} level={subLevel} statusLabel={statusText.labels[feedback!.assessment.status]} />;
  }

  return (
    <section ref={ref} aria-labelledby={headingId} {...props} {...rootProps} data-view={view}>
      <header className="ak-feedback-form__header">
        <Heading ref={headingRef} id={headingId} className="ak-view-heading" tabIndex={-1}>
          {view === 'not_reviewer' ? t.summaryHeading : t.formHeading}
        </Heading>
        {feedback ? <p className="ak-feedback-form__test">{feedback.assessment.testTitle}</p> : null}
      </header>
      {body}
      <SubmitConfirm flow={flow} t={t} common={common} />
    </section>
  );
});

interface BodyProps {
  flow: FeedbackFlow;
  feedback: AssessmentFeedback;
  t: FeedbackText;
  itemText: AssessmentItemText;
  common: CommonText;
  format: FeedbackFormat;
  level: HeadingLevel;
  statusLabel: string;
}

function FeedbackBody({ flow, feedback, t, itemText, common, format, level, statusLabel }: BodyProps) {
  const names = reviewerNames(feedback.assessment, feedback.viewerReviewerId, t);
  const context = <FeedbackContext assessment={feedback.assessment} reviewers={feedback.reviewers} names={names} text={t} itemText={itemText} format={format} />;
  const Sub = `h${level}` as 'h3';
  const summaryView = (questionLevel: HeadingLevel) => (
    <FeedbackSummaryView feedback={feedback} headingLevel={questionLevel} showReviewers={false} text={t} itemText={itemText} format={format} />
  );
  // Focusable, so focus can move to it when a refused write leaves nothing else to hold it.
  const refusal = flow.refusal ? (
    <div ref={flow.refusalRef} className="ak-feedback-form__refusal" tabIndex={-1}>
      <Alert tone="warning">{t.refused[flow.refusal]}</Alert>
    </div>
  ) : null;

  switch (flow.view) {
    case 'not_open':
      return (
        <>
          <Alert tone="info" title={t.notOpen.title}>
            {t.notOpen.description(statusLabel)}
          </Alert>
          {context}
        </>
      );
    case 'not_reviewer':
      return (
        <>
          <Alert tone="info" title={t.notReviewer.title}>
            {t.notReviewer.description}
          </Alert>
          {context}
          {/* The section's own heading says "Reviewer feedback" here: the summary needs none of its own. */}
          {summaryView(level)}
        </>
      );
    case 'submitted': {
      const remaining = feedback.reviewers.filter((reviewer) => reviewer.state !== 'submitted').length;
      return (
        <>
          {refusal}
          {context}
          <OwnAnswers flow={flow} feedback={feedback} t={t} itemText={itemText} format={format} level={level} />
          {!feedback.complete && feedback.policy === 'every_reviewer' ? <p className="ak-feedback-form__note">{t.submitted.waiting(remaining)}</p> : null}
          <section className="ak-feedback-form__summary" aria-label={t.summaryHeading}>
            <Sub className="ak-feedback-form__subheading">{t.summaryHeading}</Sub>
            {summaryView(Math.min(level + 1, 6) as HeadingLevel)}
          </section>
        </>
      );
    }
    default:
      return (
        <>
          {refusal}
          {context}
          {feedback.complete ? <Alert tone="info">{t.alreadyComplete}</Alert> : null}
          <QuestionsForm flow={flow} feedback={feedback} t={t} common={common} />
        </>
      );
  }
}

/** The reviewer's submitted answers, read-only. */
function OwnAnswers({ flow, feedback, t, itemText, format, level }: Pick<BodyProps, 'flow' | 'feedback' | 't' | 'itemText' | 'format' | 'level'>) {
  const Sub = `h${level}` as 'h3';
  const own = flow.own;
  return (
    <section className="ak-feedback-form__own" aria-label={t.submitted.heading}>
      <div className="ak-feedback-form__own-header">
        <Sub className="ak-feedback-form__subheading">{t.submitted.heading}</Sub>
        {own?.submittedAt ? (
          <span className="ak-feedback-form__submitted">
            <CircleCheckIcon className="ak-icon" />
            {itemText.feedback.submittedOn(format.date(own.submittedAt))}
          </span>
        ) : null}
      </div>
      {feedback.questions.length > 0 ? (
        <dl className="ak-feedback-answers">
          {feedback.questions.map((question) => (
            <div key={question.id} className="ak-feedback-answers__item">
              <dt className="ak-feedback-answers__prompt">{question.prompt}</dt>
              <dd className="ak-feedback-answers__value">
                <FeedbackAnswer question={question} answer={own?.answers?.[question.id]} text={t} format={format} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}

/**
 * Where the draft stands. Its changes are announced by the hook; Save now stays in place (busy) while its save
 * runs, and if that save works the status takes the focus it had.
 */
function DraftLine({ flow, t, format }: { flow: FeedbackFlow; t: FeedbackText; format: FeedbackFormat }) {
  const { draft, draftRefs } = flow;
  if (draft.state === 'idle') return null;
  const retrying = draft.state === 'failed' || (draft.state === 'saving' && draft.retrying);
  return (
    <div className="ak-feedback-draft" data-state={draft.state}>
      {draft.state === 'saving' ? <SpinnerIcon className="ak-icon ak-spin" /> : null}
      {draft.state === 'saved' ? <CircleCheckIcon className="ak-icon" /> : null}
      {draft.state === 'failed' ? <CircleAlertIcon className="ak-icon" /> : null}
      <span ref={draftRefs.status} className="ak-feedback-draft__text" tabIndex={-1}>
        {draft.state === 'saving' ? t.draft.saving : draft.state === 'saved' ? t.draft.saved(format.time(draft.at)) : t.draft.failed}
      </span>
      {retrying ? (
        <Button ref={draftRefs.retry} size="sm" variant="ghost" icon={<RefreshIcon className="ak-icon" />} pending={draft.state === 'saving'} onClick={() => void flow.saveNow()}>
          {t.draft.retry}
        </Button>
      ) : null}
    </div>
  );
}

function QuestionsForm({ flow, feedback, t, common }: Pick<BodyProps, 'flow' | 'feedback' | 't' | 'common'>) {
  const format = useFeedbackFormat();
  if (!flow.filled) return <Spinner label={common.loading} />;
  return (
    <form className="ak-feedback-form__form" noValidate onSubmit={flow.requestSubmit}>
      <p className="ak-feedback-form__note">{feedback.questions.length > 0 ? t.questions.requiredNote : t.questions.none}</p>
      {flow.fields.map(({ question, name }) => (
        <FeedbackQuestionField key={question.id} question={question} name={name} form={flow.form} text={t} elementRef={flow.questionRef(name)} />
      ))}
      <footer className="ak-feedback-form__footer">
        <DraftLine flow={flow} t={t} format={format} />
        <Button type="submit" variant="primary" icon={<SendIcon className="ak-icon" />}>
          {t.submit.button}
        </Button>
      </footer>
    </form>
  );
}

/**
 * "Submit your feedback?": final, so it asks; sends once however often the button is pressed. It stays open while
 * the submit runs; a failure it keeps shows in it, with focus on the button that tries again.
 */
function SubmitConfirm({ flow, t, common }: { flow: FeedbackFlow; t: FeedbackText; common: CommonText }) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  const { submitError } = flow;
  useEffect(() => {
    if (submitError) confirmRef.current?.focus();
  }, [submitError]);
  return (
    <DialogShell
      open={flow.confirmOpen}
      onOpenChange={(open) => {
        if (!flow.submitting) flow.setConfirmOpen(open);
      }}
      role="alertdialog"
      size="sm"
      preventClose={flow.submitting}
      busyLabel={t.submit.submitting}
      icon={<SendIcon />}
      title={t.submit.confirmTitle}
      description={t.submit.confirmDescription}
      closeLabel={common.close}
      onCloseAutoFocus={(event) => {
        if (flow.takeFocusAfterClose()) event.preventDefault();
      }}
      footer={
        <>
          <Button onClick={() => flow.setConfirmOpen(false)} aria-disabled={flow.submitting || undefined}>
            {t.submit.keepEditing}
          </Button>
          <Button ref={confirmRef} variant="primary" pending={flow.submitting} onClick={() => void flow.confirmSubmit()}>
            {t.submit.confirm}
          </Button>
        </>
      }
    >
      {flow.submitError ? (
        <Alert tone="danger" title={t.submit.errorTitle}>
          {errorMessage(flow.submitError, common)}
        </Alert>
      ) : null}
    </DialogShell>
  );
}
