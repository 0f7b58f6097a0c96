import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cachedPng, pngCacheKey, pngCacheTally, prunePngCache } from '../../src/lib/social/pngCache';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'png-cache-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the PNG cache (warm builds draw only what changed)', () => {
  test('the key changes with any input, and only then', () => {
    const key = pngCacheKey(['resvg 2.6.2', 1200, '<svg/>']);
    expect(pngCacheKey(['resvg 2.6.2', 1200, '<svg/>'])).toBe(key);
    expect(pngCacheKey(['resvg 2.6.2', 1280, '<svg/>'])).not.toBe(key);
    expect(pngCacheKey(['resvg 2.6.3', 1200, '<svg/>'])).not.toBe(key);
    // Parts are length-prefixed: moving text between parts is a different key.
    expect(pngCacheKey(['ab', 'c'])).not.toBe(pngCacheKey(['a', 'bc']));
  });

  test('an image is drawn once, then read back; an unused one is pruned', async () => {
    const before = { ...pngCacheTally() };
    let draws = 0;
    const draw = async () => (draws++, Buffer.from('png bytes'));
    expect((await cachedPng('a', draw, dir)).toString()).toBe('png bytes');
    expect((await cachedPng('a', draw, dir)).toString()).toBe('png bytes');
    expect(draws).toBe(1);
    expect(pngCacheTally().made - before.made).toBe(1);
    expect(pngCacheTally().reused - before.reused).toBe(1);
    const old = new Date(Date.now() - 60_000);
    await cachedPng('b', draw, dir);
    fs.utimesSync(path.join(dir, 'b.png'), old, old);
    expect(prunePngCache(Date.now() - 1000, dir)).toBe(1);
    expect(fs.readdirSync(dir)).toEqual(['a.png']);
  });
});
