import { AFTER_RACE_KIND } from '../data/afterRaceKinds';
import type { AfterRace } from '../data/schema';
import { formatIsoDate } from '../lib/dates';
import { SourceList } from './SourceList';

/**
 * One item of the record after the flag (a ruling, or what a record set in the race became), dated
 * and sourced, shown where a reader meets what it concerns; what held at the time comes first.
 */
export function AfterRaceNote({ item }: { item: AfterRace }) {
  return (
    <div className="after-race" role="note" aria-label={`After the race: ${item.title}`}>
      <h4>
        <span className="badge badge--after">
          {AFTER_RACE_KIND[item.kind]}, <time dateTime={item.date}>{formatIsoDate(item.date)}</time>
        </span>{' '}
        {item.title}
      </h4>
      {item.heldAtRace && <p>At the time: {item.heldAtRace}</p>}
      <p>{item.heldAtRace ? `Since then: ${item.description}` : item.description}</p>
      <SourceList sources={item.sources} />
    </div>
  );
}
