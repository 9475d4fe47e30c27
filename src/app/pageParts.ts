/**
 * The code-split parts a page draws in full. The prerender loads them before it renders a page (a
 * loaded part renders at once, so the page's markup holds it, ui/LazyPart.tsx); the tests that
 * render the whole app load them first too, as a reader's browser has them by the time they click
 * (preloaded when idle), so a part's code arriving between two steps of a test is not a render
 * outside React's act() on a busy machine. Loading itself (the wait, a failure, Retry) has tests
 * of its own (ui/LazyPart.test.tsx, tests/e2e/faults.e2e.ts).
 */
import { loadFollowControl, loadFollowedAt } from '../features/follow/followLoaders';
import { loadAfterRaceNote, loadDisagreementNote, loadRemarkVariants } from '../features/incident/IncidentDetails';
import { preloadPart, type PartLoader } from '../ui/LazyPart';
import { loadCompareView, loadRaceNav } from './App';
import { loadCompareLinks, loadIncidentDetails, loadIncidentList, loadLegend, loadRaceSummary, loadShareBar, loadTimelineControls } from './pages/RaceView';

const PAGE_PARTS: PartLoader<never>[] = [
  loadRemarkVariants,
  loadDisagreementNote,
  loadAfterRaceNote,
  loadFollowControl,
  loadFollowedAt,
  loadRaceSummary,
  loadLegend,
  loadTimelineControls,
  loadCompareLinks,
  loadIncidentList,
  loadIncidentDetails,
  loadShareBar,
  loadRaceNav,
] as PartLoader<never>[];

/** Loads the parts of a race's page, and the comparison's own code for a comparison's page. */
export async function preloadPageParts({ compare }: { compare: boolean }): Promise<void> {
  for (const loader of PAGE_PARTS) await preloadPart(loader);
  if (compare) await preloadPart(loadCompareView);
}
