import { useEffect } from 'react';
import { useAppStore } from '../../state/StoreContext';

/**
 * Shown while the article reader's code loads: says so, and honours Escape (the reader asked to
 * open the article and may change their mind before it arrives; that Escape must not be lost).
 */
export function ReaderLoading() {
  const store = useAppStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') store.getState().openQuote(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
  return (
    <p className="reader-loading" role="status">
      Opening the article…
    </p>
  );
}
