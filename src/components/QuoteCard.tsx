import { saidText } from '../data/quoteTiming';
import { speakerName } from '../data/race';
import type { Quote, Race } from '../data/schema';
import { formatIsoDate } from '../lib/dates';
import { useAppStore, useDataset } from '../state/StoreContext';

/**
 * One quote, verbatim, with who said it, when (relative to `race`, the race being read) and
 * where; opens in its article.
 */
export function QuoteCard({ quote, race }: { quote: Quote; race?: Race }) {
  const dataset = useDataset();
  const store = useAppStore();
  const article = dataset.articles.get(quote.article);
  const speaker = speakerName(dataset, quote.speaker);
  return (
    <figure className="quote">
      <blockquote cite={article ? `#${article.id}` : undefined}>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        {race && <span className="quote__when">{saidText(quote, article, race)}</span>}
        <span className="quote__speaker">{quote.kind === 'post' ? `Post by ${speaker}` : speaker}</span>
        {', in '}
        {article?.outlet ? `${article.outlet}: ` : 'an article: '}
        <cite>{article?.title ?? quote.article}</cite>
        {article?.date && <span className="muted"> ({formatIsoDate(article.date)})</span>}
        {' · '}
        <button type="button" className="link-button" onClick={() => store.getState().openQuote(quote.id)}>
          Read in the article<span className="visually-hidden">: {article?.title}</span>
        </button>
      </figcaption>
    </figure>
  );
}
