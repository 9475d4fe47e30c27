/**
 * The embed (issue 11): `?embed=1` on any page shows a compact view for an iframe in a news article
 * (the timeline, the slider and the incident panel; app.css, `html.embedded`), which reports its
 * height to the host page. It is how the page is shown, not part of the view: the URL sync keeps it
 * in the iframe's address, and links out of the embed drop it.
 */

/** The parameter, and the message type the iframe posts to its host page with its height. */
export const EMBED_PARAM = 'embed';
export const HEIGHT_MESSAGE = 'lapline:height';

/** Whether an address's query asks for the embed. */
export function isEmbedded(search: string): boolean {
  try {
    return new URLSearchParams(search).get(EMBED_PARAM) === '1';
  } catch {
    return false;
  }
}

/** An address (path and query) with the embed parameter added. */
export function withEmbed(address: string): string {
  return `${address}${address.includes('?') ? '&' : '?'}${EMBED_PARAM}=1`;
}

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
