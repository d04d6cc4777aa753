import { Button } from './Button';
import { TriangleAlertIcon, UnplugIcon } from './icons';

export interface NoProviderNoticeProps {
  title: string;
  body: string;
  /** Said to a user who can't set one up ("Ask an admin…"). */
  askAdmin: string;
  setUpLabel: string;
  /** Why the providers that are there can't be used, one line each. */
  reasons: ReadonlyArray<{ id: string; name?: string; text: string }>;
  /** Routes the user to set one up; without it the notice says to ask an admin. */
  onSetUp: (() => void) | undefined;
}

/** A write form with no provider to use: why, and the next step (set one up, or ask an admin). */
export function NoProviderNotice({ title, body, askAdmin, setUpLabel, reasons, onSetUp }: NoProviderNoticeProps) {
  return (
    <div className="ak-no-provider">
      <span className="ak-icon-circle" aria-hidden="true">
        <UnplugIcon className="ak-icon" />
      </span>
      <h3 className="ak-no-provider__title">{title}</h3>
      <p className="ak-no-provider__text">{onSetUp ? body : `${body} ${askAdmin}`}</p>
      {reasons.length > 0 ? (
        <ul className="ak-no-provider__reasons">
          {reasons.map((reason) => (
            <li key={reason.id} className="ak-no-provider__reason">
              <TriangleAlertIcon className="ak-icon" />
              <span className="ak-no-provider__reason-text">
                {reason.name ? <span className="ak-no-provider__reason-name">{reason.name}</span> : null}
                {reason.name ? ': ' : null}
                {reason.text}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {onSetUp ? (
        <Button variant="primary" onClick={onSetUp}>
          {setUpLabel}
        </Button>
      ) : null}
    </div>
  );
}
