import { useEffect } from 'react';
import type { Race } from '../../data/schema';
import { useApp, useAppStore } from '../../state/StoreContext';

const SPEEDS = [1, 2, 4, 8, 16] as const;

/** Play the race forward from the cursor at a chosen number of laps per second. */
export function PlaybackControls({ race }: { race: Race }) {
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  const store = useAppStore();

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const { lap, setLap, setPlaying } = store.getState();
      if (lap >= race.lapsRun) setPlaying(false);
      else setLap(lap + 1);
    }, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, race.lapsRun, store]);

  const toggle = () => store.getState().setPlaying(!playing);
  return (
    <div className="playback">
      <button type="button" className="button button--play" onClick={toggle} aria-pressed={playing}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
      </button>
      <label className="playback__speed">
        <span>Speed</span>
        <select value={speed} onChange={(e) => store.getState().setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s} lap{s === 1 ? '' : 's'}/s
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
