/**
 * The CSS of a real ATS page, read from the packages hosts install: Tailwind v3's preflight, modern-normalize, and
 * the blunt element rules seen on host pages. Element-level only, as resets and preflights are.
 */
import modernNormalize from 'modern-normalize/modern-normalize.css?raw';
import preflightSource from 'tailwindcss/src/css/preflight.css?raw';
import { KIT_LAYER, wrapInLayer } from '../../scripts/layered-css.mjs';
import kitCss from '../../src/styles/index.css?inline';

/** The kit's stylesheet as the package ships it (imports inlined), and its layered build (styles.layered.css). */
export { kitCss };
export const layeredKitCss = wrapInLayer(kitCss);

/**
 * Preflight as Tailwind's build emits it with the default theme: its `theme('key', fallback)` calls replaced by the
 * values of the default config (a browser would drop the whole declaration otherwise).
 */
const themeDefaults: Record<string, string> = { 'borderColor.DEFAULT': '#e5e7eb', 'colors.gray.400': '#9ca3af' };
export const tailwindPreflight = preflightSource.replace(
  /theme\('([^']+)',\s*([^;]*?)\)(?=;)/g,
  (_match, key: string, fallback: string) => themeDefaults[key] ?? fallback,
);

export { modernNormalize };

/** Element selectors that ATS pages carry next to (or instead of) a reset. */
export const bluntElementRules = `
* { box-sizing: content-box; }
html, body { font: 16px/1.4 Georgia, serif; color: #333; letter-spacing: 0.01em; }
svg { width: 100%; height: auto; }
button { all: unset; }
div { line-height: 3; }
input { border: 2px solid #7a7a7a; padding: 10px 14px; border-radius: 0; background: #fffbe6; font-size: 18px; }
h1, h2, h3 { margin: 24px 0 12px; font-family: Georgia, serif; font-size: 32px; font-weight: 800; color: #8a1c1c; text-transform: uppercase; letter-spacing: 0.04em; }
p { margin: 0 0 1.5em; line-height: 1.8; }
a { color: #8a1c1c; text-decoration: none; font-weight: 700; border-bottom: 1px dotted; }
ul, ol { margin: 1em 0; padding-left: 2em; list-style: square; }
li { margin-bottom: 0.5em; }
dl, dt, dd { margin: 0 0 8px; font-weight: 700; }
label { display: block; font-weight: 700; margin-bottom: 4px; }
span { line-height: 2; }
img { display: block; max-width: 100%; height: auto; border: 3px solid #333; }
header, footer, section { padding: 6px; }
strong { font-weight: 900; color: #8a1c1c; }
`;

/** Everything at once, as on the worst host page seen: preflight, then normalize, then the blunt rules. */
export const hostPageCss = [tailwindPreflight, modernNormalize, bluntElementRules];

/**
 * A host that manages cascade layers, as Tailwind v4 does: it declares its order first, with the kit's layer above
 * its resets (and below its components and utilities), as the README tells such hosts to do; its resets go in `base`.
 */
export const hostLayerOrder = `@layer theme, base, ${KIT_LAYER}, components, utilities;`;
export const hostBaseLayerCss = `@layer base {\n${tailwindPreflight}\n${modernNormalize}\n}`;
