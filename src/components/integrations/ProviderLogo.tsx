import { useState } from 'react';
import type { Provider } from '../../domain/provider';

/** "CodeInterview" -> "CI", "SkillForge Pro" -> "SF", "Skill Forge" -> "SF", "hackerrank" -> "HA". */
export function providerInitials(name: string): string {
  const words = name.trim().split(/[\s\-_.]+/).filter(Boolean);
  const first = words[0] ?? '';
  // A camel-cased brand name carries its own initials.
  const capitals = first.match(/\p{Lu}/gu);
  if (capitals && capitals.length >= 2) return capitals.slice(0, 2).join('');
  if (words.length > 1) return words.slice(0, 2).map((word) => firstLetter(word)).join('').toUpperCase();
  return Array.from(first).slice(0, 2).join('').toUpperCase() || '?';
}

function firstLetter(word: string): string {
  return Array.from(word)[0] ?? '';
}

/** A stable tint per provider, so monograms are told apart at a glance (the name is always beside them). */
function tintOf(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 4;
}

/**
 * The provider's logo, or its initials when it has none (or the image fails). Decorative: the provider's name is
 * always rendered beside it, so the image has empty alt text and the monogram is hidden from assistive technology.
 */
export function ProviderLogo({ provider, size = 'md' }: { provider: Pick<Provider, 'id' | 'name' | 'logoUrl'>; size?: 'sm' | 'md' }) {
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const showImage = provider.logoUrl !== null && provider.logoUrl !== failedUrl;
  return (
    <span className="ak-provider-logo" data-size={size} data-tint={showImage ? undefined : tintOf(provider.id)} aria-hidden={showImage ? undefined : true}>
      {showImage ? (
        <img className="ak-provider-logo__image" src={provider.logoUrl ?? undefined} alt="" onError={() => setFailedUrl(provider.logoUrl)} />
      ) : (
        providerInitials(provider.name)
      )}
    </span>
  );
}
