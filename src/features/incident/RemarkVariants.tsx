import { useMemo } from 'react';
import type { Remark } from '../../data/schema';
import { wordDiff } from '../../lib/wordDiff';
import { speakerName } from '../../data/race';
import { useDataset } from '../../state/StoreContext';

/**
 * One remark as two articles reported it, side by side, with the words only one of them has
 * marked (as <ins>, so the difference is not told by colour alone). `articleNames`: how each
 * variant's article is named (data/articleLabel.ts), in the variants' order.
 */
export function RemarkVariants({ remark, articleNames }: { remark: Remark; articleNames: readonly string[] }) {
  const dataset = useDataset();
  const [first, second] = remark.variants;
  const diff = useMemo(() => (first && second ? wordDiff(first.excerpt, second.excerpt) : null), [first, second]);
  if (!first || !second || !diff) return null;
  return (
    <div className="variants">
      <p className="variants__intro">
        Two articles report this remark by {speakerName(dataset, remark.speaker)} in different words. Words found in only one
        wording are underlined.
      </p>
      <div className="variants__pair">
        {[
          { variant: first, parts: diff.a, article: articleNames[0] },
          { variant: second, parts: diff.b, article: articleNames[1] },
        ].map(({ variant, parts, article }) => (
          <figure key={variant.quote} className="variant">
            <blockquote>
              <p>
                {parts.map((part, i) => (part.shared ? <span key={i}>{part.text}</span> : <ins key={i}>{part.text}</ins>))}
              </p>
            </blockquote>
            <figcaption>
              {/* The article by its outlet and date, never by our description of it. */}
              {article ?? variant.quote}
            </figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}

/** Every remark of an incident that two articles worded differently: one code-split part, so a failed load is one card, not one per remark. */
export function RemarkVariantsList({ remarks }: { remarks: readonly { remark: Remark; articleNames: readonly string[] }[] }) {
  return (
    <>
      {remarks.map(({ remark, articleNames }) => (
        <RemarkVariants key={remark.id} remark={remark} articleNames={articleNames} />
      ))}
    </>
  );
}
