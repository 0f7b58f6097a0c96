import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTranslations } from '../../src/lib/content/checkTranslations';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A copy of content/ to break. */
function copy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intermestic-i18n-'));
  fs.cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

describe('translation pairing', () => {
  it('finds every English file paired with its Spanish twin', () => expect(checkTranslations(ROOT)).toEqual([]));

  it('names the English chapter whose translation is missing', () => {
    const dir = copy();
    fs.rmSync(path.join(dir, 'content/es/chapters/migracion.mdx'));
    expect(checkTranslations(dir)).toContain('content/chapters/migration.mdx has no Spanish translation: expected a file in content/es/chapters/ with translationOf: migration');
  });

  it('names a Spanish chapter whose sections do not map to the English ones', () => {
    const dir = copy();
    const file = path.join(dir, 'content/es/chapters/comercio.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('key: open-disputes', 'key: disputes'));
    expect(checkTranslations(dir).join('\n')).toMatch(/content\/es\/chapters\/comercio\.mdx: field "sections" keys are \[.*disputes.*\]; expected the English sections of content\/chapters\/trade\.mdx/);
  });

  it('names a glossary term and a timeline event without Spanish', () => {
    const dir = copy();
    fs.rmSync(path.join(dir, 'content/es/glossary/usmca.yaml'));
    const tl = path.join(dir, 'content/es/timeline.yaml');
    fs.writeFileSync(tl, fs.readFileSync(tl, 'utf8').replace(/^nafta-in-force:/m, 'nafta-enters:'));
    const problems = checkTranslations(dir);
    expect(problems).toContain('content/glossary/usmca.yaml has no Spanish twin: expected content/es/glossary/usmca.yaml');
    expect(problems).toContain('content/es/timeline.yaml: no entry "nafta-in-force"; expected one for each entry of content/timeline.yaml');
  });
});
