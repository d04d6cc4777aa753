/**
 * The shipped translations (assessment-kit/locales/*), each against the kit's English: the same keys, every function
 * answering, nothing left in English by accident, and counts by the language's own plural rules.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../stories/support/kit-english';
import { shippedLocales } from './support/locales';

type Entry = [path: string, value: unknown];

/** Every leaf of a text set (a string or a function), by dotted key path. */
function leaves(text: unknown, path = ''): Entry[] {
  if (typeof text !== 'object' || text === null) return [[path, text]];
  return Object.entries(text).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

const kind = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/** Keys missing, extra, or of another kind (string, function, nested object) than the English. */
function shapeDifferences(en: unknown, other: unknown, path = ''): string[] {
  if (kind(en) !== kind(other)) return [`${path || '(root)'}: ${kind(other)} where English has ${kind(en)}`];
  if (kind(en) !== 'object') return [];
  const enRecord = en as Record<string, unknown>;
  const otherRecord = other as Record<string, unknown>;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  return [
    ...Object.keys(enRecord).flatMap((key) =>
      key in otherRecord ? shapeDifferences(enRecord[key], otherRecord[key], at(key)) : [`${at(key)}: missing`],
    ),
    ...Object.keys(otherRecord).filter((key) => !(key in enRecord)).map((key) => `${at(key)}: not in the English set`),
  ];
}

/**
 * A sample for each parameter name the kit's English text functions use. A translation's functions take the same
 * arguments in the same order, so the English function's parameter names say what to pass.
 */
const samples: Record<string, unknown> = {
  provider: 'CodeInterview', providerName: 'CodeInterview', name: 'SkillForge', names: 'Aisha Bello, Rahul Mehta',
  testTitle: 'Backend (Go)', test: 'Backend (Go)', title: 'Backend (Go)', interviewTitle: 'Pairing', stage: 'Onsite',
  stageName: 'Onsite', candidate: 'Ben Okafor', job: 'Frontend Engineer', jobTitle: 'Frontend Engineer', label: 'Maya Goldberg',
  visible: 'Send', status: 'Completed', state: 'Connected', word: 'bounced', reason: 'The key was revoked.',
  type: 'interview', suffix: '4f9a', search: 'cobol', prompt: 'Code quality', option: 'Senior', message: 'The key was revoked.', detail: 'in 3 days',
  relative: 'in 3 days', date: '22 Oct', dateTime: '22 Oct, 15:30', sentAt: '22 Oct', lastDate: '22 Oct', time: '15:30',
  when: '22 Oct, 15:30', current: '22 Oct 2026', zone: 'Europe/Berlin', score: '88/100', percent: '88%', average: '3.5',
  languages: ['Go', 'SQL'],
  count: 3, seconds: 3, retryAfterSeconds: 3, remaining: 3, defaultDays: 3, maxDays: 3, maxLength: 3, max: 3, got: 3, total: 4,
  submitted: 3, position: 3, version: 3, value: 3, used: 3, from: 3, to: 3, hours: 3, minutes: 3,
};
/** The parameters that count something: the words around them follow the language's plural rules. */
const counts = ['count', 'seconds', 'retryAfterSeconds', 'remaining', 'defaultDays', 'maxDays', 'maxLength', 'max'];

type TextFunction = (...args: unknown[]) => unknown;

function parameterNames(fn: TextFunction): string[] {
  const list = /^(?:async\s*)?(?:function\s*[\w$]*\s*)?\(?([^)=]*?)\)?\s*(?:=>|\{)/.exec(fn.toString())?.[1] ?? '';
  return list.split(',').map((name) => name.trim()).filter(Boolean);
}

/** Each function of the English set, with its parameter names. */
const englishFunctions = leaves(english).flatMap(([path, value]) =>
  typeof value === 'function' ? [{ path, parameters: parameterNames(value as TextFunction) }] : [],
);
const valueAt = (text: unknown, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], text);

describe('the English set the translations are checked against', () => {
  it('has a sample for every parameter its functions take', () => {
    const unknown = englishFunctions.flatMap(({ path, parameters }) =>
      parameters.filter((name) => !(name in samples)).map((name) => `${path}(${name})`),
    );
    expect(englishFunctions.length).toBeGreaterThan(100);
    expect(unknown).toEqual([]);
  });
});

const byTag = shippedLocales.map((shipped) => [shipped.tag, shipped] as const);

describe.each(byTag)('assessment-kit/locales/%s', (_, { locale, text, sameAsEnglish, answered }) => {
  it('has every key of the English set, each of the same kind, and no other', () => {
    expect(shapeDifferences(english, text)).toEqual([]);
  });

  it('answers every function with a non-empty string', () => {
    const broken = englishFunctions.flatMap(({ path, parameters }) => {
      const result = (valueAt(text, path) as TextFunction)(...parameters.map((name) => samples[name]));
      const fine = typeof result === 'string' && result.trim() !== '' && !/undefined|NaN|null|\[object/.test(result);
      return fine ? [] : [`${path}: ${String(result)}`];
    });
    expect(broken).toEqual([]);
  });

  it('words every string differently from the English, but for the ones listed as the same on purpose', () => {
    const translated = new Map(leaves(text));
    const same = leaves(english).flatMap(([path, value]) =>
      typeof value === 'string' && translated.get(path) === value ? [path] : [],
    );
    expect(same.sort()).toEqual([...sameAsEnglish].sort());
  });

  it('counts by Intl.PluralRules: a count words the same as any other count of its plural form', () => {
    const rules = new Intl.PluralRules(locale);
    const numbers = [...Array.from({ length: 26 }, (_, n) => n), 100, 1_000, 1_000_000];
    // The words around the numbers, with every number (formatted for the locale) taken out.
    const words = (result: unknown) => String(result).replace(/\d[\d.,\s\u00a0\u202f]*/g, '#');
    const inconsistent = englishFunctions.flatMap(({ path, parameters }) =>
      parameters.flatMap((parameter, index) => {
        if (!counts.includes(parameter)) return [];
        const fn = valueAt(text, path) as TextFunction;
        const byForm = new Map<string, Set<string>>();
        for (const n of numbers) {
          const args = parameters.map((name, i) => (i === index ? n : samples[name]));
          const form = rules.select(n);
          byForm.set(form, (byForm.get(form) ?? new Set()).add(words(fn(...args))));
        }
        return [...byForm]
          .filter(([, wordings]) => wordings.size > 1)
          .map(([form, wordings]) => `${path}(${parameter}), ${form}: ${[...wordings].join(' | ')}`);
      }),
    );
    expect(inconsistent).toEqual([]);
  });

  it('says a count in the form its number takes', () => {
    const said = Object.fromEntries(Object.keys(answered).map((count) => [count, text.feedback.summary.answered(Number(count))]));
    expect(said).toEqual(answered);
  });
});
