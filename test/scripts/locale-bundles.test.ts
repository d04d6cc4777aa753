// @vitest-environment node
/**
 * A locale is in a host's bundle only if the host imports it: the main entry, bundled as a host's bundler would
 * (esbuild, every export kept), holds no string of any shipped translation, and a locale's entry holds its strings
 * and nothing of the kit.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { english } from '../../stories/support/kit-english';
import { shippedLocales } from '../support/locales';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

async function bundle(entry: string) {
  const result = await build({
    entryPoints: [`${src}${entry}`],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    charset: 'utf8', // strings as written, not \u escapes
    jsx: 'automatic',
    packages: 'external',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

/** Every plain string of a text set. */
const strings = (text: unknown): string[] =>
  typeof text === 'string' ? [text] : text && typeof text === 'object' ? Object.values(text).flatMap(strings) : [];
const englishStrings = new Set(strings(english));

describe('shipped locales in a host’s bundle', () => {
  it('the main entry holds none of their strings', async () => {
    const main = await bundle('index.ts');
    expect(main.inputs.length).toBeGreaterThan(100);
    expect(main.inputs.filter((input) => input.includes('locales/'))).toEqual([]);
    for (const { text } of shippedLocales) {
      const own = strings(text).filter((value) => !englishStrings.has(value) && /\p{L}{3}/u.test(value));
      expect(own.length).toBeGreaterThan(100);
      expect(own.filter((value) => main.code.includes(JSON.stringify(value)))).toEqual([]);
    }
  });

  const byTag = shippedLocales.map((shipped) => [shipped.tag, shipped] as const);
  it.each(byTag)('locales/%s holds its strings and nothing of the kit', async (tag, { text }) => {
    const locale = await bundle(`locales/${tag}.ts`);
    expect(locale.inputs.every((input) => input.startsWith('src/locales/'))).toBe(true);
    expect(strings(text).filter((value) => !locale.code.includes(JSON.stringify(value)))).toEqual([]);
  });
});
