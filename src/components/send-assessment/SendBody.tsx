import { useController, useFormState, useWatch } from 'react-hook-form';
import { SEND_MESSAGE_MAX_LENGTH } from '../../domain/limits';
import { addCalendarDays } from '../../data/calendar-day';
import type { RequestSetupHandler } from '../../data/form-field';
import { Alert } from '../../ui/Alert';
import { DateField } from '../../ui/DateField';
import { Field } from '../../ui/Field';
import { ProviderGate } from '../../ui/ProviderGate';
import { ProviderChoice } from '../../ui/ProviderChoice';
import { RetryAlert } from '../../ui/RetryAlert';
import { ReviewersField } from '../../ui/ReviewersField';
import { SubmitErrorAlert } from '../../ui/SubmitErrorAlert';
import { ScorecardField } from './ScorecardField';
import type { SendPartProps } from './send-parts';
import { TestField } from './TestField';

interface SendBodyProps extends SendPartProps {
  formId: string;
  onRequestSetup: RequestSetupHandler | undefined;
}

/** What the dialog holds under the candidate: a load failure, a plan activity already sent, the wait, why it can't send, or the form. */
export function SendBody({ flow, t, common, onRequestSetup, ...props }: SendBodyProps) {
  if (flow.assessmentsError) return <RetryAlert title={common.errors.server} retryLabel={common.retry} size="sm" onRetry={flow.retryAssessments} />;
  if (flow.activityMissing) return <Alert tone="warning">{t.activityMissing}</Alert>;
  return (
    <ProviderGate providers={flow.providers} ready={flow.ready} shape={{ fields: 6, endsWithTextArea: true }} text={t} common={common} onRequestSetup={onRequestSetup}>
      <SendForm flow={flow} t={t} common={common} {...props} />
    </ProviderGate>
  );
}

function SendForm({ flow, t, common, textOverrides, formId }: Omit<SendBodyProps, 'onRequestSetup'>) {
  const { form } = flow;
  const { errors } = useFormState({ control: form.control });
  const parts = { flow, t, common, textOverrides };
  const locked = flow.isSending;
  const providerId = flow.selectedProvider?.provider.id ?? '';
  return (
    <form id={formId} className="ak-send__form" noValidate onSubmit={(event) => void flow.submit(event)} aria-busy={locked || undefined}>
      {flow.formError ? (
        <SubmitErrorAlert error={flow.formError} title={t.errors.formTitle} common={common} retrying={locked} onRetry={() => void flow.submit()} />
      ) : null}
      <ProviderChoice legend={t.provider.legend} options={flow.providers.options} value={providerId} onChange={flow.chooseProvider} error={errors.providerId?.message} disabled={locked} />
      <TestField {...parts} />
      <ReviewersField
        control={form.control}
        name="reviewerIds"
        text={t.reviewers}
        selectedItems={flow.knownReviewers}
        resolving={flow.resolvingReviewers}
        disabled={locked}
        textOverrides={textOverrides}
      />
      <ScorecardField {...parts} />
      <div className="ak-send__row">
        <ExpiryField {...parts} />
      </div>
      <Field label={t.message.label} hint={t.message.hint(SEND_MESSAGE_MAX_LENGTH)} error={errors.message?.message}>
        <textarea className="ak-input ak-send__message" rows={3} readOnly={locked} {...form.register('message')} />
      </Field>
      <MessageCount {...parts} />
    </form>
  );
}

function ExpiryField({ flow, t, textOverrides }: SendPartProps) {
  const provider = flow.selectedProvider?.provider;
  const { errors } = useFormState({ control: flow.form.control, name: 'expiresOn' });
  const { field } = useController({ control: flow.form.control, name: 'expiresOn' });
  return (
    <Field
      label={t.expiry.label}
      error={errors.expiresOn?.message}
      hint={provider ? t.expiry.hint(provider.name, provider.linkLifetime.defaultDays, provider.linkLifetime.maxDays) : undefined}
    >
      <DateField
        {...field}
        className="ak-send__date"
        min={addCalendarDays(flow.today, 1)}
        max={flow.lastDay ?? undefined}
        readOnly={flow.isSending}
        disabled={!provider}
        text={textOverrides}
      />
    </Field>
  );
}

function MessageCount({ flow, t }: SendPartProps) {
  const used = useWatch({ control: flow.form.control, name: 'message' }).length;
  return (
    <p className="ak-send__count" data-over={used > SEND_MESSAGE_MAX_LENGTH || undefined} aria-hidden="true">
      {t.message.count(used, SEND_MESSAGE_MAX_LENGTH)}
    </p>
  );
}
