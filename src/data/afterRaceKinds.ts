/** The names of the kinds of item in the record after the flag, shared by the app and the previews. */
import type { AfterRace } from './schema';

/** What each kind of item in the record after the flag is called where it is shown. */
export const AFTER_RACE_KIND: Record<AfterRace['kind'], string> = {
  penalty: 'Penalty',
  disqualification: 'Disqualification',
  'amended-result': 'Amended result',
  appeal: 'Appeal',
  milestone: 'Since then',
};
