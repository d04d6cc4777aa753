import { LockIcon } from '../../ui/icons';
import type { IntegrationsText } from './text';

/** For users who can see but not change integrations: said once, above what they can't change. */
export function ReadOnlyNotice({ text }: { text: IntegrationsText }) {
  return (
    <p className="ak-integrations__notice">
      <LockIcon className="ak-icon" />
      <span className="ak-integrations__notice-text">{text.readOnlyNotice}</span>
    </p>
  );
}
