import type { IntegrationState } from '../../domain/integration';
import { CircleCheckIcon, CircleDashedIcon, TriangleAlertIcon } from '../../ui/icons';
import type { IntegrationsText } from './text';

const stateIcons = {
  not_connected: CircleDashedIcon,
  connected: CircleCheckIcon,
  needs_attention: TriangleAlertIcon,
} satisfies Record<IntegrationState, typeof CircleCheckIcon>;

/** The integration's state as icon + word + tone: colour is never the only signal. */
export function IntegrationStatePill({ state, text }: { state: IntegrationState; text: IntegrationsText }) {
  const label = (text.states as Record<string, string | undefined>)[state] ?? String(state);
  const Icon = stateIcons[state] ?? CircleDashedIcon;
  return (
    <span className="ak-integration-state" data-state={state}>
      <Icon className="ak-icon" />
      <span className="ak-visually-hidden">{text.stateLabel(label)}</span>
      <span className="ak-integration-state__label" aria-hidden="true">{label}</span>
    </span>
  );
}
