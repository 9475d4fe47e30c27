/**
 * What a reader does on a prerendered page before it is hydrated is handed to the app's own handlers
 * once it is (ui/earlyInput.ts), not lost, and not silently undone by hydration.
 */
import { act, useState } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { keepEarlyPresses, takeEarlyInput } from './earlyInput';

/** Controlled controls, as the app's: each change goes through its handler into state. */
function Controls({ log }: { log: string[] }) {
  const [hide, setHide] = useState(false);
  const [speed, setSpeed] = useState('4');
  const [align, setAlign] = useState('distance');
  return (
    <div>
      <input type="range" aria-label="Lap" min={1} max={179} defaultValue={179} onChange={(e) => log.push(`lap ${e.target.value}`)} />
      <input type="checkbox" aria-label="Hide" checked={hide} onChange={(e) => (log.push(`hide ${e.target.checked}`), setHide(e.target.checked))} />
      <select aria-label="Speed" value={speed} onChange={(e) => (log.push(`speed ${e.target.value}`), setSpeed(e.target.value))}>
        <option value="1">1</option>
        <option value="4">4</option>
      </select>
      {['distance', 'togo'].map((value) => (
        <input key={value} type="radio" name="align" aria-label={value} value={value} checked={align === value} onChange={() => (log.push(`align ${value}`), setAlign(value))} />
      ))}
      <button type="button" onClick={() => log.push('play')}>
        Play
      </button>
      <svg>
        <g role="button" aria-label="Lap 120: Hocevar spins Heim" tabIndex={0} onClick={() => log.push('marker')} />
      </svg>
      <div className="share">
        <button type="button" onClick={() => log.push('copy')}>
          Copy link
        </button>
      </div>
    </div>
  );
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

/** The page as prerendered, before any script runs; presses kept from now on, as boot.ts does. */
function prerendered(log: string[]) {
  // The server's markup, parsed as a page's would be.
  const container = document.adoptNode(new DOMParser().parseFromString(`<div id="root">${renderToString(<Controls log={log} />)}</div>`, 'text/html').getElementById('root')!);
  document.body.append(container);
  keepEarlyPresses();
  return container;
}
const q = <T extends Element>(container: HTMLElement, selector: string) => container.querySelector<T>(selector)!;

describe('early input on a prerendered page', () => {
  it('hands every control the reader changed to its handler once hydrated, and keeps what they set', () => {
    const log: string[] = [];
    const container = prerendered(log);
    // What a reader does natively before the app: the controls change, nothing handles them.
    q<HTMLInputElement>(container, '[aria-label="Lap"]').value = '54';
    q<HTMLInputElement>(container, '[aria-label="Hide"]').click();
    q<HTMLSelectElement>(container, 'select').value = '1';
    q<HTMLInputElement>(container, '[aria-label="togo"]').click();
    expect(log).toEqual([]);
    const early = takeEarlyInput(container);
    act(() => {
      root = hydrateRoot(container, <Controls log={log} />);
    });
    act(() => early.changes());
    expect(log).toEqual(['lap 54', 'hide true', 'speed 1', 'align togo']);
    expect(q<HTMLInputElement>(container, '[aria-label="Hide"]').checked).toBe(true);
    expect(q<HTMLInputElement>(container, '[aria-label="Lap"]').value).toBe('54');
    expect(q<HTMLSelectElement>(container, 'select').value).toBe('1');
    expect(q<HTMLInputElement>(container, '[aria-label="togo"]').checked).toBe(true);
    expect(q<HTMLInputElement>(container, '[aria-label="distance"]').checked).toBe(false);
  });

  it('replays nothing for a control left as drawn, or set back to it', () => {
    const log: string[] = [];
    const container = prerendered(log);
    const box = q<HTMLInputElement>(container, '[aria-label="Hide"]');
    box.click();
    box.click();
    const early = takeEarlyInput(container);
    act(() => {
      root = hydrateRoot(container, <Controls log={log} />);
    });
    act(() => {
      early.changes();
      early.press();
    });
    expect(log).toEqual([]);
  });

  it('presses again the last button pressed (a marker, by click or Enter), not a share action, and nothing pressed after hydrating', () => {
    const log: string[] = [];
    const container = prerendered(log);
    q<HTMLButtonElement>(container, 'button').click();
    q<SVGGElement>(container, 'g[role="button"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const early = takeEarlyInput(container);
    act(() => {
      root = hydrateRoot(container, <Controls log={log} />);
    });
    act(() => early.press());
    expect(log).toEqual(['marker']);

    const second: string[] = [];
    act(() => root!.unmount());
    document.body.replaceChildren();
    const again = prerendered(second);
    q<HTMLButtonElement>(again, 'button').click();
    q<HTMLButtonElement>(again, '.share button').click();
    const later = takeEarlyInput(again);
    act(() => {
      root = hydrateRoot(again, <Controls log={second} />);
    });
    // A press after hydrating is React's own, once, and not kept for the replay.
    act(() => void q<SVGGElement>(again, 'g[role="button"]').dispatchEvent(new MouseEvent('click', { bubbles: true })));
    act(() => later.press());
    expect(second).toEqual(['marker', 'play']);
  });
});
