/**
 * For tests that run a real `astro build` on a changed copy of the project: `project()` copies the
 * sources and content to a temporary folder (node_modules linked), lets the test change it, and
 * `build()` runs Astro there. `cleanUp()` removes every copy made.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const made: string[] = [];

export function project(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intermestic-build-'));
  made.push(dir);
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    fs.cpSync(path.join(ROOT, item), path.join(dir, item), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // Astro caches the content layer in node_modules/.astro; copies building side by side share the
  // linked node_modules, so each gets its own cache folder or one would read another's content.
  replaceIn(dir, 'astro.config.mjs', 'export default defineConfig({', "export default defineConfig({\n  cacheDir: './.astro-cache',");
  edit(dir);
  return dir;
}

/** Replaces text in a file of a copy; fails the setup loudly if the text is not there. */
export function replaceIn(dir: string, file: string, from: string | RegExp, to: string) {
  const p = path.join(dir, file);
  const text = fs.readFileSync(p, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${file} does not contain ${from}`);
  fs.writeFileSync(p, next);
}

/**
 * Runs `astro build` (or `astro sync`, which runs only the content loaders and is enough when a
 * loader is what should fail) in a copy: exit status, output without colour codes, and whether a
 * site was left in dist/. Asynchronous, so cases in a `describe.concurrent` build side by side.
 */
export function build(dir: string, command: 'build' | 'sync' = 'build') {
  const bin = path.join(ROOT, 'node_modules', '.bin');
  const child = spawn(path.join(bin, 'astro'), [command], {
    cwd: dir,
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const dist = path.join(dir, 'dist');
  return new Promise<{ status: number | null; output: string; dist: string; built: boolean }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({
        status,
        output: output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), ''),
        dist,
        built: fs.existsSync(path.join(dist, 'index.html')),
      }),
    );
  });
}

export const cleanUp = () => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
