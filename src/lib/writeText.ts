/**
 * Rewrites the text node React rendered inside `element`, in place (replacing the node would leave
 * React holding a stale one), and only when the text changes: the busiest path (a lap step) writes a
 * few of these, and an unchanged one costs nothing.
 */
export function writeText(element: Element | null | undefined, text: string): void {
  const node = element?.firstChild;
  if (node && node.nodeValue !== text) node.nodeValue = text;
}
