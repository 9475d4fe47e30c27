import { useState } from 'react';
import { Announcer } from './shell/Announcer';
import { LazyPart, loadedPart, PrerenderedPart } from '../ui/LazyPart';
import { ThemeToggle } from './shell/ThemeToggle';

/** The races' links: plain links on the page as drawn (they work before the app), in place once their chunk is in. */
export const loadRaceNav = () => import('./shell/RaceNav').then((m) => m.RaceNav);
/** A race's error card: only a race that failed shows one, so it loads when one does (the first-load budget). */
const loadRaceErrorCard = () => import('./shell/RaceErrorCard').then((m) => m.RaceErrorCard);
import type { Race } from '../data/schema';
import { Notices } from './shell/Notices';
import { RaceView } from './pages/RaceView';
import { ReaderLoading } from '../features/reader/ReaderLoading';
import { useApp, useAppStore, useDataset } from '../state/StoreContext';
import { ErrorBoundary } from './ErrorBoundary';
import { useClientValue } from '../ui/useClientValue';

// The embed's link out to the full page: code for embeds only (state/embed.ts).
const loadOpenInLapline = () => import('../features/share/OpenInLapline').then((m) => m.OpenInLapline);
const isEmbedPage = () => document.documentElement.classList.contains('embedded');

// Two races side by side: code for comparisons only (app/pages/CompareView.tsx).
export const loadCompareView = () => import('./pages/CompareView').then((m) => m.CompareView);

// The article reader opens only from a quote; its code is not needed for the first paint.
const loadArticleReader = () => import('../features/reader/ArticleReader').then((m) => m.ArticleReader);

/** The page: the masthead (races and the reader's theme), notices, the current race (isolated by its own error boundary). */
export function App() {
  const raceId = useApp((s) => s.race);
  const embedded = useClientValue(isEmbedPage, false);
  const readerOpen = useApp((s) => s.quote !== null);
  // Once loaded, the reader stays mounted so that closing it is a real dialog close, which
  // returns focus to the button that opened it.
  const [readerMounted, setReaderMounted] = useState(readerOpen);
  if (readerOpen && !readerMounted) setReaderMounted(true);
  const dataset = useDataset();
  const store = useAppStore();
  const closeReader = () => store.getState().openQuote(null);
  const entry = dataset.entries.find((e) => e.id === raceId);
  const compared = useApp((s) => s.compare?.races.join(',') ?? null);
  const comparedRaces = compared?.split(',').map((id) => dataset.races.get(id));
  return (
    <div className="app">
      <header className="masthead">
        <div className="masthead__brand">
          <h1>Lapline</h1>
          <p className="masthead__tagline">Relive a race lap by lap, and read what the drivers said.</p>
        </div>
        <PrerenderedPart loader={loadRaceNav} label="The races" props={{}} />
        <ThemeToggle />
      </header>
      <Notices />
      <Announcer />
      <main className="main">
        {/* In the main landmark, as everything an embed shows. */}
        {embedded && <LazyPart loader={loadOpenInLapline} label="The link to the full page" props={{}} />}
        {comparedRaces ? (
          comparedRaces.every((race) => race !== undefined) ? (
            <ErrorBoundary key={compared} fallback={(error) => <p className="panel">The comparison could not be displayed: {error.message}</p>}>
              <Comparison races={comparedRaces as [Race, Race]} />
            </ErrorBoundary>
          ) : (
            <ComparedRacesMissing ids={compared!.split(',')} />
          )
        ) : !entry ? (
          <p className="panel">No race data is available.</p>
        ) : entry.race ? (
          <ErrorBoundary
            key={entry.id}
            fallback={(error) => (
              <LazyPart loader={loadRaceErrorCard} label="Why the race is not shown" props={{ raceId: entry.id, errors: [{ file: entry.file, path: '', message: `could not be displayed: ${error.message}` }] }} />
            )}
          >
            <RaceView race={entry.race} />
          </ErrorBoundary>
        ) : entry.pending ? (
          <p className="panel" role="status">
            Loading this race…
          </p>
        ) : (
          <LazyPart loader={loadRaceErrorCard} label="Why the race is not shown" props={{ raceId: entry.id, errors: entry.errors, retryable: entry.retryable }} />
        )}
      </main>
      {readerMounted && (
        <LazyPart
          loader={loadArticleReader}
          label="The article reader"
          props={{}}
          floating
          loading={readerOpen && <ReaderLoading />}
          onDismiss={closeReader}
        />
      )}
      <footer className="footer">
        <p>
          Quotes are verbatim from the news articles each one cites; race facts come from the public record, each with its source. Lap numbers marked
          approximate or inferred are not stated by any one source.
        </p>
      </footer>
    </div>
  );
}

/** A comparison whose races are not all here yet: each one still loading says so; one that failed shows its error card (with Retry). */
function ComparedRacesMissing({ ids }: { ids: string[] }) {
  const dataset = useDataset();
  const entries = ids.map((id) => dataset.entries.find((e) => e.id === id));
  return (
    <>
      {entries.map((entry, i) =>
        !entry || entry.race ? null : entry.pending ? (
          <p key={ids[i]} className="panel" role="status">
            Loading {entry.id} to compare…
          </p>
        ) : (
          <LazyPart key={entry.id} loader={loadRaceErrorCard} label="Why the race is not shown" props={{ raceId: entry.id, errors: entry.errors, retryable: entry.retryable }} />
        ),
      )}
    </>
  );
}

/**
 * The comparison, code-split. Where its code is in already (a comparison's prerendered page loads it
 * before hydrating, as the server did before drawing it) it is rendered bare, with no Suspense
 * boundary: React hydrates a boundary's content after the rest, by which time the address may have
 * moved the store (a lap, a driver in the query), and the markup would not match.
 */
function Comparison({ races }: { races: [Race, Race] }) {
  const [Loaded] = useState(() => loadedPart(loadCompareView));
  if (Loaded) return <Loaded races={races} />;
  return <LazyPart loader={loadCompareView} label="The comparison" props={{ races }} loading={<p className="panel" role="status">Loading the comparison…</p>} />;
}
