/**
 * The embed's snippet (state/embed.ts), in a module of its own: only the Embed… panel uses it, so its
 * code loads with that panel, not with every page.
 */
import { EMBED_PARAM, HEIGHT_MESSAGE, withEmbed } from './embed';

/** Text for an HTML attribute. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The code a newsroom pastes into an article: the iframe, and a few lines of script that size it to
 * the height the embed reports (accepted only from the embed's own origin and its own frame).
 */
export function embedSnippet(pageUrl: string, title: string): string {
  const url = new URL(pageUrl);
  url.searchParams.delete(EMBED_PARAM);
  const src = withEmbed(url.href);
  return [
    `<iframe src="${attribute(src)}" title="${attribute(`Lapline: ${title}`)}" width="100%" height="720" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){if(e.origin!==${JSON.stringify(url.origin)}||!e.data||e.data.type!==${JSON.stringify(HEIGHT_MESSAGE)})return;` +
      `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})})</script>`,
  ].join('\n');
}
