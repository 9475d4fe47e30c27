import { useState } from 'react';
import { flushPendingUrl } from '../state/urlFlush';

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
  const canShare = typeof navigator.share === 'function';
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
