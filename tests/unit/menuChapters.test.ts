import { describe, expect, test } from 'vitest';
import { MENU_LIMIT, menuChapters } from '../../src/lib/content/menuChapters';

describe('the contents menu (every page carries it)', () => {
  const chapters = Array.from({ length: 30 }, (_, i) => i + 1);
  test('lists every chapter of a briefing up to the limit', () => {
    expect(menuChapters(chapters.slice(0, MENU_LIMIT), () => false)).toEqual({ shown: chapters.slice(0, MENU_LIMIT), all: true });
  });
  test('past the limit, lists the first ones and the chapter being read, and says the list is partial', () => {
    const { shown, all } = menuChapters(chapters, (c) => c === 25);
    expect(all).toBe(false);
    expect(shown).toEqual([...chapters.slice(0, MENU_LIMIT - 1), 25]);
    expect(menuChapters(chapters, (c) => c === 3).shown).toHaveLength(MENU_LIMIT - 1);
  });
});
