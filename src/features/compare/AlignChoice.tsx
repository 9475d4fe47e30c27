import { type Alignment } from '../../data/align';
import { useApp, useAppStore } from '../../state/StoreContext';

const ALIGN_LABELS: Record<Alignment, string> = { distance: 'Share of the scheduled distance', togo: 'Laps to go' };

/** How the races are lined up: a choice of two, which the link keeps (align=). */
export function AlignChoice({ align }: { align: Alignment }) {
  const store = useAppStore();
  // Laps to go would tell how long each race ran: not offered without spoilers (the store refuses it too).
  const hideAhead = useApp((s) => s.hideAhead);
  return (
    <fieldset className="compare-align" aria-describedby={hideAhead ? 'compare-align-hidden' : undefined}>
      <legend>Line the races up by</legend>
      {(Object.keys(ALIGN_LABELS) as Alignment[]).map((option) => (
        <label key={option}>
          <input
            type="radio"
            name="compare-align"
            value={option}
            checked={align === option}
            disabled={hideAhead && option === 'togo'}
            onChange={() => store.getState().setAlign(option)}
          />{' '}
          {ALIGN_LABELS[option]}
        </label>
      ))}
      {hideAhead && (
        <span id="compare-align-hidden" className="muted">
          {' '}
          (laps to go once spoilers are shown: they tell how long each race ran)
        </span>
      )}
    </fieldset>
  );
}
