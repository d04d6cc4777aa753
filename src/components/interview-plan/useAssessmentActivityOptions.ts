import { useIntegrations, useProviders } from '../../data/hooks/use-integrations';
import { useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import type { IntegrationState } from '../../domain/integration';
import type { Provider } from '../../domain/provider';
import { interviewPlanText } from './text';

export interface AssessmentActivityOption {
  provider: Provider;
  /** "Send CodeInterview Assessment". */
  label: string;
  /** Only a connected provider's assessments can be sent. */
  available: boolean;
  /** Why it is unavailable, in words for the user ("CodeInterview isn't connected."); null when available. */
  reason: string | null;
  /** The integration's state, or `checking` while it loads and `unknown` when it couldn't be loaded. */
  state: IntegrationState | 'checking' | 'unknown';
}

export interface UseAssessmentActivityOptionsOptions {
  /** Text overrides (any feature's keys, e.g. `{ interviewPlan: { menu: {…} } }`) for the labels and reasons, over the provider's. */
  text?: TextOverrides;
}

/** What `useAssessmentActivityOptions` gives a host's own Add Activity menu. */
export interface AssessmentActivityOptions {
  /** One per provider, in the backend's order; empty while the providers load or when they failed. */
  options: AssessmentActivityOption[];
  /** The providers are loading. */
  isPending: boolean;
  /** Why the providers couldn't be loaded; null otherwise. */
  error: unknown;
  /** Loads the providers again, and any integration that failed to load. */
  refetch: () => void;
}

/**
 * The assessment activities a host's own Add Activity menu may offer: one per provider, in the backend's order,
 * each available when its provider is connected and otherwise with the reason it is not. `InterviewPlanEditor`'s
 * menu is built from the same list.
 */
export function useAssessmentActivityOptions({ text }: UseAssessmentActivityOptionsOptions = {}): AssessmentActivityOptions {
  const t = useKitText('interviewPlan', interviewPlanText, text);
  const providers = useProviders();
  const list = providers.data ?? [];
  const integrations = useIntegrations(list.map((provider) => provider.id));

  const options: AssessmentActivityOption[] = list.map((provider, index) => {
    const query = integrations[index];
    const integration = query?.data;
    const label = t.activityName(provider.name);
    if (integration?.state === 'connected') return { provider, label, available: true, reason: null, state: 'connected' };
    if (integration?.state === 'needs_attention') {
      return { provider, label, available: false, reason: t.menu.needsAttention(provider.name, integration.attentionReason), state: 'needs_attention' };
    }
    if (integration) return { provider, label, available: false, reason: t.menu.notConnected(provider.name), state: 'not_connected' };
    if (query?.isError) return { provider, label, available: false, reason: t.menu.unknown(provider.name), state: 'unknown' };
    return { provider, label, available: false, reason: t.menu.checking(provider.name), state: 'checking' };
  });

  return {
    options,
    isPending: providers.isPending,
    error: providers.error,
    refetch: () => {
      void providers.refetch();
      for (const query of integrations) if (query.isError) void query.refetch();
    },
  };
}
