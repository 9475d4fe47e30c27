/**
 * The catalog the URL tests read links against: two races (the ids and laps of the shipped ones, so
 * the addresses read as a reader's would) and a third that failed to load.
 */
import type { Catalog } from './view';

export const catalog: Catalog = {
  raceIds: ['phoenix-2023', 'roval-2025', 'broken-race'],
  races: new Map([
    [
      'phoenix-2023',
      {
        name: '2023 Craftsman 150',
        lapsRun: 179,
        eventLaps: new Map([['hocevar-spins-heim', 120], ['eckes-wins', 179]]),
        drivers: new Map([['corey-heim', 'Corey Heim'], ['carson-hocevar', 'Carson Hocevar']]),
      },
    ],
    ['roval-2025', { name: '2025 EcoSave 250', lapsRun: 70, eventLaps: new Map([['calamity-corner-crash', 1]]), drivers: new Map([['corey-heim', 'Corey Heim']]) }],
  ]),
  quoteIds: new Set(['hocevar-i-messed-up']),
};
