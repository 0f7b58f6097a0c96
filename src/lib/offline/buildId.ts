/**
 * The build id: a hash of what the saved files are made from (the code and templates Vite bundled,
 * the content collections, the offline list itself, the public address). Two builds of the same
 * sources get the same id, so readers are not sent the same files again; any change to a page's
 * words, data, styles or scripts gives a new id, and saved chapters are refreshed.
 */
import { createHash } from 'node:crypto';

export function buildId(inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(`${input.length}:${input}`);
  return hash.digest('hex').slice(0, 16);
}
