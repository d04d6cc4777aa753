import { useCallback, useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import type { Assessment } from '../../domain';
import { LIVE_INTERVIEW_TITLE_MAX_LENGTH } from '../../domain';
import { useFormatters } from '../../data/format';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import { Alert } from '../../ui/Alert';
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
import { CircleCheckIcon, RefreshIcon, TriangleAlertIcon, UnplugIcon, CalendarIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import { commonText, type CommonText } from '../../ui/text';
import { useControllableOpen } from '../../ui/use-controllable-open';
import { useOpeningKey } from '../../ui/use-opening-key';
import { NO_SCORECARD, templateScorecard } from '../send-assessment/schema';
import { InterviewLinks } from './InterviewLinks';
import { viewerTimeZoneName } from './schema';
import { liveInterviewText, type LiveInterviewText } from './text';
import { useScheduleLiveInterviewForm, type ScheduleLiveInterviewForm } from './useScheduleLiveInterviewForm';

export interface ScheduleLiveInterviewDialogProps {
  /** Who the interview is with; their name and email head the dialog, and the title suggests their name and job. */
  candidateId: string;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** An element that opens the dialog; focus returns to it on close. */
  trigger?: ReactNode;
  /** After the pad was created (the dialog then shows its links; the candidate's list already has it). */
  onCreated?: (interview: Assessment) => void;
  /**
   * No provider with live interviews is connected: route the user to your integrations settings. Without it, or for
   * a user who may not manage integrations, the dialog says to ask an admin.
   */
  onRequestSetup?: () => void;
  /** Text overrides (`liveInterview`, `picker`, `common`), over the provider's. */
  text?: TextOverrides;
}

/**
 * Schedule a live coding interview from the candidate's profile: a provider with live pads, a title, the
 * interviewers and their scorecard, and an optional date and time in the viewer's time zone. Creating it (once, under
 * double clicks and retries) turns the dialog into the interview's links, whole and copyable, with Send link to
 * candidate. It stays open there, unlike the send dialog, because the links are what the user came for. While
 * creating it stays open (Escape says so); a failure shows in it with Try again focused; a filled form asks before
 * Escape, × or Cancel drop it; a half-typed date and time is an error, never "no set time".
 *
 * A dialog of its own rather than a mode of `SendAssessmentDialog`: the form shares little (no test, no expiry, no
 * message, no duplicate guard) and the outcome is a screen of links instead of closing.
 */
export function ScheduleLiveInterviewDialog({ open: openProp, defaultOpen = false, onOpenChange, trigger, ...props }: ScheduleLiveInterviewDialogProps) {
  const [open, setOpen] = useControllableOpen(openProp, defaultOpen, onOpenChange);
  const opening = useOpeningKey(open);
  return (
    // Escape, × and outside clicks reach onOpenChange only once the session let them through (nothing in flight,
    // nothing unsaved, or the user chose to discard it).
    <DialogRoot open={open} onOpenChange={setOpen}>
      {trigger ? <DialogTrigger>{trigger}</DialogTrigger> : null}
      <ScheduleSession key={opening} {...props} open={open} onClose={() => setOpen(false)} />
    </DialogRoot>
  );
}

/** One opening of the dialog: the form, the create and its outcome mount with it, so nothing of the last one shows. */
function ScheduleSession({
  candidateId,
  onCreated,
  onRequestSetup,
  text,
  open,
  onClose,
}: Omit<ScheduleLiveInterviewDialogProps, 'open' | 'defaultOpen' | 'onOpenChange' | 'trigger'> & { open: boolean; onClose: () => void }) {
  const t = useKitText('liveInterview', liveInterviewText, text);
  const common = useKitText('common', commonText, text);
  const flow = useScheduleLiveInterviewForm({ candidateId, text: t, active: open, onCreated });
  // Once created, the links are the outcome: closing loses no input.
  const { hasUnsavedInput, created } = flow;
  const isDirty = useCallback(() => created === null && hasUnsavedInput(), [created, hasUnsavedInput]);
  const guard = useDiscardGuard({ isDirty, onDiscard: onClose, text: t.discard });

  const formId = useId();
  const candidate = flow.candidate.data;
  const showForm = flow.ready && flow.connected.length > 0 && flow.created === null;
  const creating = flow.isCreating;

  let footer: ReactNode;
  if (flow.created) {
    footer = (
      <Button variant="primary" onClick={onClose}>
        {t.done}
      </Button>
    );
  } else if (showForm) {
    footer = (
      <>
        <Button onClick={guard.request} aria-disabled={creating || undefined}>
          {t.cancel}
        </Button>
        <Button type="submit" form={formId} variant="primary" pending={creating} icon={<CalendarIcon />}>
          {creating ? t.creating : t.create}
        </Button>
      </>
    );
  } else {
    footer = <Button onClick={onClose}>{common.close}</Button>;
  }

  return (
    <>
      <DialogContent
        size="lg"
        className="ak-live-schedule"
        preventClose={creating}
        busyLabel={t.creating}
        onEscapeKeyDown={guard.hold}
        onInteractOutside={guard.hold}
      >
        <DialogHeader>
          <DialogTitle>{t.title}</DialogTitle>
          <DialogDescription>{t.description}</DialogDescription>
          {creating ? null : <DialogCloseButton label={common.close} onClick={guard.hold} />}
        </DialogHeader>
        <DialogBody>
          <div className="ak-live-schedule__body">
            <section className="ak-live-schedule__candidate" aria-label={t.candidateLabel}>
              {candidate ? (
                <>
                  <span className="ak-live-schedule__name">{candidate.name}</span>
                  <span className="ak-live-schedule__email">{candidate.email}</span>
                </>
              ) : flow.candidate.isError ? (
                <Alert tone="danger" title={t.candidateLoadFailed} actions={<RetryButton onClick={() => void flow.candidate.refetch()} common={common} />}>
                  {errorMessage(flow.candidate.error, common)}
                </Alert>
              ) : (
                <Spinner label={common.loading} />
              )}
            </section>
            <ScheduleBody flow={flow} t={t} common={common} text={text} formId={formId} onRequestSetup={onRequestSetup} />
          </div>
        </DialogBody>
        <DialogFooter>{footer}</DialogFooter>
      </DialogContent>
      {guard.confirmation}
    </>
  );
}

interface PartProps {
  flow: ScheduleLiveInterviewForm;
  t: LiveInterviewText;
  common: CommonText;
  /** The caller's raw overrides, handed on to nested kit components. */
  text: TextOverrides | undefined;
}

function RetryButton({ onClick, common }: { onClick: () => void; common: CommonText }) {
  return (
    <Button size="sm" icon={<RefreshIcon />} onClick={onClick}>
      {common.retry}
    </Button>
  );
}

function ScheduleBody({ flow, t, common, text, formId, onRequestSetup }: PartProps & { formId: string; onRequestSetup: (() => void) | undefined }) {
  if (flow.created) return <Created flow={flow} interview={flow.created} t={t} common={common} />;
  const failed = flow.providers.error ?? flow.integrationsError;
  if (failed) {
    return (
      <Alert tone="danger" title={t.provider.loadFailed} actions={<RetryButton onClick={() => void flow.providers.refetch()} common={common} />}>
        {errorMessage(failed, common)}
      </Alert>
    );
  }
  if (!flow.ready) return <Spinner label={common.loading} />;
  if (flow.connected.length === 0) return <NoProvider flow={flow} t={t} onRequestSetup={onRequestSetup} />;
  return <ScheduleForm flow={flow} t={t} common={common} text={text} formId={formId} />;
}

function NoProvider({ flow, t, onRequestSetup }: Omit<PartProps, 'common' | 'text'> & { onRequestSetup: (() => void) | undefined }) {
  const canSetUp = flow.canSetUp && onRequestSetup !== undefined;
  const unavailable = [
    ...flow.providerOptions.map((option) => ({ id: option.provider.id, text: `${option.provider.name}: ${option.unavailableReason}` })),
    ...(flow.testsOnly.length > 0 ? [{ id: 'tests-only', text: t.noProvider.testsOnly(flow.testsOnly.map((p) => p.name).join(', ')) }] : []),
  ];
  return (
    <div className="ak-live-schedule__empty">
      <span className="ak-icon-circle" aria-hidden="true">
        <UnplugIcon />
      </span>
      <h3 className="ak-live-schedule__empty-title">{t.noProvider.title}</h3>
      <p className="ak-live-schedule__empty-text">{canSetUp ? t.noProvider.body : `${t.noProvider.body} ${t.noProvider.askAdmin}`}</p>
      {unavailable.length > 0 ? (
        <ul className="ak-live-schedule__reasons">
          {unavailable.map((reason) => (
            <li key={reason.id} className="ak-live-schedule__reason">
              <TriangleAlertIcon className="ak-icon" />
              <span className="ak-live-schedule__reason-text">{reason.text}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {canSetUp ? (
        <Button variant="primary" onClick={onRequestSetup}>
          {t.noProvider.setUp}
        </Button>
      ) : null}
    </div>
  );
}

function ScheduleForm({ flow, t, common, text, formId }: PartProps & { formId: string }) {
  const { form } = flow;
  const errors = form.formState.errors;
  const locked = flow.isCreating;
  const { locale, now } = useAssessmentKit('ScheduleLiveInterviewDialog');
  const zone = useMemo(() => viewerTimeZoneName(locale, now()), [locale, now]);
  return (
    <form id={formId} className="ak-live-schedule__form" noValidate onSubmit={(event) => void flow.submit(event)} aria-busy={locked || undefined}>
      {flow.formError ? <FormError flow={flow} t={t} common={common} /> : null}
      <ProviderChoice flow={flow} t={t} />
      <Field label={t.interviewTitle.label} error={errors.title?.message}>
        <input className="ak-input" type="text" autoComplete="off" maxLength={LIVE_INTERVIEW_TITLE_MAX_LENGTH} readOnly={locked} {...form.register('title')} />
      </Field>
      <InterviewersField flow={flow} t={t} text={text} />
      <Field label={t.scorecard.label} hint={form.watch('scorecard') === NO_SCORECARD ? t.scorecard.noneHint : undefined}>
        <select className="ak-input ak-live-schedule__select" disabled={locked} {...form.register('scorecard')}>
          <option className="ak-live-schedule__option" value={NO_SCORECARD}>
            {t.scorecard.none}
          </option>
          {(flow.templates.data ?? []).map((template) => (
            <option key={template.id} className="ak-live-schedule__option" value={templateScorecard(template.id)}>
              {template.name}
            </option>
          ))}
        </select>
      </Field>
      {flow.templates.isError ? (
        <Alert tone="danger" title={t.scorecard.loadFailed} actions={<RetryButton onClick={() => void flow.templates.refetch()} common={common} />} />
      ) : null}
      <Field label={t.when.label} hint={t.when.hint(zone)} error={errors.scheduledAt?.message}>
        <input className="ak-input ak-live-schedule__when" type="datetime-local" min={flow.nowValue} readOnly={locked} {...form.register('scheduledAt')} />
      </Field>
    </form>
  );
}

function ProviderChoice({ flow, t }: Pick<PartProps, 'flow' | 't'>) {
  const name = useId();
  const error = flow.form.formState.errors.providerId?.message;
  const chosen = flow.form.watch('providerId');
  const choose = (id: string) => {
    flow.form.setValue('providerId', id, { shouldDirty: true });
    flow.form.clearErrors('providerId');
  };
  return (
    <fieldset className="ak-live-schedule__providers" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="ak-live-schedule__legend">{t.provider.legend}</legend>
      {flow.providerOptions.map(({ provider, unavailableReason }) => {
        const id = `${name}-${provider.id}`;
        return (
          <div key={provider.id} className="ak-live-schedule__provider" data-checked={chosen === provider.id || undefined} data-unavailable={unavailableReason !== null || undefined}>
            <input
              id={id}
              type="radio"
              className="ak-live-schedule__radio"
              name={name}
              value={provider.id}
              checked={chosen === provider.id}
              disabled={unavailableReason !== null || flow.isCreating}
              aria-describedby={`${id}-about`}
              onChange={() => choose(provider.id)}
            />
            <label className="ak-live-schedule__provider-label" htmlFor={id}>
              <span className="ak-live-schedule__provider-name">{provider.name}</span>
              <span className="ak-live-schedule__provider-about" id={`${id}-about`}>
                {unavailableReason ?? provider.description}
              </span>
            </label>
          </div>
        );
      })}
      {error ? (
        <p className="ak-field__error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function InterviewersField({ flow, t, text }: Pick<PartProps, 'flow' | 't' | 'text'>) {
  return (
    <Controller
      control={flow.form.control}
      name="interviewerIds"
      render={({ field, fieldState }) => (
        <Field label={t.interviewers.label} hint={t.interviewers.hint} error={fieldState.error?.message}>
          <ReviewersPicker
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            selectionLabel={t.interviewers.selectionLabel}
            placeholder={t.interviewers.placeholder}
            messages={{ noResults: t.interviewers.noResults }}
            disabled={flow.isCreating}
            required
            text={text}
          />
        </Field>
      )}
    />
  );
}

function FormError({ flow, t, common }: Omit<PartProps, 'text'>) {
  const error = flow.formError!;
  const retryRef = useRef<HTMLButtonElement>(null);
  // The next step after a failed create is trying again: take focus there (Create is far below).
  useEffect(() => retryRef.current?.focus(), [error]);
  return (
    <Alert
      tone="danger"
      title={t.errors.formTitle}
      actions={
        error.kind === 'retryable' ? (
          <Button ref={retryRef} size="sm" icon={<RefreshIcon />} pending={flow.isCreating} onClick={() => void flow.submit()}>
            {common.retry}
          </Button>
        ) : undefined
      }
    >
      {error.kind === 'rejected' && error.message ? error.message : errorMessage(error.error, common)}
    </Alert>
  );
}

function Created({ flow, interview, t, common }: Omit<PartProps, 'text'> & { interview: Assessment }) {
  const format = useFormatters();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  // The Create button that had focus is gone: take the user to what they came for.
  const focusHeading = useCallback(() => headingRef.current?.focus(), []);
  useEffect(focusHeading, [focusHeading]);
  const when = interview.interview?.scheduledAt ? format.dateTime(interview.interview.scheduledAt) : null;
  return (
    <section className="ak-live-schedule__created" aria-labelledby={headingId}>
      <h3 className="ak-live-schedule__created-title" id={headingId} ref={headingRef} tabIndex={-1}>
        <CircleCheckIcon className="ak-icon" />
        {t.created.title}
      </h3>
      <p className="ak-live-schedule__created-text">{t.created.description(interview.testTitle, when)}</p>
      <InterviewLinks interview={interview} candidateName={flow.candidate.data?.name ?? ''} t={t} common={common} />
    </section>
  );
}
