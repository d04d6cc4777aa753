/** Secrets at rest: AES-256-GCM through WebCrypto, sealed with a key id so keys can rotate. */
import { describe, expect, it } from 'vitest';
import { generateEncryptionKey } from '../../src/server';
import { createSecretBox } from '../../src/server/secrets';

describe('the secret box', () => {
  it('seals with the newest key and opens what any listed key sealed, so a key can be rotated', async () => {
    const old = { id: '2026-05', key: generateEncryptionKey() };
    const sealedBefore = await (await createSecretBox([old])).seal('ci_live_abcdef123456', 'integration:codeinterview:apiKey');
    expect(sealedBefore.startsWith('v1.2026-05.')).toBe(true);
    expect(sealedBefore).not.toContain('abcdef');

    const rotated = await createSecretBox([{ id: '2026-11', key: generateEncryptionKey() }, old]);
    expect(await rotated.open(sealedBefore, 'integration:codeinterview:apiKey')).toBe('ci_live_abcdef123456');
    expect((await rotated.seal('x', 'p')).startsWith('v1.2026-11.')).toBe(true);
    // Without the old key, what it sealed no longer opens, and the message names only the key id.
    const retired = await createSecretBox([{ id: '2026-11', key: generateEncryptionKey() }]);
    await expect(retired.open(sealedBefore, 'integration:codeinterview:apiKey')).rejects.toThrow(/no encryption key "2026-05"/);
  });

  it('never opens a sealed value under another purpose, or one that was tampered with', async () => {
    const box = await createSecretBox([{ id: 'k', key: new Uint8Array(32).fill(5) }]);
    const sealed = await box.seal('whsec_secret', 'integration:skillforge:signingSecret');
    await expect(box.open(sealed, 'integration:devscreen:signingSecret')).rejects.toThrow();
    const parts = sealed.split('.');
    const flipped = parts[3]!.startsWith('A') ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`;
    await expect(box.open([...parts.slice(0, 3), flipped].join('.'), 'integration:skillforge:signingSecret')).rejects.toThrow();
    // A fresh IV every time: the same secret never seals the same way twice.
    expect(await box.seal('same', 'p')).not.toBe(await box.seal('same', 'p'));
  });

  it('refuses a key that is not 32 bytes, or no key at all', async () => {
    await expect(createSecretBox([{ id: 'short', key: new Uint8Array(16) }])).rejects.toThrow(/32 bytes/);
    await expect(createSecretBox([])).rejects.toThrow(/at least one/);
  });
});
