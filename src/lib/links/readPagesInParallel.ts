/**
 * Reads every page's ids and references for the link check on worker threads, one per core: parsing
 * the HTML is nearly all of the check's time, and on a large build (thousands of pages) it ran on one
 * core after everything else had finished. The check itself (checkLinks) then only looks things up.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageInfo } from './checkLinks.ts';

/** Worker side: parses the files it is given and posts back [file, ids, refs] for each. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
import(workerData.module).then(({ pageInfo }) => {
  const out = workerData.files.map((file) => {
    const info = pageInfo(fs.readFileSync(file, 'utf8'));
    return [file, [...info.ids], info.refs];
  });
  parentPort.postMessage(out);
});
`;

/**
 * The pages read, by file path. Below `minFiles` (small builds are read faster than workers start)
 * or with one core it returns an empty map and checkLinks reads each page itself.
 */
export async function readPagesInParallel(
  files: string[],
  { threads = Math.min(os.availableParallelism(), 8), minFiles = 200 }: { threads?: number; minFiles?: number } = {},
): Promise<Map<string, PageInfo>> {
  const pages = new Map<string, PageInfo>();
  if (files.length < minFiles || threads < 2) return pages;
  const module = new URL('./checkLinks.ts', import.meta.url).href;
  const chunks = Array.from({ length: threads }, (_, i) => files.filter((_, j) => j % threads === i));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<[string, string[], PageInfo['refs']][]>((resolve, reject) => {
          const worker = new Worker(WORKER, { eval: true, workerData: { module, files: chunk } });
          worker.once('message', (m: [string, string[], PageInfo['refs']][]) => {
            resolve(m);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  for (const list of results) for (const [file, ids, refs] of list) pages.set(file, { ids: new Set(ids), refs });
  return pages;
}
