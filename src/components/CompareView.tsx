import { QuotesUnavailable } from './QuotesUnavailable';
import { Fragment, startTransition, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { axisExtent, axisSteps, lapScaleAt, type Alignment } from '../data/align';
import { saidText } from '../data/quoteTiming';
import { phaseAt, phaseLabel, raceShortName, speakerName } from '../data/race';
import type { Race } from '../data/schema';
import { lapsKnown } from '../data/spoilers';
import type { LapWindow } from '../data/laps';
import { addressOf } from '../state/address';
import { aligned, formatAt, lapInCompare, type CompareView as Comparison } from '../state/compare';
import { catalogOf, type AppState } from '../state/store';
import { StoreProvider, useApp, useAppStore, useDataset, useSiteRoot } from '../state/StoreContext';
import { Legend } from '../timeline/Legend';
import { TimelineDrawings } from '../timeline/TimelineDrawings';
import { useMeasuredWidth } from '../timeline/useMeasure';
import { nearestStep } from '../data/align';
import { useStoreOncePerFrame } from '../state/useStoreOncePerFrame';
import { IncidentDetails } from './IncidentDetails';
import { ShareBar } from './ShareBar';
import { isPlainClick } from './useIncidentHref';
import { sliderKeyTarget } from './sliderKeys';
import { useLinkedRaceStore } from './useLinkedRaceStore';
import './compare.css';

/** Steps moved by PageUp/PageDown on the shared slider: about ten laps of the longer race. */
const PAGE_STEPS = 10;

const ALIGN_LABELS: Record<Alignment, string> = { distance: 'Share of the scheduled distance', togo: 'Laps to go' };

/**
 * A value derived from the page's store, followed at most once a frame, after the change, and
 * rendered in a transition (as the at-this-lap panel follows the lap): for the parts that may trail
 * a step of the shared cursor by a frame, so a step renders nothing in React (DESIGN.md: a lap step
 * at most 2× a native slider's). Renders again only when the value changes (Object.is).
 */
function useTrailing<T>(derive: (state: AppState) => T): T {
  const store = useAppStore();
  const [value, setValue] = useState(() => derive(store.getState()));
  useStoreOncePerFrame(store, (state) => {
    const next = derive(state);
    startTransition(() => setValue(() => next));
  });
  return value;
}

/**
 * The two races as far as a no-spoilers reader may know them (data/spoilers.ts lapsKnown: the
 * scheduled distance, then a lap past the cursor), or as they ran. The shared axis, each race's window
 * and the slider's steps are built on them, so neither the axis nor the thumb tells how long a race ran.
 * The key is two numbers, which change only past a race's scheduled distance.
 */
function useKnownRaces(races: [Race, Race]): [Race, Race] {
  const dataset = useDataset();
  const catalog = useMemo(() => catalogOf(dataset), [dataset]);
  const known = useApp((s) => (s.hideAhead && s.compare ? races.map((r) => lapsKnown(r, { hideAhead: true, lap: lapInCompare(catalog, s.compare!, r.id) })).join(',') : ''));
  return useMemo(() => {
    if (known === '') return races;
    const laps = known.split(',').map(Number);
    return races.map((race, i) => (laps[i] === race.lapsRun ? race : { ...race, lapsRun: laps[i]! })) as [Race, Race];
  }, [known, races]);
}

/** The page's comparison, trailing the shared cursor by up to a frame (useTrailing). */
const useTrailingCompare = (): Comparison => useTrailing((s) => s.compare!);

/**
 * Two races on one axis (issue 12): both timelines stacked, each race drawn to scale on the shared
 * axis (data/align.ts), one slider driving both cursors, the selected incident of either race with
 * its quotes, and the quotes in which one race speaks of the other.
 */
export function CompareView({ races }: { races: [Race, Race] }) {
  const align = useApp((s) => s.compare?.align ?? 'distance');
  const focusedId = useApp((s) => s.race);
  const focused = races.find((r) => r.id === focusedId) ?? races[0];
  const [chartRef, width, measured] = useMeasuredWidth<HTMLDivElement>();
  const known = useKnownRaces(races);
  const extent = useMemo(() => axisExtent(known.map(aligned), align), [known, align]);
  // Each race's window on the shared axis, the same arrays from render to render (its layout is memoised on them).
  const windows = useMemo(() => known.map((race) => windowOf(race, extent, align)), [known, extent, align]);
  const [a, b] = races;
  // No spoilers: how long each race ran (an overtime finish) is not told until the reader gets there.
  const lengthsHidden = useApp((s) => s.hideAhead);
  return (
    <>
      <section className="panel compare-head" aria-labelledby="compare-heading">
        <h2 id="compare-heading">
          {raceShortName(a)} and {raceShortName(b)}, side by side
        </h2>
        <p className="muted">
          {lengthsHidden
            ? `${a.name} (${a.scheduledLaps} laps scheduled) above, ${b.name} (${b.scheduledLaps} scheduled) below, on one axis.`
            : `${a.name} (${a.lapsRun} laps of ${a.scheduledLaps} scheduled) above, ${b.name} (${b.lapsRun} of ${b.scheduledLaps}) below, on one axis.`}
        </p>
        <div className="compare-head__controls">
          <AlignChoice align={align} />
          <BackToOneRace races={races} />
        </div>
      </section>
      <section className="timeline-card" aria-labelledby="compare-timelines-heading">
        <div className="timeline-card__head">
          <h2 id="compare-timelines-heading">Timelines</h2>
          <Legend />
        </div>
        <div ref={chartRef} className="compare-timelines">
          {known.map((race, i) => (
            <CompareLane key={race.id} race={race} width={width} measured={measured} lapWindow={windows[i]!} />
          ))}
        </div>
        <CompareSlider races={races} />
      </section>
      <div className="columns">
        <div className="columns__main">
          <p className="compare-focus">
            Incident details from <strong>{focused.name}</strong>
          </p>
          <IncidentDetails race={focused} />
          <ShareBar />
        </div>
        <div className="columns__side">
          <AtThisPoint races={races} />
          <AcrossTheRaces races={races} />
        </div>
      </div>
    </>
  );
}

/** A race's lap window on the shared axis: where the axis's ends fall in its own laps. */
function windowOf(race: Race, extent: [number, number], align: Alignment): LapWindow {
  return [lapScaleAt(aligned(race), extent[0], align), lapScaleAt(aligned(race), extent[1], align)];
}

/** One race of the two: its name and its timeline, in a store of its own that follows the page's. */
function CompareLane({ race, width, measured, lapWindow }: { race: Race; width: number; measured: boolean; lapWindow: LapWindow }) {
  const root = useAppStore();
  const dataset = useDataset();
  const store = useLinkedRaceStore(root, dataset, race.id);
  // As in RaceView: before the chart is measured (a prerendered page), a drawing for each kind of screen.
  return (
    <div className="compare-lane">
      <h3 className="compare-lane__name">{race.name}</h3>
      <StoreProvider store={store} dataset={dataset} root={useSiteRoot()}>
        <div className="timeline-wrap">
          <TimelineDrawings race={race} width={width} measured={measured} lapWindow={lapWindow} />
        </div>
      </StoreProvider>
    </div>
  );
}

/** How the races are lined up: a choice of two, which the link keeps (align=). */
function AlignChoice({ align }: { align: Alignment }) {
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

/** Links back to each race on its own, at the lap it is on here. */
function BackToOneRace({ races }: { races: [Race, Race] }) {
  const store = useAppStore();
  const dataset = useDataset();
  const root = useSiteRoot();
  const catalog = useMemo(() => catalogOf(dataset), [dataset]);
  // The laps in the addresses trail the cursor by a frame; a plain click asks the store, not the address.
  const compare = useTrailingCompare();
  const focused = useApp((s) => s.race);
  const event = useApp((s) => s.event);
  const hideAhead = useApp((s) => s.hideAhead);
  const follow = useApp((s) => s.follow);
  const onClick = (e: MouseEvent<HTMLAnchorElement>, raceId: string) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    // Either race at the lap it is on here, as the link's address says.
    store.getState().closeCompare(raceId);
  };
  return (
    <p className="compare-back">
      Back to one race:{' '}
      {races.map((race, i) => {
        const lap = lapInCompare(catalog, compare, race.id);
        // The driver followed goes along to a race they raced in (as the click does: store.ts).
        const followThere = follow !== null && race.drivers.some((d) => d.id === follow) ? follow : null;
        const href = addressOf({ race: race.id, lap, event: race.id === focused ? event : null, quote: null, hideAhead, follow: followThere }, root, catalog);
        return (
          <span key={race.id}>
            {i > 0 && ' or '}
            <a href={href} onClick={(e) => onClick(e, race.id)}>
              {raceShortName(race)}
            </a>
          </span>
        );
      })}
    </p>
  );
}

/** What the shared slider says at one step: each race's lap, where the cursor is on the axis, and all of it in words. */
type StepText = { laps: [string, string]; where: string; spoken: string };

/** The slider's text at every step (index = step), worked out once per alignment so a step only looks its text up. */
function stepTexts(races: [Race, Race], steps: readonly number[], align: Alignment, catalog: ReturnType<typeof catalogOf>, withLengths: boolean): StepText[] {
  return steps.map((at) => {
    const compare: Comparison = { races: [races[0].id, races[1].id], align, at };
    const laps = races.map((race) => String(lapInCompare(catalog, compare, race.id))) as [string, string];
    // The cursor's place on the shared axis, said to be the cursor's: past one race's end it is not that race's share.
    const where = align === 'distance' ? `cursor at ${formatAt(at, 'distance')}% of the scheduled distance` : `${formatAt(at, 'togo')} laps to go`;
    const spoken = `${races.map((race, i) => `${raceShortName(race)} lap ${laps[i]}${withLengths ? ` of ${race.lapsRun}` : ''}`).join(', ')}; ${where}`;
    return { laps, where, spoken };
  });
}

/**
 * A lap number on the slider's line, which changes with every step, in a box of a fixed width (in
 * digits, `chars`) with strict containment, which Chromium takes as a relayout boundary: a step lays
 * out these boxes, not the page (as the one race's lap number, app.css). A class, not a style: the
 * CSP refuses style attributes in prerendered markup.
 */
function LapNumber({ chars, ref, children }: { chars: number; ref: Ref<HTMLSpanElement>; children: string }) {
  return (
    <span ref={ref} className={`compare-slider__number compare-slider__number--${Math.min(chars, 5)}ch`}>
      {children}
    </span>
  );
}

/**
 * One slider for both races: each step is the end of a lap of one race or the other (data/align.ts
 * axisSteps). Scrubbing is its busiest path, so, like the one race's slider (LapSlider), a step does
 * not re-render it: the input is uncontrolled and a store subscription writes each new step into the
 * input, its spoken value and the numbers beside it. React renders it again only for a new alignment.
 */
function CompareSlider({ races }: { races: [Race, Race] }) {
  const store = useAppStore();
  const dataset = useDataset();
  const catalog = useMemo(() => catalogOf(dataset), [dataset]);
  const align = useApp((s) => s.compare?.align ?? 'distance');
  // The steps of the races as far as the reader may know them (the whole race outside no-spoilers mode).
  const known = useKnownRaces(races);
  const steps = useMemo(() => axisSteps(known.map(aligned), align), [known, align]);
  const lengthsHidden = useApp((s) => s.hideAhead);
  const texts = useMemo(() => stepTexts(races, steps, align, catalog, !lengthsHidden), [races, steps, align, catalog, lengthsHidden]);
  const input = useRef<HTMLInputElement>(null);
  const shownLaps = [useRef<HTMLSpanElement>(null), useRef<HTMLSpanElement>(null)] as const;
  const shownWhere = useRef<HTMLSpanElement>(null);
  const indexOf = (compare: Comparison | null) => (compare ? nearestStep(steps, compare.at) : 0);
  const index = indexOf(store.getState().compare);
  useLayoutEffect(() => {
    // The text nodes React made, rewritten in place (replacing them would leave React holding stale ones).
    const write = (span: HTMLSpanElement | null, text: string) => {
      if (span?.firstChild) span.firstChild.nodeValue = text;
    };
    const show = (to: number) => {
      const text = texts[to];
      if (!text) return;
      if (input.current) {
        input.current.value = String(to);
        input.current.setAttribute('aria-valuetext', text.spoken);
      }
      write(shownLaps[0].current, text.laps[0]);
      write(shownLaps[1].current, text.laps[1]);
      write(shownWhere.current, text.where);
    };
    show(indexOf(store.getState().compare));
    return store.subscribe((state, previous) => state.compare !== previous.compare && show(indexOf(state.compare)));
  }, [store, steps, texts]); // eslint-disable-line react-hooks/exhaustive-deps
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Every key handled here the same way in every browser (the WAI-ARIA slider pattern), as LapSlider does.
    const target = sliderKeyTarget(e.key, indexOf(store.getState().compare), 0, steps.length - 1, PAGE_STEPS);
    if (target === null) return;
    e.preventDefault();
    store.getState().setCompareAt(steps[Math.max(0, Math.min(steps.length - 1, target))]!);
  };
  const text = texts[index]!;
  return (
    <div className="lap-slider compare-slider">
      {/* A name that stays put ("Both races"); where each race is, is the value (aria-valuetext),
          shown beside it for the eye. */}
      <div className="compare-slider__head">
        <label htmlFor="compare-slider" className="lap-slider__label">
          Both races
        </label>{' '}
        <span className="compare-slider__readout" aria-hidden="true">
          {races.map((race, i) => (
            <Fragment key={race.id}>
              {i > 0 && ', '}
              {raceShortName(race)} lap{' '}
              <LapNumber ref={shownLaps[i as 0 | 1]} chars={String(race.lapsRun).length}>
                {text.laps[i as 0 | 1]}
              </LapNumber>
              {!lengthsHidden && ` of ${race.lapsRun}`}
            </Fragment>
          ))}
          <span className="muted">
            {' · '}
            {/* Last on the line, so its box can be as wide as its longest text without a gap showing. */}
            <span ref={shownWhere} className={`compare-slider__number compare-slider__where--${align}`}>
              {text.where}
            </span>
          </span>
        </span>
      </div>
      <div className="lap-slider__track">
        <input
          ref={input}
          id="compare-slider"
          type="range"
          min={0}
          max={steps.length - 1}
          step={1}
          defaultValue={index}
          aria-valuetext={text.spoken}
          onChange={(e) => store.getState().setCompareAt(steps[Number(e.target.value)]!)}
          onKeyDown={onKeyDown}
        />
      </div>
    </div>
  );
}

/** Where each race stands at the shared cursor: its lap and the part of the race it is in. */
function AtThisPoint({ races }: { races: [Race, Race] }) {
  const dataset = useDataset();
  const catalog = useMemo(() => catalogOf(dataset), [dataset]);
  // Trails the cursor by a frame, as the one race's at-this-lap panel does.
  const compare = useTrailingCompare();
  const lengthsHidden = useApp((s) => s.hideAhead);
  return (
    <section className="panel" aria-labelledby="compare-at-heading">
      <h2 id="compare-at-heading">At this point</h2>
      <dl className="facts">
        {races.map((race) => {
          const lap = lapInCompare(catalog, compare, race.id);
          return (
            <div key={race.id}>
              <dt>{raceShortName(race)}</dt>
              <dd>
                Lap {lap}
                {!lengthsHidden && ` of ${race.lapsRun}`}, {phaseLabel(phaseAt(race, lap)).toLowerCase()}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

/**
 * Where the two races meet: quotes from one race's article about an incident of the other (the
 * 2025 crew chief on the 2023 spin), each with a link that selects that incident here.
 */
function AcrossTheRaces({ races }: { races: [Race, Race] }) {
  const dataset = useDataset();
  const store = useAppStore();
  const catalog = useMemo(() => catalogOf(dataset), [dataset]);
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
  const reached = (c: (typeof crossing)[number]) => (c.about.events.find((e) => e.id === c.eventId)?.lap ?? Infinity) <= laps[races.indexOf(c.about)]!;
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
