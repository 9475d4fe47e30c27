import { isAhead } from '../../data/spoilers';
import { QuotesUnavailable } from '../../ui/QuotesUnavailable';
import { saidText } from '../../data/quoteTiming';
import { raceShortName, speakerName } from '../../data/race';
import type { Race } from '../../data/schema';
import { lapInCompare } from '../../state/compare';
import { useAppStore, useCatalog, useDataset } from '../../state/StoreContext';
import { useTrailing } from './useTrailing';

/**
 * Where the two races meet: quotes from one race's article about an incident of the other (the
 * 2025 crew chief on the 2023 spin), each with a link that selects that incident here.
 */
export function AcrossTheRaces({ races }: { races: [Race, Race] }) {
  const dataset = useDataset();
  const store = useAppStore();
  const catalog = useCatalog();
  // Only no-spoilers mode needs the laps (none: spoilers shown), trailing the cursor by a frame.
  const lapsNow = useTrailing((s) => (s.hideAhead && s.compare ? races.map((r) => lapInCompare(catalog, s.compare!, r.id)).join(',') : null));
  const hideAhead = lapsNow !== null;
  const ids = new Set(races.map((r) => r.id));
  const crossing = dataset.quotes.flatMap((quote) => {
    const from = dataset.articles.get(quote.article)?.race;
    return quote.events
      .filter((about) => from !== undefined && ids.has(from) && ids.has(about.race) && about.race !== from)
      .map((about) => ({ quote, from: races.find((r) => r.id === from)!, about: races.find((r) => r.id === about.race)!, eventId: about.event }));
  });
  const laps = (lapsNow ?? '').split(',').map(Number);
  // No spoilers: a quote about an incident is shown once its race has reached that incident.
  const reached = (c: (typeof crossing)[number]) => !isAhead({ hideAhead, lap: laps[races.indexOf(c.about)]! }, c.about.events.find((e) => e.id === c.eventId)?.lap ?? Infinity);
  const shown = hideAhead ? crossing.filter(reached) : crossing;
  return (
    <section className="panel" aria-labelledby="compare-across-heading">
      <h2 id="compare-across-heading">Where the races meet</h2>
      {dataset.quotesUnavailable ? (
        <QuotesUnavailable what="what one race’s articles say of the other" />
      ) : shown.length === 0 ? (
        <p className="muted">{crossing.length > 0 ? 'Shown once the cursor reaches the incident it speaks of, while spoilers are hidden.' : 'No quote from one race speaks of the other.'}</p>
      ) : (
        <ul className="compare-across">
          {shown.map(({ quote, from, about, eventId }) => {
            const event = about.events.find((e) => e.id === eventId);
            return (
              <li key={`${quote.id}-${eventId}`}>
                <figure>
                  <blockquote>{quote.text}</blockquote>
                  <figcaption>
                    {/* When it was said, relative to the race it is linked to; the link is our reading of the remark. */}
                    {speakerName(dataset, quote.speaker)}, in the {raceShortName(from)} article (
                    {saidText(quote, dataset.articles.get(quote.article), about, raceShortName(about)).replace(/^S/, 's')}), which we link to{' '}
                    {raceShortName(about)}:{' '}
                    {event && (
                      <button type="button" className="link-button" onClick={() => store.getState().selectCompareEvent(about.id, event.id)}>
                        {`Lap ${event.lap}: ${event.title}`}
                      </button>
                    )}
                  </figcaption>
                </figure>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
