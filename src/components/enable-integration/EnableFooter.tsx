import { Button } from '../../ui/Button';
import type { EnablePartProps } from './parts';

/** The dialog's buttons, by step: Cancel and Connect, Continue, Finish. */
export function EnableFooter({
  flow,
  t,
  formId,
  onClose,
  onSecretConfirmMissing,
}: Pick<EnablePartProps, 'flow' | 't'> & { formId: string; onClose: () => void; onSecretConfirmMissing: () => void }) {
  const provider = flow.provider;
  if (!provider) {
    return (
      <Button onClick={onClose} variant="secondary">
        {t.cancel}
      </Button>
    );
  }
  if (flow.step === 'apiKey') {
    const submitLabel = flow.mode === 'replace' ? t.apiKey.replaceSubmit : t.apiKey.submit(provider.name);
    return (
      <>
        {/* Held while the key is checked: the vendor may already have accepted it. */}
        <Button onClick={onClose} aria-disabled={!flow.canClose || undefined} className="ak-enable-action">
          {t.cancel}
        </Button>
        <Button
          type="submit"
          form={formId}
          variant="primary"
          pending={flow.isVerifying}
          aria-disabled={flow.retryInSeconds > 0 || undefined}
          className="ak-enable-action"
          title={submitLabel}
        >
          {/* One line whatever the vendor's name: cut short on screen, whole in the name and on hover. */}
          <span className="ak-enable-action__label">{submitLabel}</span>
        </Button>
      </>
    );
  }
  if (flow.step === 'webhook') {
    return (
      <Button
        variant="primary"
        className="ak-enable-action"
        onClick={() => {
          if (!flow.continueToDone()) onSecretConfirmMissing();
        }}
      >
        {t.webhook.continue}
      </Button>
    );
  }
  return (
    <Button variant="primary" onClick={onClose} className="ak-enable-action">
      {t.done.finish}
    </Button>
  );
}
