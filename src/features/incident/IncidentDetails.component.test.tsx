/**
 * The incident panel rendered alone: the empty state, the kicker and the certainty sentence, the
 * drivers, the quotes (with the no-spoilers note for remarks that speak of later laps), the lazy
 * parts (disagreements, what came after the flag, the two wordings of a remark, quotes unavailable)
 * and the sources, each shown exactly when its incident calls for it.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { preloadPageParts } from '../../app/pageParts';
import type { Dataset } from '../../data/dataset';
import { dataset } from '../../data/load/bundledDataset';
import type { Race, RaceEvent, Remark } from '../../data/schema';
import { createAppStore } from '../../state/store';
import { StoreProvider } from '../../state/StoreContext';
import type { View } from '../../state/view';
import { IncidentDetails } from './IncidentDetails';

const phoenix = dataset.races.get('phoenix-2023')!;
const roval = dataset.races.get('roval-2025')!;

type Options = { view?: Partial<View>; race?: Race; data?: Dataset; onCaughtError?: () => void };

function renderDetails(event: string | null, { view = {}, race = phoenix, data = dataset, onCaughtError }: Options = {}) {
  const store = createAppStore(data, { race: race.id, lap: race.lapsRun, event, quote: null, hideAhead: false, ...view });
  const ui = (
    <StoreProvider store={store} dataset={data}>
      <IncidentDetails race={race} />
    </StoreProvider>
  );
  const result = render(ui, onCaughtError ? { onCaughtError } : {});
  return { store, result, panel: within(result.container.querySelector('section')!) };
}

/** A copy of a race with one event changed (and the dataset that holds it). */
function withEvent(race: Race, id: string, change: Partial<RaceEvent>): { race: Race; data: Dataset } {
  const changed: Race = { ...race, events: race.events.map((e) => (e.id === id ? { ...e, ...change } : e)) };
  return { race: changed, data: { ...dataset, races: new Map([...dataset.races, [race.id, changed]]) } };
}

const heading4 = () => screen.getByRole('heading', { level: 4, name: /^What they said/ });
const quoteCards = () => screen.queryAllByRole('figure').filter((f) => f.classList.contains('quote'));
const notes = () => screen.queryAllByRole('note').map((n) => n.getAttribute('aria-label'));
const NONE_QUOTED = 'None of the articles quotes anyone on this.';
const WORDINGS_INTRO = /^Two articles report this remark by /;

/** The dataset with only the first of the remarks on the spin (one remark in two wordings). */
const oneRemark: Dataset = { ...dataset, remarks: dataset.remarks.slice(0, 1) };

// Before any test loads the remark variants' code: its loading line, for one remark and for several.
describe('Incident details, while the wordings of a remark load', () => {
  it('says it is loading the two wordings of a remark, or of the remarks, and nothing for an incident with none', async () => {
    renderDetails('hocevar-spins-heim', { data: oneRemark });
    expect(screen.getByText('Loading the two wordings of a remark…')).toBeInTheDocument();
    const { panel: several } = renderDetails('hocevar-spins-heim');
    expect(several.getByText('Loading the two wordings of the remarks…')).toBeInTheDocument();
    renderDetails('heim-wins-stage-2');
    expect(screen.getAllByText(/^Loading the two wordings/)).toHaveLength(2);
    await waitFor(() => expect(screen.getAllByText(WORDINGS_INTRO)).toHaveLength(1 + 3));
    expect(screen.queryByText(/^Loading the two wordings/)).not.toBeInTheDocument();
    // Let the prerendered parts (the disagreements) come in before the test ends.
    // (They arrive one part at a time: wait for all four, not for the first.)
    await waitFor(() => expect(screen.getAllByRole('note', { name: /^Sources disagree: / })).toHaveLength(4));
  });
});

describe('Incident details', () => {
  beforeAll(() => preloadPageParts({ compare: false }));

  it('with no incident selected, says so and shows nothing of one', () => {
    renderDetails(null);
    expect(screen.getByRole('region', { name: 'Incident details' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Incident details$/);
    expect(screen.getByText(/^No incident/).textContent).toBe('No incident selected. Choose one on the timeline or in the list to read what happened and what was said.');
    expect(screen.queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
    expect(screen.queryByText(/What they said/)).not.toBeInTheDocument();
    expect(screen.queryByText('Sources:')).not.toBeInTheDocument();
  });

  it('with an id the race does not have, shows the empty state', () => {
    renderDetails('no-such-incident');
    expect(screen.getByText(/^No incident selected\./)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
  });

  it('heads an exact incident with its kind, lap and certainty, and says only that a source states the lap', () => {
    renderDetails('heim-wins-stage-2');
    const region = screen.getByRole('region', { name: 'Incident details' });
    expect(screen.getByRole('heading', { level: 2, name: 'Incident details' })).toHaveClass('visually-hidden');
    const title = screen.getByRole('heading', { level: 3 });
    expect(title).toHaveTextContent(/^Heim wins stage 2$/);
    const kicker = title.previousElementSibling!;
    expect([...kicker.children].map((c) => c.textContent)).toEqual(['leader', 'Lap 90', 'exact']);
    expect(kicker.children[0]).toHaveAttribute('data-kind', 'leader');
    expect(kicker.children[2]).toHaveClass('badge', 'badge--exact');
    expect(title.nextElementSibling!.textContent).toBe('Exact lap: a source states it.');
    expect(region).not.toHaveTextContent(/Drawn on lap/);
    expect(screen.getByText(phoenix.events.find((e) => e.id === 'heim-wins-stage-2')!.description)).toBeInTheDocument();
  });

  it('gives an approximate incident\'s lap as drawn, the laps it may be and the note on the lap', () => {
    const event = phoenix.events.find((e) => e.id === 'hocevar-spins-heim')!;
    renderDetails(event.id);
    const title = screen.getByRole('heading', { level: 3 });
    expect([...title.previousElementSibling!.children].map((c) => c.textContent)).toEqual(['contact', 'Lap 120', 'approximate']);
    expect(title.previousElementSibling!.children[2]).toHaveClass('badge--approximate');
    expect(title.nextElementSibling!.textContent).toBe(
      `Approximate lap: sources give it roughly or disagree. Drawn on lap 120; it may be any of laps 119–121. ${event.lapNote}`,
    );
  });

  it('says an inferred lap was worked out from the record', () => {
    const event = phoenix.events.find((e) => e.id === 'late-stage-2-caution-strategy')!;
    renderDetails(event.id);
    const title = screen.getByRole('heading', { level: 3 });
    expect([...title.previousElementSibling!.children].map((c) => c.textContent)).toEqual(['pit', 'Lap 85', 'inferred']);
    expect(title.nextElementSibling!.textContent).toBe(
      `Inferred lap: no source states it; worked out from the record. Drawn on lap 85; it may be any of laps 80–88. ${event.lapNote}`,
    );
  });

  it('adds the note on the lap to an exact lap too, and nothing when there is none', () => {
    const { race, data } = withEvent(phoenix, 'heim-wins-stage-2', { lapNote: 'Lap 90 is the last of stage 2.' });
    renderDetails('heim-wins-stage-2', { race, data });
    expect(screen.getByRole('heading', { level: 3 }).nextElementSibling!.textContent).toBe('Exact lap: a source states it. Lap 90 is the last of stage 2.');
  });

  it('names the drivers with their car numbers, a driver with no number or not in the race by name alone', () => {
    const { unmount } = renderDetails('hocevar-spins-heim').result;
    expect(screen.getByText('Drivers:').parentElement!.textContent).toBe('Drivers: #42 Carson Hocevar#11 Corey Heim#52 Stewart Friesen');
    unmount();
    const { race, data } = withEvent(roval, 'breidinger-stall', { drivers: ['toni-breidinger', 'brent-crews', 'someone-else'] });
    renderDetails('breidinger-stall', { race, data });
    const chips = screen.getByText('Drivers:').parentElement!.querySelectorAll('.driver-chip');
    expect([...chips].map((c) => c.textContent)).toEqual([' Toni Breidinger', '#1 Brent Crews', ' someone-else']);
  });

  it('shows no drivers line for an incident with none', () => {
    renderDetails('red-flag-19-to-go');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Red flag for about 11 minutes');
    expect(screen.queryByText('Drivers:')).not.toBeInTheDocument();
  });

  it('counts the quotes in the heading and shows each, with no line saying nobody was quoted', () => {
    renderDetails('hocevar-spins-heim');
    expect(heading4().textContent).toBe('What they said (14)');
    expect(quoteCards()).toHaveLength(14);
    expect(screen.queryByText(NONE_QUOTED)).not.toBeInTheDocument();
    expect(screen.queryByText(/also speaks? of what happens later/)).not.toBeInTheDocument();
  });

  it('counts one quote as one', () => {
    renderDetails('heim-wins-stage-2');
    expect(heading4().textContent).toBe('What they said (1)');
    expect(quoteCards()).toHaveLength(1);
    expect(screen.queryByText(NONE_QUOTED)).not.toBeInTheDocument();
  });

  it('says no article quotes anyone on an incident nobody spoke of, under a heading with no count', () => {
    renderDetails('majeski-wins-stage-1');
    expect(heading4().textContent).toBe('What they said');
    expect(screen.getByText(NONE_QUOTED)).toBeInTheDocument();
    expect(quoteCards()).toHaveLength(0);
  });

  it('in no-spoilers mode, holds back the remarks that speak of later laps and says how many', () => {
    renderDetails('hocevar-spins-heim', { view: { hideAhead: true, lap: 120 } });
    expect(heading4().textContent).toBe('What they said (12)');
    expect(quoteCards()).toHaveLength(12);
    expect(screen.getByText(/also speak/).textContent).toBe(
      '2 remarks about this incident also speak of what happens later in the race; they are shown once the cursor gets there (no spoilers).',
    );
    expect(screen.queryByText(NONE_QUOTED)).not.toBeInTheDocument();
  });

  it('in no-spoilers mode, says one remark is held back, and not that nobody was quoted', () => {
    renderDetails('heim-on-pole', { view: { hideAhead: true, lap: 1 } });
    expect(heading4().textContent).toBe('What they said');
    expect(quoteCards()).toHaveLength(0);
    expect(screen.getByText(/also speak/).textContent).toBe(
      'One remark about this incident also speaks of what happens later in the race; it is shown once the cursor gets there (no spoilers).',
    );
    expect(screen.queryByText(NONE_QUOTED)).not.toBeInTheDocument();
  });

  it('in no-spoilers mode, shows the remark once the cursor reaches the later lap it speaks of', () => {
    const { store } = renderDetails('heim-on-pole', { view: { hideAhead: true, lap: 89 } });
    expect(screen.getByText(/also speak/)).toBeInTheDocument();
    act(() => store.getState().setLap(90));
    expect(heading4().textContent).toBe('What they said (1)');
    expect(quoteCards()).toHaveLength(1);
    expect(screen.queryByText(/also speak/)).not.toBeInTheDocument();
  });

  it('at the finish in no-spoilers mode, shows every quote', () => {
    renderDetails('hocevar-spins-heim', { view: { hideAhead: true, lap: phoenix.lapsRun } });
    expect(heading4().textContent).toBe('What they said (14)');
    expect(screen.queryByText(/also speak/)).not.toBeInTheDocument();
  });

  it('when the quotes could not be read, says so in place of saying nobody was quoted', async () => {
    const data: Dataset = { ...dataset, quotes: [], remarks: [], quotesUnavailable: { message: 'offline', retryable: true } };
    renderDetails('majeski-wins-stage-1', { data });
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent(/^The quotes could not be loaded, so what was said about this incident is not shown here\.Retry$/);
    expect(screen.queryByText(NONE_QUOTED)).not.toBeInTheDocument();
    expect(heading4().textContent).toBe('What they said');
  });

  it('names the quotes-unavailable part when it fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = {
      message: 'offline',
      get retryable(): boolean {
        throw new Error('broken');
      },
    };
    renderDetails('majeski-wins-stage-1', { data: { ...dataset, quotesUnavailable: broken }, onCaughtError: () => {} });
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Why the quotes are not shown could not be loaded\. broken/);
    expect(warn).toHaveBeenCalledWith('Why the quotes are not shown failed:', expect.any(Error), expect.anything());
  });

  it('sets each remark reported in two wordings side by side, captioned by the articles', () => {
    renderDetails('hocevar-spins-heim');
    const intros = screen.getAllByText(WORDINGS_INTRO);
    expect(intros).toHaveLength(3);
    const captions = intros.map((intro) => [...intro.nextElementSibling!.querySelectorAll('figcaption')].map((c) => c.textContent));
    expect(captions).toEqual(Array(3).fill(['Article (outlet not known)', 'Sportskeeda article, Nov 4, 2023']));
  });

  it('captions a wording whose quote is not in the quotes file as an article, unnamed', () => {
    const [remark] = dataset.remarks;
    const orphan: Remark = { ...remark!, variants: [remark!.variants[0]!, { ...remark!.variants[1]!, quote: 'not-in-the-file' }] };
    renderDetails('hocevar-spins-heim', { data: { ...dataset, remarks: [orphan] } });
    const intro = screen.getByText(WORDINGS_INTRO);
    expect([...intro.nextElementSibling!.querySelectorAll('figcaption')].map((c) => c.textContent)).toEqual(['Article (outlet not known)', 'Article']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows no wordings for an incident whose quotes are no remark\'s', () => {
    renderDetails('heim-wins-stage-2');
    expect(screen.queryByText(WORDINGS_INTRO)).not.toBeInTheDocument();
  });

  /** Remarks whose second wording cannot be read, so the part fails as it renders and says which part it is. */
  const unreadable = (remarks: Remark[]): Remark[] =>
    remarks.map((r) => ({
      ...r,
      variants: r.variants.map((v, i) =>
        i === 0
          ? v
          : {
              quote: v.quote,
              get excerpt(): string {
                throw new Error('unreadable');
              },
            },
      ),
    }));

  it.each([
    [1, 'The two wordings of this remark'],
    [3, 'The two wordings of these remarks'],
  ])('names the wordings part for %i remark(s) when it fails', (count, label) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderDetails('hocevar-spins-heim', { data: { ...dataset, remarks: unreadable(dataset.remarks.slice(0, count)) }, onCaughtError: () => {} });
    expect(screen.getByRole('alert')).toHaveTextContent(new RegExp(`^${label} could not be loaded\\. unreadable`));
  });

  it('lists every disagreement about the incident by its id, and no other', () => {
    renderDetails('hocevar-spins-heim');
    expect(notes()).toEqual(['Sources disagree: The lap on which Hocevar spun Heim', 'Sources disagree: Where on the track Hocevar spun Heim']);
  });

  it('lists a disagreement that names the incident, though the incident does not list it', () => {
    const { race, data } = withEvent(phoenix, 'hocevar-spins-heim', { disagreements: undefined });
    renderDetails('hocevar-spins-heim', { race, data });
    expect(notes()).toEqual(['Sources disagree: The lap on which Hocevar spun Heim', 'Sources disagree: Where on the track Hocevar spun Heim']);
  });

  it('lists a disagreement the incident lists, though it is about another incident', () => {
    renderDetails('rhodes-crash-lap-2', { race: roval });
    expect(notes()).toEqual([`Sources disagree: ${roval.disagreements!.find((d) => d.id === 'lap-1-caution')!.topic}`]);
  });

  it('lists no disagreement for an incident with none, nor in a race with none', () => {
    const { unmount } = renderDetails('heim-wins-stage-2').result;
    expect(notes()).toEqual([]);
    unmount();
    const race: Race = { ...phoenix, disagreements: undefined, afterRace: undefined };
    renderDetails('hocevar-spins-heim', { race, data: { ...dataset, races: new Map([...dataset.races, [race.id, race]]) } });
    expect(notes()).toEqual([]);
    expect(heading4().textContent).toBe('What they said (14)');
  });

  it('names the disagreement and after-the-race parts when they fail', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const race: Race = {
      ...phoenix,
      disagreements: phoenix.disagreements!.map((d) => (d.eventId === 'hocevar-spins-heim' ? { ...d, claims: undefined as never } : d)),
      afterRace: phoenix.afterRace!.map((a) => ({ ...a, sources: undefined as never })),
    };
    const data = { ...dataset, races: new Map([...dataset.races, [race.id, race]]) };
    const { unmount } = renderDetails('hocevar-spins-heim', { race, data, onCaughtError: () => {} }).result;
    expect(screen.getAllByRole('alert').map((a) => a.querySelector('strong')!.textContent)).toEqual([
      'Where the sources disagree could not be loaded.',
      'Where the sources disagree could not be loaded.',
    ]);
    unmount();
    renderDetails('heim-hocevar-second-contact', { race, data, onCaughtError: () => {} });
    expect(screen.getAllByRole('alert').map((a) => a.querySelector('strong')!.textContent)).toEqual(['What came after the flag could not be loaded.']);
  });

  it('shows what came after the flag beside the incident it concerns, and not beside another', () => {
    const { unmount } = renderDetails('heim-hocevar-second-contact').result;
    expect(notes()).toEqual(['After the race: NASCAR penalises Heim for wrecking Hocevar']);
    unmount();
    renderDetails('hocevar-spins-heim');
    expect(notes().filter((n) => n?.startsWith('After the race'))).toEqual([]);
  });

  it('in no-spoilers mode, keeps what came after the flag hidden until the cursor reaches the finish', () => {
    const { store } = renderDetails('heim-hocevar-second-contact', { view: { hideAhead: true, lap: phoenix.lapsRun - 1 } });
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Heim turns into Hocevar');
    expect(notes()).toEqual([]);
    act(() => store.getState().setLap(phoenix.lapsRun));
    expect(notes()).toEqual(['After the race: NASCAR penalises Heim for wrecking Hocevar']);
  });

  it('lists the incident\'s sources', () => {
    const event = phoenix.events.find((e) => e.id === 'heim-wins-stage-2')!;
    renderDetails(event.id);
    const sources = screen.getAllByText('Sources:').at(-1)!.parentElement!;
    expect(sources.parentElement).toBe(screen.getByRole('region', { name: 'Incident details' }));
    expect(within(sources).getAllByRole('listitem')).toHaveLength(event.sources.length);
  });
});
