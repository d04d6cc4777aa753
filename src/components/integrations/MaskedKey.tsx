import type { IntegrationsText } from './text';

/** "•••• 9f2c", spoken as "ending in 9f2c". */
export function MaskedKey({ suffix, text }: { suffix: string; text: IntegrationsText }) {
  return (
    <span className="ak-masked-key">
      <span className="ak-masked-key__text" aria-hidden="true">{text.maskedKey(suffix)}</span>
      <span className="ak-visually-hidden">{text.maskedKeyLabel(suffix)}</span>
    </span>
  );
}
