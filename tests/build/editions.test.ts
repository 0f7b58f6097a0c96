/**
 * The two editions stay in step at build time: a chapter without its translation stops the build,
 * naming the file; a translation older than its original's latest revision says so on the page.
 * Each case copies the project, changes one thing and runs a real `astro build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, cleanUp, project } from '../support/buildProject';

afterAll(cleanUp);

describe.concurrent('the editions at build time', () => {
  it('a chapter without its Spanish translation stops the build, naming the file', async () => {
    const r = await build(project((d) => fs.rmSync(path.join(d, 'content/es/chapters/seguridad.mdx'))));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'content/chapters/security.mdx has no Spanish translation: expected a file in content/es/chapters/ with translationOf: security',
    );
    expect(fs.existsSync(path.join(r.dist, 'index.html'))).toBe(false);
  });

  it('a Spanish chapter older than its revised original says so, with both dates and a link', async () => {
    const dir = project((d) => {
      const file = path.join(d, 'content/chapters/migration.mdx');
      const text = fs.readFileSync(file, 'utf8');
      // A new revision, newest last, just before the frontmatter closes.
      const end = text.indexOf('\n---', 4);
      fs.writeFileSync(file, `${text.slice(0, end)}\n  - date: 2027-01-15\n    note: "Figures brought up to date."${text.slice(end)}`);
    });
    const r = await build(dir);
    expect(r.status, r.output.slice(-2000)).toBe(0);
    const es = fs.readFileSync(path.join(r.dist, 'es/migracion/index.html'), 'utf8');
    const notice = es.match(/<p class="outdated[^"]*"[^>]*data-outdated[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '';
    const text = notice.replace(/<[^>]+>/g, '');
    expect(text).toContain('se revisó el 15 de enero de 2027, después de esta traducción (30 de noviembre de 2026)');
    expect(notice).toMatch(/<a href="\/migration\/"[^>]*>versión en inglés<\/a>/);
    // Only the chapter whose original changed carries the notice; English pages never do.
    expect(fs.readFileSync(path.join(r.dist, 'es/comercio/index.html'), 'utf8')).not.toContain('data-outdated');
    expect(fs.readFileSync(path.join(r.dist, 'migration/index.html'), 'utf8')).not.toContain('data-outdated');
  });
});
