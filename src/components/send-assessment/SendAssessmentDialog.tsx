import { useCallback, useEffect, useId, useRef, useState, type MutableRefObject, type ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import type { Assessment, AssessmentTest, ScorecardQuestion } from '../../domain';
import { SEND_MESSAGE_MAX_LENGTH } from '../../domain';
import { useTests } from '../../data/hooks/use-catalogue';
import { useFormatters } from '../../data/format';
import { useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import { AssessmentStatusBadge } from '../../ui/status-badge/AssessmentStatusBadge';
import { Alert } from '../../ui/Alert';
import { AsyncCombobox } from '../../ui/AsyncCombobox';
import { ReviewersPicker } from '../../ui/ReviewersPicker';
import { Button } from '../../ui/Button';
import { useDiscardGuard } from '../../ui/ConfirmDialog';
import {
  DialogBody,
  DialogCloseButton,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogRoot,
  DialogTitle,
  DialogTrigger,
} from '../../ui/Dialog';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { ClipboardListIcon, ClockIcon, CodeIcon, RefreshIcon, SendIcon, TriangleAlertIcon, UnplugIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import { commonText, type CommonText } from '../../ui/text';
import { useControllableOpen } from '../../ui/use-controllable-open';
import { useOpeningKey } from '../../ui/use-opening-key';
import { NO_SCORECARD, PLAN_SCORECARD, templateScorecard } from './schema';
import { sendAssessmentText, type SendAssessmentText } from './text';
import { useSendAssessmentForm, type SendAssessmentDefaults, type SendAssessmentForm } from './useSendAssessmentForm';

export interface SendAssessmentDialogProps {
  /** Who gets the assessment; their name and email head the dialog. */
  candidateId: string;
  /**
   * Send an interview-plan activity: the candidate's `not_sent` assessment created by it pre-fills test, reviewers
   * and scorecard (all editable). Without it, an ad hoc send with an empty form.
   */
  activityId?: string | null;
  /** Pre-fill for an ad hoc send (ignored with `activityId`). */
  defaultValues?: SendAssessmentDefaults;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** An element that opens the dialog; focus returns to it on close. */
  trigger?: ReactNode;
  /** After a successful send (the dialog then closes; the candidate's assessments are already refreshing). */
  onSent?: (assessment: Assessment) => void;
  /**
   * No provider is connected: route the user to your integrations settings. Without it, or for a user who may not
   * manage integrations, the dialog says to ask an admin (the read-only variant).
   */
  onRequestSetup?: () => void;
  /** Open an assessment the candidate already has (offered by the duplicate warning). */
  onOpenAssessment?: (assessment: Assessment) => void;
  /** Text overrides (any feature's keys: `sendAssessment`, `picker`, `statusBadge`, `common`), over the provider's. */
  text?: TextOverrides;
}

/**
 * The recruiter's send: provider, test, reviewers, scorecard, link expiry and a message, sent exactly once.
 *
 * On success it announces the send, calls `onSent` and closes: the recruiter came from the candidate's
 * assessments, which already show the new one, and focus goes back to the button they pressed. A success screen
 * would add a click to every send in a high-volume pipeline. While sending it stays open (Escape says it is still
 * sending); a failure shows in it with Try again focused. A filled form asks before Escape, × or Cancel drop it.
 */
export function SendAssessmentDialog({ open: openProp, defaultOpen = false, onOpenChange, trigger, ...props }: SendAssessmentDialogProps) {
  const [open, setOpen] = useControllableOpen(openProp, defaultOpen, onOpenChange);
  const opening = useOpeningKey(open);
  const prefetch = useRef<() => void>(() => undefined);
  /** Opening from the trigger starts the first lists' requests at once (a host opening it by `open` skips this). */
  const changeOpen = useCallback(
    (next: boolean) => {
      if (next) prefetch.current();
      setOpen(next);
    },
    [setOpen],
  );
  return (
    // Escape, × and outside clicks reach onOpenChange only once the session let them through (nothing in flight,
    // nothing unsaved, or the recruiter chose to discard it).
    <DialogRoot open={open} onOpenChange={changeOpen}>
      {trigger ? <DialogTrigger>{trigger}</DialogTrigger> : null}
      <SendSession key={opening} {...props} open={open} onClose={() => setOpen(false)} prefetchRef={prefetch} />
    </DialogRoot>
  );
}

/**
 * One opening of the dialog: the form, the send and its outcome mount with it, so a reopened dialog shows nothing
 * of the last one. Mounted while closed too (with the form idle), so the candidate and providers are loaded and
 * the trigger can prefetch.
 */
function SendSession({
  candidateId,
  activityId = null,
  defaultValues,
  onSent,
  onRequestSetup,
  onOpenAssessment,
  text,
  open,
  onClose,
  prefetchRef,
}: Omit<SendAssessmentDialogProps, 'open' | 'defaultOpen' | 'onOpenChange' | 'trigger'> & {
  open: boolean;
  onClose: () => void;
  prefetchRef: MutableRefObject<() => void>;
}) {
  const t = useKitText('sendAssessment', sendAssessmentText, text);
  const common = useKitText('common', commonText, text);
  const onSentThenClose = useCallback(
    (assessment: Assessment) => {
      onSent?.(assessment);
      onClose();
    },
    [onSent, onClose],
  );
  const flow = useSendAssessmentForm({ candidateId, activityId, defaultValues, text: t, active: open, onSent: onSentThenClose });
  const { prefetch, hasUnsavedInput } = flow;
  useEffect(() => {
    prefetchRef.current = prefetch;
  }, [prefetchRef, prefetch]);
  const guard = useDiscardGuard({ isDirty: hasUnsavedInput, onDiscard: onClose, text: t.discard });

  const formId = useId();
  const candidate = flow.candidate.data;
  const showForm = flow.ready && flow.connected.length > 0 && !flow.activityMissing;
  const sending = flow.isSending;

  return (
    <>
      <DialogContent
        size="lg"
        className="ak-send"
        preventClose={sending}
        busyLabel={t.sending}
        onEscapeKeyDown={guard.hold}
        onInteractOutside={guard.hold}
      >
        <DialogHeader>
          <DialogTitle>{t.title}</DialogTitle>
          <DialogDescription>{activityId ? t.fromPlanDescription(flow.planned?.stageName ?? null) : t.description}</DialogDescription>
          {sending ? null : <DialogCloseButton label={common.close} onClick={guard.hold} />}
        </DialogHeader>
        <DialogBody>
          <div className="ak-send__body">
            <section className="ak-send__candidate" aria-label={t.candidateLabel}>
              {candidate ? (
                <>
                  <span className="ak-send__avatar" aria-hidden="true">
                    {initials(candidate.name)}
                  </span>
                  <span className="ak-send__who">
                    <span className="ak-send__name">{candidate.name}</span>
                    <span className="ak-send__email">{candidate.email}</span>
                  </span>
                </>
              ) : flow.candidate.isError ? (
                <Alert
                  tone="danger"
                  className="ak-send__wide"
                  title={t.candidateLoadFailed}
                  actions={
                    <Button size="sm" icon={<RefreshIcon className="ak-icon" />} onClick={() => void flow.candidate.refetch()}>
                      {common.retry}
                    </Button>
                  }
                >
                  {errorMessage(flow.candidate.error, common)}
                </Alert>
              ) : (
                <Spinner label={common.loading} />
              )}
            </section>
            <SendBody flow={flow} t={t} common={common} text={text} formId={formId} onRequestSetup={onRequestSetup} onOpenAssessment={onOpenAssessment} onClose={onClose} />
          </div>
        </DialogBody>
        <DialogFooter>
          {showForm ? (
            <>
              <Button onClick={guard.request} aria-disabled={sending || undefined}>
                {t.cancel}
              </Button>
              <Button type="submit" form={formId} variant="primary" pending={sending} icon={<SendIcon className="ak-icon" />}>
                {sending ? t.sending : t.send}
              </Button>
            </>
          ) : (
            <Button onClick={onClose}>{common.close}</Button>
          )}
        </DialogFooter>
      </DialogContent>
      {guard.confirmation}
    </>
  );
}

interface PartProps {
  flow: SendAssessmentForm;
  t: SendAssessmentText;
  common: CommonText;
  /** The caller's raw overrides, handed on to nested kit components. */
  text: TextOverrides | undefined;
}

function SendBody({
  flow,
  t,
  common,
  text,
  formId,
  onRequestSetup,
  onOpenAssessment,
  onClose,
}: PartProps & {
  formId: string;
  onRequestSetup: (() => void) | undefined;
  onOpenAssessment: ((assessment: Assessment) => void) | undefined;
  onClose: () => void;
}) {
  const failed = flow.providers.isError ? flow.providers : flow.integrationsError ? { error: flow.integrationsError } : null;
  if (failed) {
    return (
      <Alert
        tone="danger"
        title={t.provider.loadFailed}
        actions={
          <Button size="sm" icon={<RefreshIcon className="ak-icon" />} onClick={() => void flow.providers.refetch()}>
            {common.retry}
          </Button>
        }
      >
        {errorMessage(failed.error, common)}
      </Alert>
    );
  }
  if (flow.assessmentsQuery.isError) {
    return (
      <Alert
        tone="danger"
        title={common.errors.server}
        actions={
          <Button size="sm" icon={<RefreshIcon className="ak-icon" />} onClick={() => void flow.assessmentsQuery.refetch()}>
            {common.retry}
          </Button>
        }
      />
    );
  }
  if (!flow.ready) return <Spinner label={common.loading} />;
  if (flow.activityMissing) return <Alert tone="warning">{t.activityMissing}</Alert>;
  if (flow.connected.length === 0) return <NoProvider flow={flow} t={t} common={common} text={text} onRequestSetup={onRequestSetup} />;
  return <SendForm flow={flow} t={t} common={common} text={text} formId={formId} onOpenAssessment={onOpenAssessment} onClose={onClose} />;
}

function NoProvider({ flow, t, onRequestSetup }: PartProps & { onRequestSetup: (() => void) | undefined }) {
  const canSetUp = flow.canSetUp && onRequestSetup !== undefined;
  return (
    <div className="ak-send__empty">
      <span className="ak-icon-circle" aria-hidden="true">
        <UnplugIcon className="ak-icon" />
      </span>
      <h3 className="ak-send__empty-title">{t.noProvider.title}</h3>
      <p className="ak-send__empty-text">{canSetUp ? t.noProvider.body : `${t.noProvider.body} ${t.noProvider.askAdmin}`}</p>
      {flow.providerOptions.length > 0 ? <ProviderReasons flow={flow} /> : null}
      {canSetUp ? (
        <Button variant="primary" onClick={onRequestSetup}>
          {t.noProvider.setUp}
        </Button>
      ) : null}
    </div>
  );
}

/** Providers that are connected but can't send, with why. */
function ProviderReasons({ flow }: { flow: SendAssessmentForm }) {
  return (
    <ul className="ak-send__reasons">
      {flow.providerOptions.map(({ provider, unavailableReason }) => (
        <li key={provider.id} className="ak-send__reason">
          <TriangleAlertIcon className="ak-icon" />
          <span className="ak-send__reason-text">
            <span className="ak-send__reason-name">{provider.name}</span>: {unavailableReason}
          </span>
        </li>
      ))}
    </ul>
  );
}

function SendForm({
  flow,
  t,
  common,
  text,
  formId,
  onOpenAssessment,
  onClose,
}: PartProps & { formId: string; onOpenAssessment: ((assessment: Assessment) => void) | undefined; onClose: () => void }) {
  const { form } = flow;
  const errors = form.formState.errors;
  const locked = flow.isSending;
  return (
    <form id={formId} className="ak-send__form" noValidate onSubmit={(event) => void flow.submit(event)} aria-busy={locked || undefined}>
      {flow.formError ? <FormError flow={flow} t={t} common={common} text={text} /> : null}
      <ProviderChoice flow={flow} t={t} common={common} text={text} />
      <TestField flow={flow} t={t} common={common} text={text} />
      {flow.duplicate ? (
        <DuplicateNotice flow={flow} t={t} common={common} text={text} onOpenAssessment={onOpenAssessment} onClose={onClose} />
      ) : null}
      <ReviewersField flow={flow} t={t} common={common} text={text} />
      <ScorecardField flow={flow} t={t} common={common} text={text} />
      <div className="ak-send__row">
        <ExpiryField flow={flow} t={t} common={common} text={text} />
      </div>
      <Field label={t.message.label} hint={t.message.hint(SEND_MESSAGE_MAX_LENGTH)} error={errors.message?.message}>
        <textarea className="ak-input ak-send__message" rows={3} readOnly={locked} {...form.register('message')} />
      </Field>
      <MessageCount flow={flow} t={t} />
    </form>
  );
}

function ProviderChoice({ flow, t }: PartProps) {
  const name = useId();
  const error = flow.form.formState.errors.providerId?.message;
  const chosen = flow.form.watch('providerId');
  return (
    <fieldset className="ak-send__providers" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="ak-send__legend">{t.provider.legend}</legend>
      <div className="ak-send__provider-list">
        {flow.providerOptions.map(({ provider, unavailableReason }) => {
          const id = `${name}-${provider.id}`;
          return (
            <div key={provider.id} className="ak-send__provider" data-checked={chosen === provider.id || undefined} data-unavailable={unavailableReason !== null || undefined}>
              <input
                id={id}
                type="radio"
                className="ak-send__radio"
                name={name}
                value={provider.id}
                checked={chosen === provider.id}
                disabled={unavailableReason !== null}
                aria-describedby={unavailableReason ? `${id}-reason` : undefined}
                onChange={() => flow.chooseProvider(provider.id)}
              />
              <label className="ak-send__provider-label" htmlFor={id}>
                <span className="ak-send__provider-name">{provider.name}</span>
                {unavailableReason ? (
                  <span className="ak-send__provider-reason" id={`${id}-reason`}>
                    <TriangleAlertIcon className="ak-icon" />
                    {unavailableReason}
                  </span>
                ) : (
                  <span className="ak-send__provider-meta">{provider.description}</span>
                )}
              </label>
            </div>
          );
        })}
      </div>
      {error ? (
        <p className="ak-field__error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function TestField({ flow, t, text }: PartProps) {
  const [search, setSearch] = useState('');
  const provider = flow.selectedProvider?.provider;
  const providerId = provider?.id ?? '';
  const tests = useTests(providerId, search, { enabled: providerId !== '' });
  const { form } = flow;
  const [chosen, setChosen] = useState<AssessmentTest | null>(null);
  const testId = form.watch('testId');
  const summary = chosen?.id === testId ? chosen : null;
  const describe = (test: AssessmentTest) =>
    [t.test.duration(test.durationMinutes), test.languages.length > 0 ? t.test.languages(test.languages) : null].filter(Boolean).join(t.test.separator);
  return (
    <div className="ak-send__test">
      <Controller
        control={form.control}
        name="testId"
        render={({ field, fieldState }) => (
          <Field label={t.test.label} error={fieldState.error?.message} hint={provider ? undefined : t.test.chooseProviderFirst}>
            <AsyncCombobox<AssessmentTest>
              source={tests}
              onSearchChange={setSearch}
              getKey={(test) => test.id}
              getLabel={(test) => test.title}
              getDisabledReason={(test) => (test.archived ? t.test.archived(provider?.name ?? '') : null)}
              renderItem={(test, { disabledReason }) => (
                <>
                  <span className="ak-picker__option-label">{test.title}</span>{' '}
                  <span className="ak-picker__option-meta">{disabledReason ?? describe(test)}</span>
                </>
              )}
              value={field.value === '' ? null : field.value}
              valueLabel={flow.testLabel}
              onChange={(id, test) => {
                setChosen(test);
                field.onChange(id);
              }}
              onBlur={field.onBlur}
              inputRef={field.ref}
              placeholder={t.test.placeholder}
              messages={{ noResults: t.test.noResults }}
              disabled={!provider || flow.isSending}
              required
              text={text}
            />
          </Field>
        )}
      />
      {summary ? (
        <p className="ak-send__test-summary">
          <ClockIcon className="ak-icon" />
          <span className="ak-send__test-summary-text">{t.test.duration(summary.durationMinutes)}</span>
          {summary.languages.length > 0 ? (
            <>
              <CodeIcon className="ak-icon" />
              <span className="ak-send__test-summary-text">{t.test.languages(summary.languages)}</span>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

function ReviewersField({ flow, t, text }: PartProps) {
  return (
    <Controller
      control={flow.form.control}
      name="reviewerIds"
      render={({ field, fieldState }) => (
        <Field label={t.reviewers.label} hint={t.reviewers.hint} error={fieldState.error?.message}>
          <ReviewersPicker
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            selectedItems={flow.knownReviewers}
            resolving={flow.resolvingReviewers}
            selectionLabel={t.reviewers.selectionLabel}
            placeholder={t.reviewers.placeholder}
            messages={{ noResults: t.reviewers.noResults }}
            disabled={flow.isSending}
            required
            text={text}
          />
        </Field>
      )}
    />
  );
}

function ScorecardField({ flow, t, common }: PartProps) {
  const { form, templates, planned } = flow;
  const value = form.watch('scorecard');
  const planQuestions = planned?.scorecard?.kind === 'questions' ? planned.scorecard.questions : null;
  const template = value.startsWith('template:') ? templates.data?.find((tpl) => templateScorecard(tpl.id) === value) : undefined;
  const questions: ScorecardQuestion[] | null = value === PLAN_SCORECARD ? planQuestions : (template?.questions ?? null);
  const previewId = useId();
  return (
    <div className="ak-send__scorecard">
      <Field label={t.scorecard.label} error={form.formState.errors.scorecard?.message} hint={value === NO_SCORECARD ? t.scorecard.noneHint : undefined}>
        <select className="ak-input ak-send__select" aria-controls={previewId} disabled={flow.isSending} {...form.register('scorecard')}>
          <option className="ak-send__select-option" value={NO_SCORECARD}>
            {t.scorecard.none}
          </option>
          {planQuestions ? (
            <option className="ak-send__select-option" value={PLAN_SCORECARD}>
              {t.scorecard.planQuestions(planQuestions.length)}
            </option>
          ) : null}
          {(templates.data ?? []).map((tpl) => (
            <option key={tpl.id} className="ak-send__select-option" value={templateScorecard(tpl.id)}>
              {tpl.name}
            </option>
          ))}
        </select>
      </Field>
      {templates.isError ? (
        <Alert
          tone="danger"
          title={t.scorecard.loadFailed}
          actions={
            <Button size="sm" icon={<RefreshIcon className="ak-icon" />} onClick={() => void templates.refetch()}>
              {common.retry}
            </Button>
          }
        />
      ) : null}
      <div id={previewId} className="ak-send__preview-region">
        {questions ? (
          <section className="ak-panel ak-send__preview" aria-labelledby={`${previewId}-title`}>
            <h3 className="ak-send__preview-title" id={`${previewId}-title`}>
              <ClipboardListIcon className="ak-icon" />
              {t.scorecard.previewLabel(questions.length)}
            </h3>
            <ol className="ak-send__questions">
              {questions.map((question) => (
                <li key={question.id} className="ak-send__question">
                  <span className="ak-send__question-prompt">{question.prompt}</span>
                  <span className="ak-send__question-meta">
                    {t.scorecard.questionTypes[question.type]}
                    {question.options.length > 0 ? `: ${question.options.join(', ')}` : ''}
                    {' · '}
                    {question.required ? t.scorecard.required : t.scorecard.optional}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>
    </div>
  );
}

function ExpiryField({ flow, t }: PartProps) {
  const provider = flow.selectedProvider?.provider;
  const error = flow.form.formState.errors.expiresOn?.message;
  return (
    <Field
      label={t.expiry.label}
      error={error}
      hint={provider ? t.expiry.hint(provider.name, provider.linkLifetime.defaultDays, provider.linkLifetime.maxDays) : undefined}
    >
      <input
        type="date"
        className="ak-input ak-send__date"
        min={nextDay(flow.today)}
        max={flow.lastDay ?? undefined}
        readOnly={flow.isSending}
        disabled={!provider}
        {...flow.form.register('expiresOn')}
      />
    </Field>
  );
}

function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(year, month - 1, date + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}`;
}

function MessageCount({ flow, t }: { flow: SendAssessmentForm; t: SendAssessmentText }) {
  const used = flow.form.watch('message').length;
  return (
    <p className="ak-send__count" data-over={used > SEND_MESSAGE_MAX_LENGTH || undefined} aria-hidden="true">
      {t.message.count(used, SEND_MESSAGE_MAX_LENGTH)}
    </p>
  );
}

function DuplicateNotice({
  flow,
  t,
  text,
  onOpenAssessment,
  onClose,
}: PartProps & { onOpenAssessment: ((assessment: Assessment) => void) | undefined; onClose: () => void }) {
  const existing = flow.duplicate!;
  const formatters = useFormatters();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The recruiter pressed Send and got this instead: take them to it.
  useEffect(() => headingRef.current?.focus(), [existing.id]);
  const headingId = useId();
  return (
    <section className="ak-send__duplicate" aria-labelledby={headingId} data-tone="warning">
      <TriangleAlertIcon className="ak-icon ak-send__duplicate-icon" />
      <div className="ak-send__duplicate-body">
        <h3 className="ak-send__duplicate-title" id={headingId} tabIndex={-1} ref={headingRef}>
          {t.duplicate.title(flow.candidate.data?.name ?? '')}
        </h3>
        <p className="ak-send__duplicate-text">
          {t.duplicate.body(existing.testTitle, existing.sentAt ? formatters.date(existing.sentAt) : null)}
        </p>
        <AssessmentStatusBadge assessment={existing} text={text} />
        <div className="ak-send__duplicate-actions">
          <Button size="sm" variant="primary" pending={flow.isSending} onClick={() => void flow.sendAnyway()}>
            {t.duplicate.confirm}
          </Button>
          {onOpenAssessment ? (
            <Button
              size="sm"
              onClick={() => {
                onOpenAssessment(existing);
                onClose();
              }}
            >
              {t.duplicate.open}
            </Button>
          ) : null}
        </div>
      </div>
    </section>
  );
}

function FormError({ flow, t, common }: PartProps) {
  const error = flow.formError!;
  const retryRef = useRef<HTMLButtonElement>(null);
  // The next step after a failed send is trying again: take focus there (Send is a dozen Tabs below).
  useEffect(() => retryRef.current?.focus(), [error]);
  if (error.kind === 'retryable') {
    return (
      <Alert
        tone="danger"
        title={t.errors.formTitle}
        actions={
          <Button ref={retryRef} size="sm" icon={<RefreshIcon className="ak-icon" />} pending={flow.isSending} onClick={() => void flow.submit()}>
            {common.retry}
          </Button>
        }
      >
        {errorMessage(error.error, common)}
      </Alert>
    );
  }
  return (
    <Alert tone="danger" title={t.errors.formTitle}>
      {error.message ?? errorMessage(error.error, common)}
    </Alert>
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

