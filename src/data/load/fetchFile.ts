/**
 * Fetching one data file, bounded in time, with reasons a reader can be shown. Shared by the loader
 * that fetches every file (fetchDataset.ts), a prerendered page's races fetched when opened
 * (fetchRace.ts) and the article texts the reader fetches (articleText.ts).
 */

/** How long one file may take before it is reported as failed (with Retry). */
export const LOAD_TIMEOUT_MS = 10_000;

/** A fetch (headers and body) that gives up after `timeoutMs`, with a reader-facing reason. */
export async function fetchWithin(url: string, timeoutMs: number): Promise<{ ok: boolean; status: number; text: string; type: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    return { ok: response.ok, status: response.status, text: response.ok ? await response.text() : '', type: response.headers.get('content-type') ?? '' };
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** The reason in an error, for a message. */
export const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A JSON file's content, or why it could not be read (`retryable` when fetching it again may work). */
export type JsonFile = { json: unknown; error?: undefined } | { json?: undefined; error: string; retryable: boolean };

/**
 * Fetches and parses one JSON file; any failure is returned, not thrown. Every failure here is one
 * of delivery, worth a Retry: the files were checked when the site was built, so a web page where the
 * data should be (a captive portal, a proxy's error page) or a file cut short is the network's doing.
 */
export async function fetchJsonFile(url: string, timeoutMs: number): Promise<JsonFile> {
  let text: string;
  try {
    const response = await fetchWithin(url, timeoutMs);
    // A server error or a missing file may be passing (a redeploy, a flaky proxy): worth a Retry.
    if (!response.ok) return { error: `could not be loaded (HTTP ${response.status})`, retryable: true };
    if (/html/i.test(response.type) || /^\s*</.test(response.text)) return { error: 'could not be loaded (a web page came back instead of the data)', retryable: true };
    text = response.text;
  } catch (error) {
    return { error: `could not be loaded (${reason(error)})`, retryable: true };
  }
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `could not be read: it is not valid JSON (${reason(error)})`, retryable: true };
  }
}
