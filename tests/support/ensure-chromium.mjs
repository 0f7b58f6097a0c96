/**
 * Run before the e2e tests: makes sure a Chromium exists, installing one if it can
 * (Playwright's download, then Debian's package when running as root), otherwise stops with one
 * line saying how to get one. Never skips tests silently.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../src/tools/chromium.ts';

function attempt(label, command) {
  console.log(`ensure-chromium: trying ${label}: ${command}`);
  try {
    execSync(command, { stdio: 'inherit', timeout: 15 * 60 * 1000 });
  } catch {
    console.log(`ensure-chromium: ${label} did not work`);
  }
  return findChromium();
}

let found = findChromium();
if (!found) found = attempt('Playwright download', 'npx --no-install playwright install chromium');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!found && isRoot && fs.existsSync('/usr/bin/apt-get')) {
  found = attempt('Debian package', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
}
if (!found) {
  console.error(`ensure-chromium: ${HOW_TO_GET_CHROMIUM}`);
  process.exit(1);
}
console.log(`ensure-chromium: using ${found}`);
