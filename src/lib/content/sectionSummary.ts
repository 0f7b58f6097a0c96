/**
 * The opening of a section in plain text, for share-page descriptions and cards: the first
 * paragraph after the h2, without footnote markers, links, emphasis or components, cut at a word.
 */
export function sectionSummary(body: string, heading: string, max = 200): string {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return '';
  const paragraph: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const t = line.trim();
    if (/^#{1,6}\s/.test(t) || t.startsWith('<') || t.startsWith('[^')) {
      if (paragraph.length) break;
      if (/^#{1,6}\s/.test(t)) break;
      continue;
    }
    if (!t) {
      if (paragraph.length) break;
      continue;
    }
    paragraph.push(t);
  }
  const text = paragraph
    .join(' ')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  return text.slice(0, max).replace(/\s+\S*$/, '') + '…';
}
