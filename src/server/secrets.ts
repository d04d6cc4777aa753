/**
 * Secrets at rest (vendor API keys, signing secrets, stored answers that hold one): AES-256-GCM through WebCrypto,
 * sealed as `v1.<keyId>.<iv>.<ciphertext>` (base64url), so a key can be rotated: new secrets are sealed with the
 * first key, and any listed key opens what it sealed. The purpose (`integration:skillforge:apiKey`) is bound in as
 * additional data, so a sealed value copied into another row does not open there.
 */
export interface EncryptionKey {
  /** A short name stored beside each secret ("2026-11"); never the key itself. */
  id: string;
  /** 32 random bytes, raw or base64. */
  key: Uint8Array | string;
}

export interface SecretBox {
  seal(plaintext: string, purpose: string): Promise<string>;
  open(sealed: string, purpose: string): Promise<string>;
  /** The id of the key new secrets are sealed with. */
  readonly currentKeyId: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function createSecretBox(keys: readonly EncryptionKey[]): Promise<SecretBox> {
  if (keys.length === 0) throw new Error('assessment-kit/server: give at least one encryption key.');
  const imported = new Map<string, CryptoKey>();
  for (const { id, key } of keys) {
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(id)) throw new Error('assessment-kit/server: an encryption key id is 1-40 letters, digits, - or _.');
    const raw = typeof key === 'string' ? fromBase64(key) : Uint8Array.from(key);
    if (raw.byteLength !== 32) throw new Error(`assessment-kit/server: encryption key "${id}" must be 32 bytes.`);
    imported.set(id, await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']));
  }
  const currentKeyId = keys[0]!.id;
  return {
    currentKeyId,
    async seal(plaintext, purpose) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const ciphertext = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: encoder.encode(purpose) },
        imported.get(currentKeyId)!,
        encoder.encode(plaintext),
      );
      return ['v1', currentKeyId, toBase64(iv), toBase64(new Uint8Array(ciphertext))].join('.');
    },
    async open(sealed, purpose) {
      const [version, keyId = '', iv = '', ciphertext = ''] = sealed.split('.');
      const key = imported.get(keyId);
      // The message names the key id only: it is all an operator needs, and it is not a secret.
      if (version !== 'v1' || !key) throw new Error(`assessment-kit/server: no encryption key "${keyId}" to open a stored secret.`);
      const plaintext = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(iv), additionalData: encoder.encode(purpose) },
        key,
        fromBase64(ciphertext),
      );
      return decoder.decode(plaintext);
    },
  };
}

/** 32 random bytes as base64: a key for `encryptionKeys` (store it in the host's secret manager). */
export function generateEncryptionKey(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(32)));
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
