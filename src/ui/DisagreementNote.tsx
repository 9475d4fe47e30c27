import type { Disagreement } from '../data/schema';
import { SourceItem } from './SourceList';

/** Where sources disagree: every claim with the sources that make it. We never pick one silently. */
export function DisagreementNote({ disagreement }: { disagreement: Disagreement }) {
  return (
    <div className="disagreement" role="note" aria-label={`Sources disagree: ${disagreement.topic}`}>
      <h4>
        <span className="badge badge--disagree">Sources disagree</span> {disagreement.topic}
      </h4>
      <ul>
        {disagreement.claims.map((claim, i) => (
          <li key={i}>
            <strong>{claim.says}</strong>
            {' — '}
            {claim.sources.map((source, j) => (
              <span key={j}>
                {j > 0 && '; '}
                <SourceItem source={source} />
              </span>
            ))}
          </li>
        ))}
      </ul>
      {disagreement.resolution && <p className="muted">Our reading: {disagreement.resolution}</p>}
    </div>
  );
}
