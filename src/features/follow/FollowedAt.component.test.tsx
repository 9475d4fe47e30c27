/**
 * Where the followed driver stands at a lap ("Following", the at-this-lap panel's row), rendered on
 * its own over the shipped races: each line (incidents so far, out of the race, leading or not, the
 * title fight, the finish and the championship), with its certainty, and nothing for an unknown driver.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataset } from '../../data/load/bundledDataset';
import type { Race } from '../../data/schema';
import { createAppStore } from '../../state/store';
import { StoreProvider } from '../../state/StoreContext';
import { FollowedAt } from './FollowedAt';

const phoenix = dataset.races.get('phoenix-2023')!;
const roval = dataset.races.get('roval-2025')!;

function renderAt(race: Race, driverId: string, lap: number) {
  const store = createAppStore(dataset, { race: race.id, lap, event: null, quote: null, hideAhead: false });
  const { container } = render(
    <StoreProvider store={store} dataset={dataset}>
      <FollowedAt race={race} driverId={driverId} lap={lap} />
    </StoreProvider>,
  );
  return { store, container };
}

/** The row as a reader reads it: the term, the driver's name, then each line's text. */
function row(container: HTMLElement): { term: string; name: string; lines: string[] } {
  const dl = container.querySelector('dl')!;
  return {
    term: within(dl).getByRole('term').textContent ?? '',
    name: dl.querySelector('dd > strong')?.textContent ?? '',
    lines: within(dl)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? ''),
  };
}

/** The line that starts with `start`. */
function line(start: string): HTMLElement {
  const found = screen.getAllByRole('listitem').find((li) => li.textContent?.startsWith(start));
  if (!found) throw new Error(`no line starting “${start}”`);
  return found;
}

describe('FollowedAt: incidents so far', () => {
  it('one incident: the singular, and a link to it; not leading (exact: no mark); ahead in the title fight, marked approximate', () => {
    const { container } = renderAt(phoenix, 'corey-heim', 1);
    expect(row(container)).toEqual({
      term: 'Following',
      name: 'Corey Heim',
      lines: ['In 1 incident so far · last: Lap 1: Heim starts from pole', 'Not leading: Ty Majeski leads', 'Ahead in the title fight (approximate)'],
    });
    expect(within(line('In 1 incident')).getByRole('link', { name: 'Lap 1: Heim starts from pole' })).toBeInTheDocument();
    expect(line('Not leading').querySelector('span')).toBeNull();
    expect(within(line('Ahead in the title fight')).getByText('(approximate)')).toHaveClass('muted');
  });

  it('several incidents: the plural, and the last one’s link, which selects it', async () => {
    const user = userEvent.setup();
    const { container, store } = renderAt(phoenix, 'corey-heim', 60);
    expect(row(container).lines[0]).toBe('In 2 incidents so far · last: Lap 45: Majeski sweeps stage 1');
    await user.click(within(line('In 2 incidents')).getByRole('link', { name: 'Lap 45: Majeski sweeps stage 1' }));
    expect(store.getState().event).toBe('majeski-wins-stage-1');
  });

  it('no incident yet, in a race with no title fight and nobody on record as leading: one line', () => {
    const { container } = renderAt(roval, 'connor-zilisch', 30);
    expect(row(container)).toEqual({ term: 'Following', name: 'Connor Zilisch', lines: ['In no incident so far'] });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('FollowedAt: leading', () => {
  it.each<[string, number, string]>([
    ['corey-heim', 60, 'Leading (since lap 49, approximate)'],
    ['corey-heim', 94, 'Leading (since lap 49, approximate)'],
    // On the lead's last lap, its whole span.
    ['corey-heim', 95, 'Leading (laps 49–95, approximate)'],
    // An exact lead has no certainty word.
    ['ty-majeski', 47, 'Leading (since lap 1)'],
    ['ty-majeski', 48, 'Leading (laps 1–48)'],
    ['christian-eckes', 178, 'Leading (since lap 178, inferred)'],
  ])('%s at lap %i: “%s”', (driver, lap, expected) => {
    const { container } = renderAt(phoenix, driver, lap);
    const lines = row(container).lines.filter((l) => l.startsWith('Leading') || l.startsWith('Not leading'));
    expect(lines).toEqual([expected]);
  });

  it('a lead of one lap is told as that lap', () => {
    const oneLap = { ...phoenix, leaderSpans: [{ ...phoenix.leaderSpans![0]!, startLap: 10, endLap: 10 }] };
    const { container } = renderAt(oneLap, 'ty-majeski', 10);
    expect(row(container).lines).toContain('Leading (lap 10)');
  });

  it('not leading: who leads, with the lead’s certainty muted', () => {
    const { container } = renderAt(phoenix, 'corey-heim', 120);
    expect(row(container).lines).toEqual([
      'In 7 incidents so far · last: Lap 120: Hocevar spins Heim',
      'Not leading: Christian Eckes leads (approximate)',
      'Behind in the title fight: Carson Hocevar ahead (approximate)',
    ]);
    const mark = line('Not leading').querySelector('span');
    expect(mark).toHaveTextContent(/^\(approximate\)$/);
    expect(mark).toHaveClass('muted');
  });

  it('no lead line where the record has nobody leading', () => {
    const { container } = renderAt(phoenix, 'corey-heim', 170);
    expect(row(container).lines).toEqual(['In 9 incidents so far · last: Lap 147: Heim turns into Hocevar', 'Behind in the title fight: Ben Rhodes ahead (approximate)']);
  });
});

describe('FollowedAt: the title fight', () => {
  it('behind, in a disputed stretch: the leader named and the mark “disputed”', () => {
    const { container } = renderAt(phoenix, 'corey-heim', 140);
    expect(row(container).lines).toEqual([
      'In 8 incidents so far · last: Lap 121: Heim pits for repairs',
      'Not leading: Zane Smith leads (inferred)',
      'Behind in the title fight: Grant Enfinger ahead (disputed)',
    ]);
  });

  it('ahead in a disputed stretch', () => {
    const { container } = renderAt(phoenix, 'grant-enfinger', 140);
    expect(row(container).lines).toContain('Ahead in the title fight (disputed)');
  });

  const exact = { ...phoenix, titleFight: phoenix.titleFight!.map((s) => ({ ...s, certainty: 'exact' as const, disagreements: undefined })) };
  it.each([
    ['corey-heim', 'Ahead in the title fight'],
    ['ben-rhodes', 'Behind in the title fight: Corey Heim ahead'],
  ])('an exact span has no mark (%s)', (driver, expected) => {
    const { container } = renderAt(exact, driver, 60);
    expect(row(container).lines.at(-1)).toBe(expected);
    expect(line(expected).querySelector('span')).toBeNull();
  });

  it('no title-fight line for a driver who is not a contender', () => {
    const { container } = renderAt(phoenix, 'ty-majeski', 47);
    expect(row(container).lines).toEqual(['In 2 incidents so far · last: Lap 45: Majeski sweeps stage 1', 'Leading (since lap 1)']);
  });
});

describe('FollowedAt: out of the race', () => {
  it('not before the incident that ended the race', () => {
    const { container } = renderAt(phoenix, 'carson-hocevar', 146);
    expect(row(container).lines).toEqual([
      'In 4 incidents so far · last: Lap 124: Rhodes moves ahead in the title fight',
      'Not leading: Zane Smith leads (inferred)',
      'Behind in the title fight: Grant Enfinger ahead (disputed)',
    ]);
  });

  it('from its lap, with a link to it', () => {
    const { container } = renderAt(phoenix, 'carson-hocevar', 147);
    expect(row(container).lines).toEqual([
      'In 5 incidents so far · last: Lap 147: Heim turns into Hocevar',
      'Out of the race: Lap 147: Heim turns into Hocevar',
      'Not leading: Zane Smith leads (inferred)',
      'Behind in the title fight: Grant Enfinger ahead (disputed)',
    ]);
    expect(within(line('Out of the race')).getByRole('link', { name: 'Lap 147: Heim turns into Hocevar' })).toBeInTheDocument();
  });
});

describe('FollowedAt: at the finish', () => {
  it('finished 18th, and the championship places in lower case, joined by commas', () => {
    const { container } = renderAt(phoenix, 'corey-heim', 179);
    expect(row(container).lines).toEqual([
      'In 10 incidents so far · last: Lap 179: Rhodes takes the title by one point',
      'Not leading: Christian Eckes leads (inferred)',
      'Behind in the title fight: Ben Rhodes ahead (approximate)',
      'Finished 18th',
      'Championship: 3rd (race night), 4th (final, after the penalty)',
    ]);
  });

  it('a lap before the finish: no result, no championship', () => {
    const { container } = renderAt(phoenix, 'corey-heim', 178);
    expect(row(container).lines.filter((l) => /Finished|Won|Championship/.test(l))).toEqual([]);
  });

  it('the winner: won the race; no championship line for a driver in no table', () => {
    const { container } = renderAt(phoenix, 'christian-eckes', 179);
    expect(row(container).lines).toEqual(['In 2 incidents so far · last: Lap 179: Eckes wins after four overtimes', 'Leading (laps 178–179, inferred)', 'Won the race']);
  });

  it('Finished 2nd, in a race with no championship table (Roval 2025)', () => {
    const { container } = renderAt(roval, 'brent-crews', 70);
    const lines = row(container).lines;
    expect(lines).toContain('Finished 2nd');
    expect(lines.filter((l) => l.startsWith('Championship'))).toEqual([]);
    expect(lines).toContain('Not leading: Corey Heim leads (inferred)');
  });

  it('the winner of a race with no championship table', () => {
    const { container } = renderAt(roval, 'corey-heim', 70);
    expect(row(container).lines).toEqual(['In 9 incidents so far · last: Lap 70: Heim locks into the Championship 4', 'Leading (laps 67–70, inferred)', 'Won the race']);
  });
});

describe('FollowedAt: an unknown driver', () => {
  it('renders nothing', () => {
    const { container } = renderAt(phoenix, 'connor-zilisch', 100);
    expect(container).toBeEmptyDOMElement();
  });
});
