import { useState, useSyncExternalStore } from 'react';
import { flushPendingUrl } from '../state/urlFlush';

/** Whether the system share sheet exists never changes while the page is open. */
const noSubscription = () => () => {};

/** The address of exactly what is on screen: any address change still pending is written first. */
function currentLink(): string {
  flushPendingUrl();
  return window.location.href;
}

/** Copy the link to exactly what is on screen, or hand it to the system share sheet where there is one. */
export function ShareBar() {
  const [message, setMessage] = useState('');
  const copy = async () => {
    const url = currentLink();
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied.');
    } catch {
      // Clipboard can be refused (permissions, insecure context): show the link to copy by hand.
      setMessage(`Copy this link: ${url}`);
    }
  };
  // Known only in the browser: a prerendered page offers Copy link alone until it hydrates.
  const canShare = useSyncExternalStore(noSubscription, () => typeof navigator.share === 'function', () => false);
  const share = async () => {
    try {
      await navigator.share({ title: document.title, url: currentLink() });
    } catch {
      // The reader closed the share sheet; nothing to report.
    }
  };
  return (
    <div className="share">
      <button type="button" className="button" onClick={copy}>
        Copy link
      </button>
      {canShare && (
        <button type="button" className="button" onClick={share}>
          Share…
        </button>
      )}
      <span className="share__message" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
