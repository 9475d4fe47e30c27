import { saidText } from '../../data/quoteTiming';
import { articleLabel } from '../../data/articleLabel';
import { speakerName } from '../../data/race';
import type { Quote, Race } from '../../data/schema';
import { useAppStore, useDataset } from '../../state/StoreContext';
import { SourceList } from '../../ui/SourceList';

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
        {/* By its outlet and date: our own description of an article is never set where it reads as its headline. */}
        {`, in the ${articleLabel(article).replace(/^Article/, 'article')}`}
        {' · '}
        <button type="button" className="link-button" onClick={() => store.getState().openQuote(quote.id)}>
          Read in the article{article && <span className="visually-hidden"> (our description of it: {article.title})</span>}
        </button>
        {/* When it was said is a fact like any other: where the record dates a remark, its sources are shown. */}
        {race && quote.said?.sources && <SourceList sources={quote.said.sources} label="When it was said" />}
      </figcaption>
    </figure>
  );
}
