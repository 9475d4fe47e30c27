/**
 * The dataset of a prerendered page (scripts/build/prerender.mjs). The build makes and checks the dataset
 * from the data files (bundledDataset.ts, the same checks as the app's loader) and the page carries
 * the result as JSON, so the browser rebuilds it without parsing or validating the files again: no
 * fetch, no validation and none of their code before the page is interactive. (A page whose block
 * cannot be read falls back to the loader, which fetches and checks every file: main.tsx.)
 *
 * A page carries its own race only (pageDataset): every other race is a summary, enough to list it,
 * link it and read an address into it, and its file (raceFile, written by the build beside the pages)
 * is fetched when the reader opens it (fetchRace.ts). Nor does it carry the article texts: the
 * article reader fetches the one it opens (articleText.ts).
 */
import type { Article } from '../articles';
import type { Dataset, RaceEntry, RaceSummary } from '../dataset';
import { racesOf } from '../entries';
import type { DataError } from '../validate/errors';
import type { ArticleMeta, Quote, Race, Remark } from '../schema';

/** A dataset as JSON: its maps as lists of entries (the races are in `entries`), the articles without their texts. */
export type EmbeddedData = { entries: RaceEntry[]; articles: [string, ArticleMeta][]; quotes: Quote[]; remarks: Remark[]; errors: DataError[]; frontPage?: string };

/** An article's metadata: what a page shows of it until the reader opens it. */
function metaOf({ text: _text, textError: _textError, textOnDemand: _textOnDemand, ...meta }: Article): ArticleMeta {
  return meta;
}

/** The dataset as a prerendered page carries it: the article texts are left to fetch when the reader opens one. */
export function embedDataset(dataset: Dataset): EmbeddedData {
  const { entries, articles, quotes, remarks, errors, frontPage } = dataset;
  return { entries, articles: [...articles].map(([id, article]) => [id, metaOf(article)]), quotes, remarks, errors, ...(frontPage !== undefined && { frontPage }) };
}

/** The dataset again, from what a prerendered page carries; each article's text is to be fetched (articleText.ts). */
export function datasetFromEmbedded(data: EmbeddedData): Dataset {
  const articles = new Map(data.articles.map(([id, meta]): [string, Article] => [id, { ...meta, text: '', textOnDemand: true }]));
  return { entries: data.entries, races: racesOf(data.entries), articles, quotes: data.quotes, remarks: data.remarks, errors: data.errors, ...(data.frontPage !== undefined && { frontPage: data.frontPage }) };
}

/** What a page needs of a race it does not carry: see RaceSummary. */
export function summarizeRace(race: Race): RaceSummary {
  return { name: race.name, ...(race.shortName !== undefined && { shortName: race.shortName }), track: race.track.name, date: race.date, lapsRun: race.lapsRun, scheduledLaps: race.scheduledLaps, eventLaps: race.events.map((e) => [e.id, e.lap]), drivers: race.drivers.map((d) => [d.id, d.name]) };
}

/**
 * The dataset a page of races `raceIds` carries (one race, or the two a comparison shows): those
 * races in full, every other loaded race as its summary (pending, fetched when opened). The quotes stay whole (a quote may speak of incidents in
 * several races, and a link may name any quote); races that failed their checks stay as they are.
 */
export function pageDataset(dataset: Dataset, raceIds: readonly string[]): Dataset {
  const entries = dataset.entries.map((e): RaceEntry => (raceIds.includes(e.id) || !e.race ? e : { id: e.id, file: e.file, pending: true, summary: summarizeRace(e.race) }));
  return { ...dataset, entries, races: racesOf(entries) };
}

/** A race's file as the build writes it for pages that do not carry it: its entry, checked. */
export type RaceFile = { id: string; file: string; race: Race };

/** The file of a loaded race (see RaceFile). */
export function raceFile(entry: RaceEntry): RaceFile {
  if (!entry.race) throw new Error(`${entry.id} is not loaded: only a race that passed its checks has a file for pages`);
  return { id: entry.id, file: entry.file, race: entry.race };
}
