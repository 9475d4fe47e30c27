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
