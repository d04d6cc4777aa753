import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../src/data/format';

const NOW = Date.parse('2026-11-02T09:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (offset: number) => new Date(NOW + offset).toISOString();
const format = createFormatters('en-GB', () => new Date(NOW));

describe('createFormatters', () => {
  describe('relative: the largest unit that fits', () => {
    it.each<[string, number, string]>([
      ['now', 0, 'this minute'],
      ['29 seconds ahead', 29_000, 'this minute'],
      ['59 minutes ahead', 59 * MINUTE, 'in 59 minutes'],
      ['exactly an hour ahead', HOUR, 'in 1 hour'],
      ['a minute under a day ahead', DAY - MINUTE, 'in 24 hours'],
      ['exactly a day ahead', DAY, 'tomorrow'],
      ['three days ahead', 3 * DAY, 'in 3 days'],
      ['59 minutes ago', -59 * MINUTE, '59 minutes ago'],
      ['exactly an hour ago', -HOUR, '1 hour ago'],
      ['exactly a day ago', -DAY, 'yesterday'],
      ['ten days ago', -10 * DAY, '10 days ago'],
    ])('%s', (_, offset, expected) => {
      expect(format.relative(at(offset))).toBe(expected);
    });

    it('reads the clock on every call', () => {
      let now = NOW;
      const moving = createFormatters('en-GB', () => new Date(now));
      const target = at(2 * HOUR);
      expect(moving.relative(target)).toBe('in 2 hours');
      now += HOUR;
      expect(moving.relative(target)).toBe('in 1 hour');
    });
  });

  describe('date: the year only when it is not this year', () => {
    it.each<[string, string]>([
      ['2026-01-01T12:00:00.000Z', '1 Jan'],
      ['2026-12-31T12:00:00.000Z', '31 Dec'],
      ['2025-12-31T12:00:00.000Z', '31 Dec 2025'],
      ['2027-01-01T12:00:00.000Z', '1 Jan 2027'],
    ])('%s is "%s"', (iso, expected) => {
      expect(format.date(iso)).toBe(expected);
    });

    it('follows the locale', () => {
      expect(createFormatters('en-US', () => new Date(NOW)).date('2026-11-02T12:00:00.000Z')).toBe('Nov 2');
    });
  });

  it('dateTime: medium date and short time', () => {
    expect(createFormatters('en-GB', () => new Date(NOW)).dateTime('2026-11-02T09:05:00.000Z')).toMatch(/^2 Nov 2026, \d{2}:05$/);
  });

  it('number: at most one decimal, in the locale', () => {
    expect(format.number(82)).toBe('82');
    expect(format.number(82.46)).toBe('82.5');
    expect(format.number(1234.5)).toBe('1,234.5');
    expect(createFormatters('de-DE', () => new Date(NOW)).number(82.5)).toBe('82,5');
  });

  it.each<[string, number, boolean]>([
    ['a millisecond ago', -1, true],
    ['now', 0, true],
    ['a millisecond ahead', 1, false],
  ])('isPast: %s is %s', (_, offset, expected) => {
    expect(format.isPast(at(offset))).toBe(expected);
  });
});
