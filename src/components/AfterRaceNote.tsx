import type { AfterRace } from '../data/schema';
import { formatIsoDate } from '../lib/dates';
import { SourceList } from './SourceList';

const KIND_TEXT: Record<AfterRace['kind'], string> = {
  penalty: 'Penalty',
  disqualification: 'Disqualification',
  'amended-result': 'Amended result',
  appeal: 'Appeal',
};

/** One ruling made after the flag, dated and sourced, shown where a reader meets what it concerns. */
export function AfterRaceNote({ item }: { item: AfterRace }) {
  return (
    <div className="after-race" role="note" aria-label={`After the race: ${item.title}`}>
      <h4>
        <span className="badge badge--after">
          {KIND_TEXT[item.kind]}, <time dateTime={item.date}>{formatIsoDate(item.date)}</time>
        </span>{' '}
        {item.title}
      </h4>
      <p>{item.description}</p>
      <SourceList sources={item.sources} />
    </div>
  );
}
