import { useApp, useAppStore, useDataset } from '../../state/StoreContext';
import { describeDataError } from '../../data/validate/errors';

/**
 * Explains, politely and as plain text, what a link asked for that could not be shown. In development
 * (`npm run dev`) it also lists the data's problems, with their files and lines, for whoever is editing
 * the data; readers never see repository paths (a production build refuses data with problems).
 */
export function Notices() {
  const notices = useApp((s) => s.notices);
  const store = useAppStore();
  const { errors } = useDataset();
  return (
    <div role="status" aria-label="Notices" className="notices">
      {notices.length > 0 && (
        <div className="notice">
          <p className="notice__title">Part of this link could not be used:</p>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              store.getState().setNotices([]);
              // The button goes with its notice: keep the keyboard focus in the page, at the race's heading.
              document.getElementById('summary-heading')?.focus();
            }}
          >
            Dismiss
          </button>
        </div>
      )}
      {/* In development only: a production build drops this (and describeDataError) altogether. */}
      {import.meta.env.DEV && errors.length > 0 && (
        <div className="notice notice--error">
          <p className="notice__title">Some of the data has problems (shown in development only; run npm run validate for all of them):</p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{describeDataError(e)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
