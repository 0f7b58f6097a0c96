/**
 * Bad input stops the build with the file, the line or field, and what was expected — and leaves
 * no site behind. Each case copies the project to a temporary folder, breaks one thing, and runs
 * a real `astro build` — or `astro sync` where a content loader is what must fail — side by side.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { build, cleanUp, project, replaceIn } from '../support/buildProject';

afterAll(cleanUp);

describe.concurrent('bad input stops the build', async () => {
  it('a footnote citing an unknown source names the chapter and the id', async () => {
    const dir = project((d) => replaceIn(d, 'content/chapters/trade.mdx', /\[@census-country-xlsx-2024\]/, '[@no-such-source]'));
    const r = await build(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/chapters/trade.mdx: cites unknown source "no-such-source"');
    expect(r.built).toBe(false);
  });

  it('a citation set inside a sentence names the chapter and the words before it', async () => {
    const dir = project((d) =>
      replaceIn(d, 'content/chapters/trade.mdx', '[^usmca]: [@crs-r44981-2020].', '[^usmca]: Dates agree with 2020 [@crs-r44981-2020].'),
    );
    const r = await build(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'content/chapters/trade.mdx: the citation [@crs-r44981-2020] follows "Dates agree with 2020" and would read as part of the sentence',
    );
    expect(r.built).toBe(false);
  });

  it('a footnote marker with no definition names the chapter, the line and the marker', async () => {
    const dir = project((d) => replaceIn(d, 'content/chapters/trade.mdx', /\n\[\^usmca\]: .*\n/, '\n'));
    const r = await build(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/chapters\/trade\.mdx:\d+: footnote \[\^usmca\] has no definition/);
    expect(r.built).toBe(false);
  });

  it('a dataset value nobody dated names the file, the column and the period', async () => {
    const dir = project((d) => replaceIn(d, 'content/data/us-overdose-deaths.yaml', /\n {2}- \{ from: "2021", to: "2021", publishedBy: "2022" \}/, ''));
    const r = await build(dir, 'sync');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/data/us-overdose-deaths.yaml: field "provenance": nothing says when drug_overdose_deaths for 2021 was published');
    expect(r.built).toBe(false);
  });

  it('a wrong frontmatter field names the chapter and the field', async () => {
    const dir = project((d) => replaceIn(d, 'content/chapters/migration.mdx', /^order: 2$/m, 'order: two'));
    const r = await build(dir, 'sync');
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/chapters → migration data does not match collection schema/);
    expect(r.output).toMatch(/order/);
    expect(r.output).toContain('content/chapters/migration.mdx');
    expect(r.built).toBe(false);
  });

  it('a malformed CSV row names the file, the line and what was expected', async () => {
    const dir = project((d) => replaceIn(d, 'content/data/us-overdose-deaths.csv', '2016,63632,', '2016,many,'));
    const r = await build(dir, 'sync');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/data/us-overdose-deaths.csv:3: column "drug_overdose_deaths" is "many"; expected a whole number (not negative)');
    expect(r.built).toBe(false);
  });

  it('a chart pointing at a missing dataset names the chapter, the line and the id', async () => {
    const dir = project((d) => replaceIn(d, 'content/chapters/trade.mdx', 'dataset="us-mexico-goods-trade"', 'dataset="no-such-data"'));
    const r = await build(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/chapters\/trade\.mdx:\d+: <Chart id="us-mexico-trade"> points at dataset "no-such-data", which does not exist/);
    expect(r.built).toBe(false);
  });

  it('a timeline event with an unknown chapter tag names the file and the entry', async () => {
    const dir = project((d) => replaceIn(d, 'content/timeline.yaml', /chapters: \[overview, trade\]/, 'chapters: [nowhere]'));
    const r = await build(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/timeline\.yaml \(entry "[a-z0-9-]+"\): field "chapters\.0": unknown chapter "nowhere"/);
    expect(r.built).toBe(false);
  });

  it('a glossary term missing its definition names the file and the field', async () => {
    const dir = project((d) => replaceIn(d, 'content/glossary/usmca.yaml', /^definition:/m, 'meaning:'));
    const r = await build(dir, 'sync');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/glossary/usmca.yaml (entry "usmca"): field "definition"');
    expect(r.built).toBe(false);
  });

  it('an h2 that does not match the declared sections names the chapter and the field', async () => {
    const dir = project((d) => replaceIn(d, 'content/chapters/hled.mdx', /^## (.+)$/m, '## A heading nobody declared'));
    const r = await build(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/chapters\/hled\.mdx: field "sections\.0\.heading" is "[^"]+" but h2 number 1 reads "A heading nobody declared"/);
    expect(r.built).toBe(false);
  });
});
