// The import check (`npm test` runs it): imports in src/ run one way, lower layer to higher, with no cycles and no
// feature folder reaching into a sibling. Every import counts, `import type` and lazy `import()` included: a type
// import still ties the two files' designs together.
//
//   node scripts/check-imports.mjs [root]      (root defaults to src/; exits 1 and lists each offence)
//
// The layers, lowest first (a file may import its own layer and the ones before it):
//   domain ← backend ← data ← ui ← components/<feature> ← screens ← provider ← the entries (src/*.ts)
// contract.ts is the one entry server code may use, so it sits just above backend; mock imports domain, backend and
// contract only; server may also read the mock's data (its demo runs on the stories' seed and keys), never the other
// way. locales (the shipped translations, assessment-kit/locales/*) take only the kit's types from the main entry and
// their own plural helper, so a host that imports one bundles nothing else. A feature folder imports none of its siblings.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ORDER = ['domain', 'backend', 'contract', 'data', 'ui', 'components', 'screens', 'provider', 'entry'];
const below = (layer) => ORDER.slice(0, ORDER.indexOf(layer) + 1);
const allowed = {
  ...Object.fromEntries(ORDER.map((layer) => [layer, below(layer)])),
  contract: ['domain', 'backend', 'contract'],
  mock: ['domain', 'backend', 'contract', 'mock'],
  server: ['domain', 'backend', 'contract', 'mock', 'server'],
  locales: ['entry', 'locales'],
};
allowed.entry = [...ORDER, 'mock', 'server'];

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs)$/;

/** The layer of a file (path relative to the root, '/'-separated), and its feature folder if it has one. */
export function layerOf(path) {
  const [top, feature] = path.split('/');
  if (!path.includes('/')) return { layer: path.replace(SOURCE, '') === 'contract' ? 'contract' : 'entry' };
  if (top === 'components') return { layer: 'components', feature: path.split('/').length > 2 ? feature : undefined };
  return { layer: top in allowed ? top : undefined };
}

/**
 * The code with comments, string contents and template-literal text blanked out (line breaks kept, so offsets
 * still give line numbers), and where each string literal starts: module specifiers are read from those, so an
 * import written inside a comment or a template is never taken for a real one.
 */
function scan(code) {
  const out = code.split('');
  const strings = new Map();
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  const templateDepth = [];
  let braces = 0;
  let lastSignificant = '';
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      const end = code.indexOf('\n', i);
      const stop = end === -1 ? code.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end === -1 ? code.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < code.length && code[j] !== c && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
      strings.set(i, code.slice(i + 1, j));
      blank(i + 1, j);
      i = j + 1;
      lastSignificant = 'a';
    } else if (c === '`' || (c === '}' && templateDepth.at(-1) === braces)) {
      // Template text up to the closing backtick or the next `${`.
      if (c === '}') templateDepth.pop();
      let j = i + 1;
      while (j < code.length && code[j] !== '`' && !(code[j] === '$' && code[j + 1] === '{')) j += code[j] === '\\' ? 2 : 1;
      blank(i + 1, j);
      if (code[j] === '$') {
        templateDepth.push(braces);
        i = j + 2;
      } else i = j + 1;
      lastSignificant = 'a';
    } else if (c === '/' && (lastSignificant === '' || '(,=:[!&|?{};+-*%<>~^'.includes(lastSignificant))) {
      // A regular expression literal: skip it so a quote inside it starts no string.
      let j = i + 1;
      let inClass = false;
      while (j < code.length && code[j] !== '\n' && (inClass || code[j] !== '/')) {
        if (code[j] === '\\') j++;
        else if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
        j++;
      }
      blank(i + 1, j);
      i = j + 1;
      lastSignificant = 'a';
    } else {
      if (c === '{') braces++;
      if (c === '}') braces--;
      if (!/\s/.test(c)) lastSignificant = /[\w$)\]]/.test(c) ? 'a' : c;
      i++;
    }
  }
  return { code: out.join(''), strings };
}

// Each pattern ends at the opening quote of the specifier.
const IMPORT_PATTERNS = [
  /\bimport\s+(?:type\s+)?[\w$*{}\s,]+?\s+from\s*(?=['"])/g, // import x / { a } / * as x / type { a } from '…'
  /\bimport\s*(?=['"])/g, // import '…' (side effect)
  /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(?=['"])/g, // export … from '…'
  /\bimport\s*\(\s*(?=['"])/g, // import('…'), typeof import('…')
];

/** Every module specifier a file imports, with its line. */
export function importsOf(code) {
  const scanned = scan(code);
  const found = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of scanned.code.matchAll(pattern)) {
      const quote = match.index + match[0].length;
      const specifier = scanned.strings.get(quote);
      if (specifier === undefined) continue;
      const line = code.slice(0, quote).split('\n').length;
      found.push({ specifier, line });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const CANDIDATES = ['', '.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'];

function resolveImport(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  const bases = [base, base.replace(/\.(m|c)?jsx?$/, '')];
  for (const b of bases) {
    for (const suffix of CANDIDATES) {
      const path = b + suffix;
      if (existsSync(path) && statSync(path).isFile()) return path;
    }
  }
  return undefined;
}

/** Strongly connected components of more than one file (or a file that imports itself): each one holds a cycle. */
function findCycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const { to } of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), index.get(to)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).some(({ to }) => to === node)) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => shortestLoop(graph, new Set(component), component.sort()[0]));
}

/** One concrete loop through `start` inside a component, as its edges (breadth-first, so the shortest). */
function shortestLoop(graph, members, start) {
  const cameFrom = new Map();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift();
    for (const edge of graph.get(node) ?? []) {
      if (!members.has(edge.to) || cameFrom.has(edge.to)) continue;
      cameFrom.set(edge.to, edge);
      if (edge.to === start) {
        const loop = [];
        for (let at = start; loop.length === 0 || at !== start; at = cameFrom.get(at).from) loop.unshift(cameFrom.get(at));
        return loop;
      }
      queue.push(edge.to);
    }
  }
  return [];
}

/** Checks every source file under `root`; paths in the result are relative to `root`'s parent. */
export function checkImports(root) {
  const rootDir = resolve(root);
  const shown = (path) => relative(dirname(rootDir), path).split(sep).join('/');
  const inRoot = (path) => relative(rootDir, path).split(sep).join('/');
  const graph = new Map();
  const offences = { cycles: [], upward: [], sibling: [], unplaced: [], unresolved: [] };

  for (const file of listFiles(rootDir).sort()) {
    const edges = [];
    graph.set(file, edges);
    const from = layerOf(inRoot(file));
    if (!from.layer) offences.unplaced.push(`${shown(file)}: in no layer (see scripts/check-imports.mjs)`);
    for (const { specifier, line } of importsOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue; // a package
      const target = resolveImport(file, specifier);
      const at = `${shown(file)}:${line}`;
      if (!target) {
        offences.unresolved.push(`${at} → ${specifier} (no such file)`);
        continue;
      }
      if (relative(rootDir, target).startsWith('..')) continue; // outside the checked tree (package.json...)
      if (!SOURCE.test(target)) continue; // a stylesheet or data file
      edges.push({ from: file, to: target, at });
      const to = layerOf(inRoot(target));
      if (!from.layer || !to.layer) continue;
      const arrow = `${at} → ${shown(target)}`;
      if (!allowed[from.layer].includes(to.layer)) offences.upward.push(`${arrow} (${from.layer} may not import ${to.layer})`);
      else if (from.layer === 'components' && to.layer === 'components' && from.feature !== to.feature)
        offences.sibling.push(`${arrow} (feature ${from.feature ?? '(none)'} imports feature ${to.feature ?? '(none)'})`);
    }
  }
  offences.cycles = findCycles(graph).map((loop) => loop.map((edge) => `${edge.at} → ${shown(edge.to)}`).join('\n    '));
  return offences;
}

function main() {
  const root = process.argv[2] ?? fileURLToPath(new URL('../src', import.meta.url));
  const offences = checkImports(root);
  const sections = [
    ['cycles', 'Cycles (each loop, edge by edge)'],
    ['upward', 'Arrows against the layer order'],
    ['sibling', 'Imports between two feature folders'],
    ['unplaced', 'Files in no layer'],
    ['unresolved', 'Relative imports that resolve to no file'],
  ];
  for (const [key, title] of sections) {
    if (offences[key].length === 0) continue;
    console.error(`\n${title}:`);
    for (const offence of offences[key]) console.error(`  ${offence}`);
  }
  const extra = ['unplaced', 'unresolved'].filter((key) => offences[key].length).map((key) => `, ${offences[key].length} ${key}`);
  const summary = `${offences.cycles.length} cycles, ${offences.upward.length} upward, ${offences.sibling.length} sibling${extra.join('')}`;
  const failed = Object.values(offences).some((list) => list.length > 0);
  console.log(`${failed ? '✖' : '✔'} Imports: ${summary}`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
