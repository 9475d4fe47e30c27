import { lapReached } from '../../data/spoilers';
import { useMemo, useRef } from 'react';
import { followChoices, type FollowChoice } from '../../data/follow';
import { countEventsUpTo, driverById } from '../../data/race';
import type { Race } from '../../data/schema';
import { useApp, useAppStore } from '../../state/StoreContext';

/** "Corey Heim (10)": the name, and how many of the incidents shown the driver is in. */
const optionText = ({ driver, incidents }: FollowChoice) => (incidents > 0 ? `${driver.name} (${incidents})` : driver.name);

/**
 * "Follow a driver": picks one driver to highlight everywhere (their incidents on the timeline and
 * in the list, their leads, their place in the title fight, where they stand at the cursor), or
 * nobody, for the full view. Drivers in incidents come first, most incidents first; then every
 * other entrant, by surname. In no-spoilers mode the counts and the groups go only as far as the
 * cursor. The choice is in the link (`follow=`) and, like choosing an incident, makes a history
 * entry. (The words the highlighted incidents are described by are the legend's: timeline/Legend.tsx.)
 */
export function FollowControl({ race }: { race: Race }) {
  const follow = useApp((s) => s.follow);
  // Changes only when the cursor crosses an incident in no-spoilers mode: scrubbing does not re-render this.
  const shown = useApp((s) => countEventsUpTo(race, lapReached(s, race)));
  const { involved, others } = useMemo(() => followChoices(race, shown), [race, shown]);
  const store = useAppStore();
  const select = useRef<HTMLSelectElement>(null);
  const followed = follow === null ? undefined : driverById(race, follow);
  const spoilersOff = shown < race.events.length;
  return (
    <div className={`follow${followed ? ' follow--on' : ''}`}>
      <label className="follow__field">
        <span className="follow__label">Follow a driver</span>
        <select ref={select} value={followed ? followed.id : ''} onChange={(e) => store.getState().setFollow(e.target.value === '' ? null : e.target.value)}>
          <option value="">No one (the full view)</option>
          {involved.length > 0 && (
            <optgroup label={spoilersOff ? 'In incidents so far' : 'In incidents'}>
              {involved.map((c) => (
                <option key={c.driver.id} value={c.driver.id}>
                  {optionText(c)}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={involved.length > 0 ? 'All other entrants' : 'All entrants'}>
            {others.map((c) => (
              <option key={c.driver.id} value={c.driver.id}>
                {optionText(c)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      {followed && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            store.getState().setFollow(null);
            // The button goes with the driver: the keyboard focus stays on the control.
            select.current?.focus();
          }}
        >
          Stop following
        </button>
      )}
      {followed && (
        <p className="follow__status">
          {followed.name}’s incidents are ringed on the chart and starred (★) in the list; the others are greyed.
        </p>
      )}
    </div>
  );
}
