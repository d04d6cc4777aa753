import { forwardRef, useEffect, useId, useRef, type ComponentPropsWithoutRef } from 'react';
import { useIntegrations, useProviders } from '../data/hooks/use-integrations';
import { useKitText } from '../data/kit-context';
import { useRootProps } from '../data/root-props';
import type { TextOverrides } from '../data/text';
import type { Integration } from '../domain/integration';
import { EmptyState } from '../ui/EmptyState';
import { errorMessage } from '../ui/error-message';
import { RetryAlert } from '../ui/RetryAlert';
import { useRetainedError } from '../ui/use-retained-error';
import { commonText } from '../ui/text';
import { CodeIcon } from '../ui/icons';
import { integrationsText, IntegrationCardSkeleton, ReadOnlyNotice } from '../components/integrations';
import { AssessmentIntegrationsCard, type HeadingLevel } from './AssessmentIntegrationsCard';

export interface AssessmentIntegrationsProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Level of the section's heading (default 2); each card's heading is one level below. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** After a key was verified: a first connection, or a replacement key. */
  onConnected?: (integration: Integration) => void;
  /** After an integration was disconnected. */
  onDisconnected?: (integration: Integration) => void;
  /** Text for this view only, over the provider's `text.integrations`. */
  text?: TextOverrides;
}

const SKELETON_CARDS = 3;

/**
 * Settings > Organization Integrations > Assessments: one card per assessment vendor with its state and the next
 * step (Enable, Manage, Replace API key). Users who may not manage integrations see the states only.
 */
export const AssessmentIntegrations = forwardRef<HTMLElement, AssessmentIntegrationsProps>(function AssessmentIntegrations(
  { headingLevel = 2, onConnected, onDisconnected, text: textOverrides, className, style, ...props },
  ref,
) {
  const text = useKitText('integrations', integrationsText, textOverrides);
  const common = useKitText('common', commonText, textOverrides);
  const rootProps = useRootProps(className ? `ak-integrations ${className}` : 'ak-integrations', style);
  const headingId = useId();
  const Heading = `h${headingLevel}` as 'h2';
  const cardHeadingLevel = Math.min(headingLevel + 1, 6) as HeadingLevel;

  const providers = useProviders();
  // Try again leaves with the error once the list loads: focus goes to the section's heading, not to the page.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const retried = useRef(false);
  const loaded = providers.data !== undefined;
  // Kept while Try again reloads, so the button stays (pending) instead of vanishing into skeletons.
  const providersError = useRetainedError(providers);
  useEffect(() => {
    if (!loaded || !retried.current) return;
    retried.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) headingRef.current?.focus();
  }, [loaded]);
  const providerList = providers.data ?? [];
  const integrations = useIntegrations(providerList.map((provider) => provider.id));
  const readOnly = integrations.some((query) => query.data && !query.data.canManage);

  let content;
  if (providers.data) {
    content =
      providerList.length === 0 ? (
        <EmptyState className="ak-integrations__empty" icon={<CodeIcon />} title={text.empty.title} description={text.empty.description} />
      ) : (
        <ul className="ak-integrations__list">
          {providerList.map((provider, index) => (
            <li key={provider.id} className="ak-integrations__item">
              <AssessmentIntegrationsCard
                provider={provider}
                query={integrations[index]!}
                headingLevel={cardHeadingLevel}
                text={text}
                textOverrides={textOverrides}
                onConnected={onConnected}
                onDisconnected={onDisconnected}
              />
            </li>
          ))}
        </ul>
      );
  } else if (providersError) {
    content = (
      <RetryAlert
        title={text.loadError}
        retryLabel={text.retry}
        retrying={providers.isFetching}
        onRetry={() => {
          retried.current = true;
          void providers.refetch();
        }}
      >
        {errorMessage(providersError, common)}
      </RetryAlert>
    );
  } else {
    content = (
      // Not a live region: it is there from the first render, and loading isn't news.
      <div className="ak-integrations__loading">
        <span className="ak-visually-hidden">{text.loading}</span>
        <ul className="ak-integrations__list" aria-hidden="true">
          {Array.from({ length: SKELETON_CARDS }, (_, index) => (
            <li key={index} className="ak-integrations__item">
              <IntegrationCardSkeleton />
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <section
      ref={ref}
      aria-labelledby={headingId}
      aria-busy={!providers.data && !providersError ? true : undefined}
      {...props}
      {...rootProps}
    >
      <header className="ak-integrations__header">
        <Heading className="ak-view-heading" id={headingId} ref={headingRef} tabIndex={-1}>
          {text.heading}
        </Heading>
        {text.description ? <p className="ak-integrations__description">{text.description}</p> : null}
      </header>
      {readOnly ? <ReadOnlyNotice text={text} /> : null}
      {content}
    </section>
  );
});
