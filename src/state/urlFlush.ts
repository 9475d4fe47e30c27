/**
 * The address bar trails scrubbing by a moment (history writes are rate-limited); anything that
 * reads or hands on the address (Copy link, Share) flushes it first, so the link is always the
 * view on screen. The URL sync registers its flush here.
 */
const flushers = new Set<() => void>();

/** Registers a flush; returns the function that unregisters it. */
export function registerUrlFlush(flush: () => void): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Writes any pending address change now. */
export function flushPendingUrl(): void {
  for (const flush of flushers) flush();
}
