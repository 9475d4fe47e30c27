import { useState } from 'react';
import { LazyPart } from '../../ui/LazyPart';
import { flushPendingUrl } from '../../state/urlFlush';
import { useClientValue } from '../../ui/useClientValue';

// The embed code is for the few who embed: its code loads when asked for.
const loadEmbedCode = () => import('./EmbedCode').then((m) => m.EmbedCode);

/** The address of exactly what is on screen: any address change still pending is written first. */
function currentLink(): string {
  flushPendingUrl();
  return window.location.href;
}

/** Copy the link to exactly what is on screen, or hand it to the system share sheet where there is one. */
export function ShareBar() {
  const [message, setMessage] = useState('');
  // The page the embed code shows, fixed when the reader asks for it (the code does not follow the view).
  const [embedOf, setEmbedOf] = useState<{ link: string; title: string } | null>(null);
  const toggleEmbed = () => setEmbedOf((open) => (open === null ? { link: currentLink(), title: document.title.replace(/ – Lapline$/, '') } : null));
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
  const canShare = useClientValue(() => typeof navigator.share === 'function', false);
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
      <button type="button" className="button" aria-expanded={embedOf !== null} aria-controls="embed-code" onClick={toggleEmbed}>
        Embed…
      </button>
      <span className="share__message" aria-live="polite">
        {message}
      </span>
      {embedOf !== null && (
        <div id="embed-code" className="share__embed">
          <LazyPart loader={loadEmbedCode} label="The embed code" props={embedOf} loading={<p className="muted">Preparing the embed code…</p>} />
        </div>
      )}
    </div>
  );
}
