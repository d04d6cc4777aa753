import type { RequestSetupHandler } from '../data/form-field';
import type { ProviderOptions } from '../data/hooks/use-provider-options';
import { Button } from './Button';
import { TriangleAlertIcon, UnplugIcon } from './icons';

/** The words of the no-provider notice, from the feature's text. */
export interface NoProviderText {
  title: string;
  body: string;
  /** The button that calls `onRequestSetup`. */
  setUp: string;
  /** Said to a user who can't set one up ("Ask an admin…"). */
  askAdmin: string;
}

export interface NoProviderNoticeProps {
  text: NoProviderText;
  providers: ProviderOptions;
  /** A further reason after each provider's own ("DevScreen has tests, but no live interviews."). */
  otherReason?: string | null;
  /** Routes the user to set one up; without it, or for a user who may not, the notice says to ask an admin. */
  onRequestSetup: RequestSetupHandler | undefined;
}

/**
 * A write form with no provider to use: why (each provider's reason), and the next step: set one up (the host is
 * told which provider when only one needs attention), or ask an admin.
 */
export function NoProviderNotice({ text, providers, otherReason = null, onRequestSetup }: NoProviderNoticeProps) {
  const canSetUp = providers.canSetUp && onRequestSetup !== undefined;
  const concerned = providers.options.length === 1 ? providers.options[0]!.provider.id : undefined;
  const reasons = providers.options.length > 0 || otherReason;
  return (
    <div className="ak-no-provider">
      <span className="ak-icon-circle" aria-hidden="true">
        <UnplugIcon className="ak-icon" />
      </span>
      <h3 className="ak-no-provider__title">{text.title}</h3>
      <p className="ak-no-provider__text">{canSetUp ? text.body : `${text.body} ${text.askAdmin}`}</p>
      {reasons ? (
        <ul className="ak-no-provider__reasons">
          {providers.options.map(({ provider, unavailableReason }) => (
            <li key={provider.id} className="ak-no-provider__reason">
              <TriangleAlertIcon className="ak-icon" />
              <span className="ak-no-provider__reason-text">
                <span className="ak-no-provider__reason-name">{provider.name}</span>: {unavailableReason}
              </span>
            </li>
          ))}
          {otherReason ? (
            <li className="ak-no-provider__reason">
              <TriangleAlertIcon className="ak-icon" />
              <span className="ak-no-provider__reason-text">{otherReason}</span>
            </li>
          ) : null}
        </ul>
      ) : null}
      {canSetUp ? (
        <Button variant="primary" onClick={() => onRequestSetup(concerned)}>
          {text.setUp}
        </Button>
      ) : null}
    </div>
  );
}
