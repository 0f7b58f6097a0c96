/**
 * For tests that run a real `astro build` on a changed copy of the project: `project()` copies the
 * sources and content to a temporary folder (node_modules linked), lets the test change it, and
 * `build()` runs Astro there. `cleanUp()` removes every copy made.
 */
import { spawnSync } from 'node:child_process';
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

/** Runs `astro build` in a copy: exit status, output without colour codes, and where dist is. */
export function build(dir: string) {
  const bin = path.join(ROOT, 'node_modules', '.bin');
  const run = spawnSync(path.join(bin, 'astro'), ['build'], {
    cwd: dir,
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  const dist = path.join(dir, 'dist');
  return {
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), ''),
    dist,
    built: fs.existsSync(path.join(dist, 'index.html')),
  };
}

export const cleanUp = () => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
