import { describe, expect, it } from 'vitest';
import { isNewerWebhook } from '../../src/domain/integration-rules';

describe('isNewerWebhook', () => {
  const baseline = '2026-11-02T09:00:00.000Z';

  it('is false while no webhook has ever arrived', () => {
    expect(isNewerWebhook(null, null)).toBe(false);
    expect(isNewerWebhook(null, baseline)).toBe(false);
  });

  it('is true for the first webhook ever, when there was none before', () => {
    expect(isNewerWebhook(baseline, null)).toBe(true);
  });

  it.each([
    ['a millisecond before the baseline', '2026-11-02T08:59:59.999Z', false],
    ['exactly at the baseline', baseline, false],
    ['a millisecond after the baseline', '2026-11-02T09:00:00.001Z', true],
    ['a day after the baseline', '2026-11-03T09:00:00.000Z', true],
    ['a year before the baseline', '2025-11-02T09:00:00.000Z', false],
  ])('a webhook %s is newer: %s', (_, lastWebhookAt, newer) => {
    expect(isNewerWebhook(lastWebhookAt, baseline)).toBe(newer);
  });

  it('compares instants, not strings: the same moment in another offset is not newer', () => {
    expect(isNewerWebhook('2026-11-02T10:00:00.000+01:00', baseline)).toBe(false);
    // As strings "…T08:30…-01:00" sorts before the baseline, but it is half an hour after it.
    expect(isNewerWebhook('2026-11-02T08:30:00.000-01:00', baseline)).toBe(true);
    expect(isNewerWebhook('2026-11-02T09:30:00.000+01:00', baseline)).toBe(false);
  });
});
