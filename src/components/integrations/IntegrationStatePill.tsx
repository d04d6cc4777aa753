import type { IntegrationState } from '../../domain/integration';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { CircleCheckIcon, CircleDashedIcon, TriangleAlertIcon } from '../../ui/icons';
import type { IntegrationsText } from './text';

const stateLooks = {
  not_connected: { icon: CircleDashedIcon, tone: 'neutral' },
  connected: { icon: CircleCheckIcon, tone: 'success' },
  needs_attention: { icon: TriangleAlertIcon, tone: 'warning' },
} satisfies Record<IntegrationState, { icon: typeof CircleCheckIcon; tone: BadgeTone }>;

/** The integration's state as icon + word + tone: colour is never the only signal. */
export function IntegrationStatePill({ state, text }: { state: IntegrationState; text: IntegrationsText }) {
  const label = (text.states as Record<string, string | undefined>)[state] ?? String(state);
  // A state this build doesn't know (a newer backend) still shows its word, in the neutral tone.
  const look = (stateLooks as Record<string, (typeof stateLooks)[IntegrationState] | undefined>)[state] ?? stateLooks.not_connected;
  return (
    <Badge
      className="ak-integration-state"
      size="sm"
      tone={look.tone}
      icon={look.icon}
      dashed={state === 'not_connected'}
      label={label}
      spokenLabel={text.stateLabel(label)}
      data-state={state}
    />
  );
}
