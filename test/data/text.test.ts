import { describe, expect, it } from 'vitest';
import { mergeText } from '../../src/data/text';

interface Sample {
  title: string;
  steps: string[];
  nested: { ok: string; count: (n: number) => string };
}

const base: Sample = { title: 'Connect', steps: ['Key', 'Webhook', 'Done'], nested: { ok: 'OK', count: (n) => `${n} left` } };

describe('mergeText', () => {
  it('overrides at any depth and keeps every other string', () => {
    const merged = mergeText(base, { nested: { ok: 'Gut' } });
    expect(merged.title).toBe('Connect');
    expect(merged.nested.ok).toBe('Gut');
    expect(merged.nested.count(2)).toBe('2 left');
  });

  it('applies later overrides over earlier ones, and skips missing ones', () => {
    expect(mergeText(base, { title: 'Verbinden' }, undefined, { title: 'Anbinden' }).title).toBe('Anbinden');
    expect(mergeText(base, undefined)).toBe(base);
  });

  it('replaces arrays and functions whole', () => {
    const merged = mergeText(base, { steps: ['Schlüssel'], nested: { count: (n: number) => `noch ${n}` } });
    expect(merged.steps).toEqual(['Schlüssel']);
    expect(merged.nested.count(2)).toBe('noch 2');
  });

  it('treats an undefined value as "keep the default"', () => {
    const merged = mergeText(base, { title: undefined, nested: { ok: undefined } });
    expect(merged.title).toBe('Connect');
    expect(merged.nested.ok).toBe('OK');
    expect(merged).toStrictEqual(base);
  });

  it('leaves the defaults and the overrides untouched', () => {
    const override = { nested: { ok: 'Gut' } };
    const merged = mergeText(base, override);
    expect(base.nested.ok).toBe('OK');
    expect(override).toEqual({ nested: { ok: 'Gut' } });
    expect(merged.nested).not.toBe(base.nested);
  });
});
