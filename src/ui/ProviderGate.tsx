import type { ReactNode } from 'react';
import type { RequestSetupHandler } from '../data/form-field';
import type { ProviderOptions } from '../data/hooks/use-provider-options';
import { errorMessage } from './error-message';
import { NoProviderNotice, type NoProviderText } from './NoProviderNotice';
import type { ProviderChoiceText } from './ProviderChoice';
import { RetryAlert } from './RetryAlert';
import { FormSkeleton, type FormShape } from './FormSkeleton';
import type { CommonText } from './text';

export interface ProviderGateProps {
  providers: ProviderOptions;
  /** The form has started (what it needs has loaded). */
  ready: boolean;
  text: { provider: ProviderChoiceText; noProvider: NoProviderText };
  common: CommonText;
  /** A further reason when no provider can be used (see `NoProviderNotice`). */
  otherReason?: string | null;
  onRequestSetup: RequestSetupHandler | undefined;
  /** The form's shape, drawn in placeholders while it loads. */
  shape: FormShape;
  /** The form, once there is a provider to use. */
  children: ReactNode;
}

/** What a write form shows before it can be used: the providers' load failure, the wait, or why none can be used. */
export function ProviderGate({ providers, ready, text, common, otherReason, onRequestSetup, shape, children }: ProviderGateProps) {
  if (providers.error) {
    return (
      <RetryAlert title={text.provider.loadFailed} retryLabel={common.retry} size="sm" onRetry={providers.retry}>
        {errorMessage(providers.error, common)}
      </RetryAlert>
    );
  }
  if (!ready) return <FormSkeleton label={common.loading} {...shape} />;
  if (providers.connected.length === 0) return <NoProviderNotice text={text.noProvider} providers={providers} otherReason={otherReason} onRequestSetup={onRequestSetup} />;
  return children;
}
