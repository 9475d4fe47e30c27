import { useMemo } from 'react';
import type { Remark } from '../data/schema';
import { wordDiff } from '../lib/wordDiff';
import { speakerName } from '../data/race';
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
  const titleOf = (quoteId: string) => {
    const quote = dataset.quotes.find((q) => q.id === quoteId);
    return quote ? (dataset.articles.get(quote.article)?.title ?? quote.article) : quoteId;
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
              <cite>{titleOf(variant.quote)}</cite>
            </figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}

/** Every remark of an incident that two articles worded differently: one code-split part, so a failed load is one card, not one per remark. */
export function RemarkVariantsList({ remarks }: { remarks: readonly Remark[] }) {
  return (
    <>
      {remarks.map((remark) => (
        <RemarkVariants key={remark.id} remark={remark} />
      ))}
    </>
  );
}
