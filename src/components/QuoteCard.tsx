import type { Quote } from '../data/schema';
import { speakerName } from '../data/race';
import { useAppStore, useDataset } from '../state/StoreContext';

/** One quote, verbatim, with who said it and where; opens in its article. */
export function QuoteCard({ quote }: { quote: Quote }) {
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
        <span className="quote__speaker">{quote.kind === 'post' ? `Post by ${speaker}` : speaker}</span>
        {', in '}
        <cite>{article?.title ?? quote.article}</cite>
        {article?.date && <span className="muted"> ({article.date})</span>}
        {' · '}
        <button type="button" className="link-button" onClick={() => store.getState().openQuote(quote.id)}>
          Read in the article<span className="visually-hidden">: {article?.title}</span>
        </button>
      </figcaption>
    </figure>
  );
}
