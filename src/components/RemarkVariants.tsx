import { useMemo } from 'react';
import type { Remark } from '../data/schema';
import { wordDiff } from '../lib/wordDiff';
import { articleLabel, speakerName } from '../data/race';
import { useDataset } from '../state/StoreContext';

/**
 * One remark as two articles reported it, side by side, with the words only one of them has
 * marked (as <ins>, so the difference is not told by colour alone).
 */
export function RemarkVariants({ remark }: { remark: Remark }) {
  const dataset = useDataset();
  const [first, second] = remark.variants;
  const diff = useMemo(() => (first && second ? wordDiff(first.excerpt, second.excerpt) : null), [first, second]);
  if (!first || !second || !diff) return null;
  // Each wording by the article it is in, told by its outlet and date, never by our description of it.
  const articleOf = (quoteId: string) => {
    const quote = dataset.quotes.find((q) => q.id === quoteId);
    return quote ? articleLabel(dataset.articles.get(quote.article)) : quoteId;
  };
  return (
    <div className="variants">
      <p className="variants__intro">
        Two articles report this remark by {speakerName(dataset, remark.speaker)} in different words. Words found in only one
        wording are underlined.
      </p>
      <div className="variants__pair">
        {[
          { variant: first, parts: diff.a },
          { variant: second, parts: diff.b },
        ].map(({ variant, parts }) => (
          <figure key={variant.quote} className="variant">
            <blockquote>
              <p>
                {parts.map((part, i) => (part.shared ? <span key={i}>{part.text}</span> : <ins key={i}>{part.text}</ins>))}
              </p>
            </blockquote>
            <figcaption>
              {articleOf(variant.quote)}
            </figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}
