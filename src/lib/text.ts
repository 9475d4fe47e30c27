/** The text with its first letter upper-cased: for a phrase that starts a sentence ("Laps 120–124: …"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
