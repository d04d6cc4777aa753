import { useMemo } from 'react';
import type { Integration, Provider } from '../../domain';
import { useIntegrations, useProviders } from './use-integrations';

/** A provider as a write form (Send, Schedule) offers it. */
export interface ProviderOption {
  provider: Provider;
  integration: Integration;
  /** Why it can't be used now (needs attention); null when it is connected. */
  unavailableReason: string | null;
}

export interface UseProviderOptionsOptions {
  /** Why a provider needing attention can't be used, from the feature's text. */
  needsAttention: (provider: string, reason: string | null) => string;
  /** Whether the form can use this provider at all (Schedule: live interviews). Default: every provider. */
  offers?: (provider: Provider) => boolean;
}

export interface ProviderOptions {
  /** Connected providers and those needing attention that `offers` accepts, in the backend's order. */
  options: ProviderOption[];
  /** The options that can be used now. */
  connected: ProviderOption[];
  /** Connected providers that `offers` turned away (Schedule names them: "DevScreen has tests only"). */
  turnedAway: Provider[];
  /** The providers and every integration are known. */
  loaded: boolean;
  /** Why the providers or an integration failed to load. */
  error: unknown;
  /** Loads what failed again. */
  retry: () => void;
  /** Whether the user may set an integration up (the read-only variant when not). */
  canSetUp: boolean;
}

const everyProvider = () => true;

/** The providers a write form can choose from, with the integration of each and why one can't be used. */
export function useProviderOptions({ needsAttention, offers = everyProvider }: UseProviderOptionsOptions): ProviderOptions {
  const providers = useProviders();
  const integrations = useIntegrations(providers.data?.map((p) => p.id) ?? []);
  const { options, turnedAway } = useMemo(() => {
    const list: ProviderOption[] = [];
    const away: Provider[] = [];
    providers.data?.forEach((provider, index) => {
      const integration = integrations[index]?.data;
      if (!integration || integration.state === 'not_connected') return;
      if (!offers(provider)) {
        if (integration.state === 'connected') away.push(provider);
        return;
      }
      const unavailableReason = integration.state === 'connected' ? null : needsAttention(provider.name, integration.attentionReason);
      list.push({ provider, integration, unavailableReason });
    });
    return { options: list, turnedAway: away };
  }, [providers.data, integrations, needsAttention, offers]);
  const connected = useMemo(() => options.filter((option) => option.unavailableReason === null), [options]);
  const failedIntegrations = integrations.filter((query) => query.isError);
  return {
    options,
    connected,
    turnedAway,
    loaded: providers.isSuccess && !integrations.some((query) => query.isPending),
    error: providers.error ?? failedIntegrations[0]?.error ?? null,
    retry: () => {
      void providers.refetch();
      failedIntegrations.forEach((query) => void query.refetch());
    },
    canSetUp: integrations.some((query) => query.data?.canManage === true),
  };
}
