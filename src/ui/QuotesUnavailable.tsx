import { useDataset } from '../state/StoreContext';

/**
 * In place of a list of quotes when the quotes file could not be read: the quotes are unknown, not
 * absent, so nothing says nobody was quoted. Retry loads the page again, which fetches every file
 * anew (the quotes arrive with the page's data otherwise; only the loader that fetches them can fail).
 */
export function QuotesUnavailable({ what }: { what: string }) {
  const { quotesUnavailable } = useDataset();
  if (!quotesUnavailable) return null;
  return (
    <div className="part-error" role="status">
      <p>
        <strong>The quotes could not be loaded</strong>, so {what} is not shown here.
      </p>
      {quotesUnavailable.retryable && (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Retry
        </button>
      )}
    </div>
  );
}
