import { useMemo, useState } from 'react';
import { embedSnippet } from '../../state/embedSnippet';

/** The iframe code for a page (state/embed.ts), to copy into a news article. */
export function EmbedCode({ link, title }: { link: string; title: string }) {
  const snippet = useMemo(() => embedSnippet(link, title), [link, title]);
  const [message, setMessage] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setMessage('Embed code copied.');
    } catch {
      setMessage('Select the embed code and copy it.');
    }
  };
  return (
    <>
      <label htmlFor="embed-code-text">Embed this moment in a web page: paste this code where it should appear. It sizes itself to its content.</label>
      <textarea id="embed-code-text" readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className="button" onClick={copy}>
        Copy embed code
      </button>
      <span aria-live="polite">{message}</span>
    </>
  );
}
