import { lapReached, outcomeHidden, quoteReached } from '../../data/spoilers';
import type { Race } from '../../data/schema';
import { driverById, driverName, eventById, lapText, quotesForEvent, remarksForQuotes } from '../../data/race';
import { useRef } from 'react';
import { useApp, useDataset } from '../../state/StoreContext';
import { useRevealOnSelect } from './useRevealOnSelect';
import { articleLabel } from '../../data/articleLabel';
import { orderQuotesBySaid } from '../../data/quoteTiming';
import { QuoteCard } from './QuoteCard';
import { LazyPart, PrerenderedPart } from '../../ui/LazyPart';
import { SourceList } from '../../ui/SourceList';

// The word-by-word comparison of a remark two articles worded differently: only some incidents have
// one, so its code (and the diff) loads with the first such incident, not with the page.
export const loadRemarkVariants = () => import('./RemarkVariants').then((m) => m.RemarkVariantsList);

const CERTAINTY_TEXT = {
  exact: 'Exact lap: a source states it.',
  approximate: 'Approximate lap: sources give it roughly or disagree.',
  inferred: 'Inferred lap: no source states it; worked out from the record.',
} as const;

/** Where sources disagree on the incident, and what came after the flag: prerendered, their code after the app's (the first-load budget). */
export const loadDisagreementNote = () => import('../../ui/DisagreementNote').then((m) => m.DisagreementNote);
export const loadAfterRaceNote = () => import('../../ui/AfterRaceNote').then((m) => m.AfterRaceNote);

/** Only a page whose quotes file could not be read shows this, so it loads when one does (the first-load budget). */
const loadQuotesUnavailable = () => import('../../ui/QuotesUnavailable').then((m) => m.QuotesUnavailable);

/** The selected incident: what happened, when and how sure, who, every quote about it, and the sources. */
export function IncidentDetails({ race }: { race: Race }) {
  const eventId = useApp((s) => s.event);
  // Rulings after the flag are the end of the story: hidden in no-spoilers mode until the finish.
  const afterFlagHidden = useApp((s) => outcomeHidden(s, race));
  // No spoilers: the cursor, only while it matters (a quote may speak of a later incident too).
  const reachedLap = useApp((s) => lapReached(s, race));
  const dataset = useDataset();
  const event = eventById(race, eventId);
  const sectionRef = useRef<HTMLElement>(null);
  // No spoilers: the store never keeps an incident ahead of the cursor selected (state/store.ts), so none is shown here.
  useRevealOnSelect(sectionRef, event ? event.id : null);
  if (!event) {
    return (
      <section className="panel details details--empty" aria-labelledby="details-heading">
        <h2 id="details-heading">Incident details</h2>
        <p className="muted">No incident selected. Choose one on the timeline or in the list to read what happened and what was said.</p>
      </section>
    );
  }
  const allQuotes = orderQuotesBySaid(quotesForEvent(dataset, race.id, event.id), dataset.articles, race);
  const quotes = allQuotes.filter((q) => quoteReached(q, race, { hideAhead: afterFlagHidden, lap: reachedLap }));
  const quotesAhead = allQuotes.length - quotes.length;
  const afterRace = afterFlagHidden ? [] : (race.afterRace ?? []).filter((item) => item.eventIds.includes(event.id));
  const remarks = remarksForQuotes(dataset, quotes);
  const disagreements = (race.disagreements ?? []).filter((d) => d.eventId === event.id || event.disagreements?.includes(d.id));
  return (
    <section ref={sectionRef} className="panel details" aria-labelledby="details-heading">
      <h2 id="details-heading" className="visually-hidden">
        Incident details
      </h2>
      <p className="details__kicker">
        <span className="kind-chip" data-kind={event.kind}>{event.kind}</span>
        <span className="details__lap">Lap {event.lap}</span>
        <span className={`badge badge--${event.certainty}`}>{event.certainty}</span>
      </p>
      <h3 className="details__title">{event.title}</h3>
      <p className="details__certainty">
        {CERTAINTY_TEXT[event.certainty]}
        {event.certainty !== 'exact' && <> Drawn on lap {event.lap}; it may be any of {lapText(event)}.</>}
        {event.lapNote && <> {event.lapNote}</>}
      </p>
      <p>{event.description}</p>
      {event.drivers.length > 0 && (
        <p className="details__drivers">
          <span className="sources__label">Drivers:</span>{' '}
          {event.drivers
            .map((id) => ({ id, d: driverById(race, id) }))
            .map(({ id, d }, i) => (
              <span key={i} className="driver-chip">
                {d?.car && <span className="driver-chip__car">#{d.car}</span>} {driverName(race, id)}
              </span>
            ))}
        </p>
      )}
      {disagreements.map((d) => (
        <PrerenderedPart key={d.id} loader={loadDisagreementNote} label="Where the sources disagree" props={{ disagreement: d }} />
      ))}
      {afterRace.map((item) => (
        <PrerenderedPart key={item.id} loader={loadAfterRaceNote} label="What came after the flag" props={{ item }} />
      ))}
      <h4 className="details__section">{quotes.length > 0 ? `What they said (${quotes.length})` : 'What they said'}</h4>
      {dataset.quotesUnavailable ? (
        <LazyPart loader={loadQuotesUnavailable} label="Why the quotes are not shown" props={{ what: 'what was said about this incident' }} />
      ) : (
        quotes.length === 0 && quotesAhead === 0 && <p className="muted">None of the articles quotes anyone on this.</p>
      )}
      {quotesAhead > 0 && (
        <p className="muted spoiler-note">
          {quotesAhead === 1 ? 'One remark about this incident also speaks' : `${quotesAhead} remarks about this incident also speak`} of what happens later in the
          race; {quotesAhead === 1 ? 'it is' : 'they are'} shown once the cursor gets there (no spoilers).
        </p>
      )}
      {quotes.map((q) => (
        <QuoteCard key={q.id} quote={q} race={race} />
      ))}
      {remarks.length > 0 && (
        <LazyPart
          loader={loadRemarkVariants}
          label={remarks.length === 1 ? 'The two wordings of this remark' : 'The two wordings of these remarks'}
          props={{
            remarks: remarks.map((r) => ({
              remark: r,
              articleNames: r.variants.map((v) => articleLabel(dataset.articles.get(dataset.quotes.find((q) => q.id === v.quote)?.article ?? ''))),
            })),
          }}
          loading={<p className="muted">Loading the two wordings of {remarks.length === 1 ? 'a remark' : 'the remarks'}…</p>}
        />
      )}
      <SourceList sources={event.sources} />
    </section>
  );
}
