/**
 * The code another site pastes to show a figure: an <iframe> of the figure's embed page, titled for
 * screen readers, and an optional script that sets the frame's height from the messages the embed
 * page sends (src/scripts/embedHeight.ts). Without the script the frame keeps EMBED_HEIGHT and
 * scrolls if the figure is taller (a narrow column shows the narrow layout, which is taller).
 */

/** Default frame height in CSS pixels: the wide layout with its key, notes and source fits. */
export const EMBED_HEIGHT = 820;

export function embedSnippet(embedUrl: string, title: string): string {
  const origin = new URL(embedUrl).origin;
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${attr(embedUrl)}" title="${attr(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:760px" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){if(e.origin!=="${origin}"||!e.data||e.data.type!=="intermestic:height")return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})})</script>`,
  ].join('\n');
}
