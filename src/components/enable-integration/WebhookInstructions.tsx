import { Fragment, useId, type ReactNode } from 'react';
import type { Provider } from '../../domain';
import { useKitText } from '../../data/kit-context';
import { useRootProps } from '../../data/root-props';
import type { TextOverrides } from '../../data/text';
import { commonText } from '../../ui/text';
import { CopyField } from '../../ui/CopyField';
import { ChevronRightIcon, ExternalLinkIcon } from '../../ui/icons';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { enableIntegrationText } from './text';

export interface WebhookInstructionsProps {
  /** The vendor: its name, `webhookSteps` and `docsUrl` come from the backend. */
  provider: Pick<Provider, 'name' | 'webhookSteps' | 'docsUrl'>;
  /** The per-tenant URL to paste into the vendor. */
  webhookUrl: string;
  text?: TextOverrides;
  /** Called after the URL was copied to the clipboard. */
  onCopy?: () => void;
}

/** The domain schema already rejects other schemes; checked again because a provider object may be built by hand. */
function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Menu paths in vendor steps ("Settings > Webhooks") read better with a chevron; the separator is still spoken. */
export function renderMenuPath(step: string, spokenSeparator: string): ReactNode {
  const parts = step.split(/\s+>\s+/);
  if (parts.length === 1) return step;
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? (
        <>
          <ChevronRightIcon className="ak-icon ak-menu-path__separator" />
          <VisuallyHidden>{spokenSeparator}</VisuallyHidden>
        </>
      ) : null}
      <span className="ak-menu-path__part">{part}</span>
    </Fragment>
  ));
}

/**
 * Where the webhook goes: the URL with a Copy button, the vendor's numbered steps, and a link to the vendor's docs
 * (only ever http(s): the domain schema rejects anything else). Used by `EnableIntegrationDialog` and the Manage view.
 */
export function WebhookInstructions({ provider, webhookUrl, text, onCopy }: WebhookInstructionsProps) {
  const t = useKitText('enableIntegration', enableIntegrationText, text);
  const common = useKitText('common', commonText, text);
  const stepsHeadingId = useId();
  const rootProps = useRootProps('ak-webhook-instructions');

  return (
    <div {...rootProps}>
      <CopyField
        label={t.webhook.urlLabel}
        value={webhookUrl}
        copyLabel={common.copy}
        copiedLabel={common.copied}
        copyFailedLabel={common.copyFailed}
        onCopy={onCopy}
      />
      {provider.webhookSteps.length > 0 ? (
        <div className="ak-panel ak-webhook-instructions__steps">
          <p className="ak-webhook-instructions__steps-title" id={stepsHeadingId}>
            {t.webhook.stepsHeading(provider.name)}
          </p>
          <ol className="ak-numbered-steps" aria-labelledby={stepsHeadingId}>
            {provider.webhookSteps.map((step, index) => (
              <li key={index} className="ak-numbered-steps__item">{renderMenuPath(step, t.webhook.pathSeparator)}</li>
            ))}
          </ol>
        </div>
      ) : null}
      {provider.docsUrl && isHttpUrl(provider.docsUrl) ? (
        <a className="ak-link ak-webhook-instructions__docs" href={provider.docsUrl} target="_blank" rel="noopener noreferrer">
          {t.webhook.docsLink(provider.name)}
          <ExternalLinkIcon className="ak-icon" />{' '}
          <VisuallyHidden>{t.webhook.opensInNewTab}</VisuallyHidden>
        </a>
      ) : null}
    </div>
  );
}
