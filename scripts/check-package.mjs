// Packs the package as npm would and checks the tarball: publint --strict (package.json, exports, files)
// and attw (types resolve for ESM consumers).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'assessment-kit-pack-'));
try {
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' });
  const [{ filename, size, unpackedSize, entryCount }] = JSON.parse(output);
  const tarball = join(dir, filename);
  console.log(`Packed ${filename}: ${entryCount} files, ${size} bytes (${unpackedSize} unpacked)`);
  execFileSync(bin('publint'), ['run', tarball, '--strict'], { stdio: 'inherit' });
  execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--exclude-entrypoints', './styles.css', './styles.layered.css'], { stdio: 'inherit' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
