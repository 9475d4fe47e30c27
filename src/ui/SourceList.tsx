import { articleLabel } from '../data/articleLabel';
import type { SourceRef } from '../data/schema';
import { useDataset, useOutcomeHidden } from '../state/StoreContext';

/** Sources as a reader sees them: an article by its outlet and date (with our description of it), a public record as a link to its address. */
export function SourceList({ sources, label = 'Sources' }: { sources: readonly SourceRef[]; label?: string }) {
  return (
    <div className="sources">
      <span className="sources__label">{label}:</span>
      <ul>
        {sources.map((source, i) => (
          <li key={i}>
            <SourceItem source={source} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One source, with what it says when the data notes it; `brief` leaves out our description of an article (a table row's source). */
export function SourceItem({ source, brief = false }: { source: SourceRef; brief?: boolean }) {
  const { articles } = useDataset();
  // No spoilers: a source's title, our description of an article and a source's note tell the result
  // ("Rhodes takes the 2023 title"), so until the finish a source is named by its outlet or site only.
  const titlesHidden = useOutcomeHidden();
  const note = source.note && !titlesHidden ? <span className="muted"> — {source.note}</span> : null;
  if ('article' in source) {
    const article = articles.get(source.article);
    // Our description of the article follows its outlet and date, named as ours: it is not the headline.
    return (
      <>
        {articleLabel(article)}
        {!brief && !titlesHidden && <span className="muted"> (our description: {article?.title ?? source.article})</span>}
        {note}
      </>
    );
  }
  return (
    <>
      <a href={safeHref(source.url)} target="_blank" rel="noopener noreferrer">
        {titlesHidden ? siteOf(source.url) : source.record}
      </a>
      {titlesHidden && <span className="muted"> (title hidden until the finish: no spoilers)</span>}
      {note}
    </>
  );
}

/** A source's site, for naming it without its title: "speedwaydigest.com". */
function siteOf(url: string): string {
  try {
    return new URL(safeHref(url)).hostname.replace(/^www\./, '');
  } catch {
    return 'a public record';
  }
}

/** Only http(s) addresses become links; anything else (javascript:, data:) is neutralised. */
export function safeHref(url: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
  return /^https?:\/\//i.test(withScheme) ? withScheme : '#';
}
