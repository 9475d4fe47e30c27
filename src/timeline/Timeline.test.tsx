import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { dataset } from '../data/load/bundledDataset';
import { LapSlider } from '../features/race/LapSlider';
import { createAppStore } from '../state/store';
import { StoreProvider } from '../state/StoreContext';
import type { View } from '../state/view';
import { layoutTimeline } from './layout';
import { Markers } from './Markers';
import { Timeline } from './Timeline';

const phoenix = dataset.races.get('phoenix-2023')!;
const incidentButtons = /^Lap \d+: /;

function renderTimeline(view: Partial<View> = {}, width = 1000) {
  const store = createAppStore(dataset, { race: phoenix.id, lap: 179, event: null, quote: null, hideAhead: false, ...view });
  render(
    <StoreProvider store={store} dataset={dataset}>
      <LapSlider race={phoenix} />
      <div>
        <Timeline race={phoenix} width={width} />
      </div>
    </StoreProvider>,
  );
  return { store, chart: within(screen.getByRole('group', { name: /^Lap timeline/ })) };
}

describe('Timeline', () => {
  it('shows a tooltip with lap, title, drivers and certainty on hover, and hides it on leave', async () => {
    const user = userEvent.setup();
    const { chart } = renderTimeline();
    const marker = chart.getByRole('button', { name: /^Lap 120: Hocevar spins Heim/ });
    await user.hover(marker);
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Lap 120');
    expect(tip).toHaveTextContent('Hocevar spins Heim');
    expect(tip).toHaveTextContent('Carson Hocevar, Corey Heim, Stewart Friesen');
    expect(tip).toHaveTextContent('Approximate lap, laps 119–121');
    expect(marker).toHaveAttribute('aria-describedby', tip.id);
    await user.unhover(marker);
    // After a short grace period (so the pointer can reach the tooltip), it goes.
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  });

  it('dismisses a hover tooltip with Escape, without moving the pointer or the focus (WCAG 1.4.13)', async () => {
    const user = userEvent.setup();
    const { chart } = renderTimeline();
    const marker = chart.getByRole('button', { name: /^Lap 120: Hocevar spins Heim/ });
    await user.hover(marker);
    expect((await screen.findByRole('tooltip'))).toHaveTextContent('Hocevar spins Heim');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('explains cautions and overtime attempts in their tooltip and name', async () => {
    const user = userEvent.setup();
    const { chart } = renderTimeline();
    await user.hover(chart.getByRole('button', { name: 'Caution 7: laps 120–124 (approximate)' }));
    expect((await screen.findByRole('tooltip'))).toHaveTextContent(/Hocevar spins Heim, collecting Stewart Friesen/);
    await user.hover(chart.getByRole('button', { name: 'Overtime 4: laps 169–179 (inferred)' }));
    expect((await screen.findByRole('tooltip'))).toHaveTextContent(/Overtime 4 · laps 169–179/);
    expect(chart.getAllByRole('button', { name: /^Overtime \d/ })).toHaveLength(4);
  });

  it('is one tab stop; the arrow keys walk the items in lap order and Enter selects', async () => {
    const user = userEvent.setup();
    const { store, chart } = renderTimeline();
    const slider = screen.getByRole('slider', { name: 'Lap' });
    slider.focus();
    await user.tab();
    const first = document.activeElement!;
    expect(first).toHaveAccessibleName(/^Lap 1: /);
    const laps: number[] = [Number(first.getAttribute('data-lap'))];
    for (let i = 0; i < 12; i++) {
      await user.keyboard('{ArrowRight}');
      laps.push(Number(document.activeElement!.getAttribute('data-lap')));
    }
    expect(laps).toEqual([...laps].sort((a, b) => a - b));
    expect(new Set(laps).size).toBeGreaterThan(5);
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^Lap 179: /);
    await user.keyboard('{Home}{ArrowRight}{ArrowRight}{Enter}');
    // Lap 1 (the pole), then lap 45: the stage-break caution, then Majeski's stage win.
    const third = document.activeElement!;
    expect(third).toHaveAccessibleName(/^Lap 45: /);
    expect(store.getState().event).toBe('majeski-wins-stage-1');
    // Only one item is in the tab order, the last one reached: Tab leaves the chart, Shift+Tab comes back to it.
    expect(chart.getAllByRole('button').filter((b) => b.tabIndex === 0)).toEqual([third]);
    await user.tab();
    expect(document.activeElement?.closest('svg')).toBeNull();
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(third);
  });

  it('selects the incident linked to a caution when the caution is activated', async () => {
    const user = userEvent.setup();
    const { store, chart } = renderTimeline();
    await user.click(chart.getByRole('button', { name: /^Caution 7:/ }));
    expect(store.getState()).toMatchObject({ event: 'hocevar-spins-heim', lap: 120 });
  });

  it('in no-spoilers mode, an overtime whose incident lies ahead moves the cursor to its start instead of revealing it', async () => {
    const user = userEvent.setup();
    const { store, chart } = renderTimeline({ hideAhead: true, lap: 153 });
    await user.click(chart.getByRole('button', { name: /^Overtime 1:/ }));
    expect(store.getState()).toMatchObject({ event: null, lap: 151 });
  });

  it('zooms with +, − and 0 while the chart has focus, around the focused item', async () => {
    const user = userEvent.setup();
    const { store, chart } = renderTimeline();
    chart.getByRole('button', { name: /^Lap 120: Hocevar/ }).focus();
    await user.keyboard('+');
    const zoom = store.getState().zoom!;
    expect(zoom[0]).toBeLessThanOrEqual(120);
    expect(zoom[1]).toBeGreaterThanOrEqual(120);
    expect(zoom[1] - zoom[0]).toBeLessThan(100);
    expect(document.activeElement).toHaveAccessibleName(/^Lap 120: Hocevar/);
    await user.keyboard('-');
    expect(store.getState().zoom).toBeNull();
    await user.keyboard('++0');
    expect(store.getState().zoom).toBeNull();
  });

  it('when zoomed, draws only the window and shows the cursor outside it at the edge', () => {
    const { chart } = renderTimeline({ zoom: [120, 179], lap: 100 });
    expect(screen.getByRole('group', { name: /laps 120 to 179 of 179/ })).toBeInTheDocument();
    const laps = chart.getAllByRole('button', { name: incidentButtons }).map((b) => Number(/^Lap (\d+)/.exec(b.getAttribute('aria-label')!)![1]));
    expect(laps.length).toBeGreaterThan(0);
    expect(laps.every((lap) => lap >= 120)).toBe(true);
    // The cursor layer is drawn over the chart, outside its accessible group (it is aria-hidden).
    expect(screen.getByRole('group', { name: /^Lap timeline/ }).parentElement).toHaveTextContent('◀ 100');
  });

  it('moves the cursor with every lap step, to where the scale puts the lap, and switches to the edge arrow outside the zoom window', async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline({ zoom: [100, 143], lap: 120 }, 1000);
    const layout = layoutTimeline(phoenix, 1000, { zoom: [100, 143], lanes: 'kind' });
    const cursorLayer = document.querySelector('[data-layer="cursor"]')!;
    const cursorLine = () => cursorLayer.querySelector('.cursor-line:not(.cursor-line--overview)')?.parentElement as SVGGElement | null | undefined;
    const overviewLine = () => cursorLayer.querySelector('.cursor-line--overview') as SVGLineElement;
    const expectCursorAt = (lap: number) => {
      expect(cursorLine()).toHaveAttribute('transform', `translate(${layout.x(lap)} 0)`);
      expect(overviewLine()).toHaveAttribute('transform', `translate(${layout.overview.x(lap)} 0)`);
      expect(cursorLayer.querySelector('.cursor-pill__text')).toHaveTextContent(new RegExp(`^${lap}$`));
    };
    expectCursorAt(120);
    screen.getByRole('slider', { name: 'Lap' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expectCursorAt(123);
    await user.keyboard('{PageUp}{PageUp}');
    expectCursorAt(143);
    // One more step leaves the window: the line goes and the arrow at the right edge names the lap.
    await user.keyboard('{ArrowRight}');
    expect(cursorLine()).toBeUndefined();
    expect(cursorLayer).toHaveTextContent('144 ▶');
    await user.keyboard('{ArrowLeft}');
    expectCursorAt(143);
    expect(cursorLayer).not.toHaveTextContent('▶');
    // A jump from outside the store (Back, a selected incident) moves it too.
    store.getState().setLap(105);
    await waitFor(() => expectCursorAt(105));
  });

  it('in driver lanes, gives each incident exactly one button, so names stay unique', () => {
    const { chart } = renderTimeline({ lanes: 'driver' });
    const names = chart.getAllByRole('button', { name: incidentButtons }).map((b) => b.getAttribute('aria-label'));
    expect(names).toHaveLength(phoenix.events.length);
    expect(new Set(names).size).toBe(names.length);
    expect(screen.getByRole('group', { name: /^Lap timeline/ })).toHaveTextContent('Corey Heim');
  });

  it('in no-spoilers mode, draws nothing after the cursor: incidents, cautions or overtimes', () => {
    const { chart } = renderTimeline({ hideAhead: true, lap: 125 });
    const buttons = chart.getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) expect(Number(b.getAttribute('data-lap'))).toBeLessThanOrEqual(125);
    expect(chart.queryByRole('button', { name: /^Overtime/ })).toBeNull();
    expect(chart.queryByRole('button', { name: /^Lap 179:/ })).toBeNull();
  });
});

describe('scrubbing in no-spoilers mode', () => {
  it('re-renders the markers only when the cursor crosses an item', async () => {
    const user = userEvent.setup();
    const store = createAppStore(dataset, { race: phoenix.id, lap: 10, event: null, quote: null, hideAhead: true });
    const layout = layoutTimeline(phoenix, 900);
    let commits = 0;
    render(
      <StoreProvider store={store} dataset={dataset}>
        <LapSlider race={phoenix} />
        <svg>
          <Profiler id="markers" onRender={() => commits++}>
            <Markers layout={layout} />
          </Profiler>
        </svg>
      </StoreProvider>,
    );
    const start = commits;
    screen.getByRole('slider', { name: 'Lap' }).focus();
    // Laps 11 to 30: nothing happens there, so nothing re-renders.
    for (let i = 0; i < 20; i++) await user.keyboard('{ArrowRight}');
    expect(commits - start).toBe(0);
    // Lap 45: Majeski wins stage 1 and the first caution starts, one crossing.
    await user.keyboard('{PageUp}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(store.getState().lap).toBe(45);
    expect(commits - start).toBe(1);
    expect(screen.getByRole('button', { name: /^Lap 45: / })).toBeInTheDocument();
  });
});

describe('pressing on the chart', () => {
  /** A pointer event on the chart's scrub surface, at a clientX (jsdom lays nothing out: the chart's box is at 0). */
  const press = (type: 'pointerDown' | 'pointerMove' | 'pointerUp', pointerType: string, clientX: number, clientY = 100) => {
    const surface = document.querySelector('.scrub-surface')!;
    const init = { pointerId: 1, pointerType, clientX, clientY, bubbles: true };
    surface.dispatchEvent(new PointerEvent(type.toLowerCase(), init));
  };

  it('scrubs from the press with a mouse', async () => {
    const { store } = renderTimeline({ lap: 179 });
    press('pointerDown', 'mouse', 500);
    press('pointerUp', 'mouse', 500);
    expect(store.getState().lap).toBeLessThan(179);
  });

  it('with a touch: not on a tap, not on a vertical move, only once it moves sideways', async () => {
    const { store } = renderTimeline({ lap: 179 });
    press('pointerDown', 'touch', 500);
    press('pointerUp', 'touch', 500);
    expect(store.getState().lap).toBe(179);
    press('pointerDown', 'touch', 500, 100);
    press('pointerMove', 'touch', 503, 160);
    press('pointerMove', 'touch', 506, 220);
    expect(store.getState().lap).toBe(179);
    press('pointerUp', 'touch', 506, 220);
    press('pointerDown', 'touch', 500, 100);
    press('pointerMove', 'touch', 505, 101);
    expect(store.getState().lap).toBe(179);
    press('pointerMove', 'touch', 520, 104);
    const scrubbed = store.getState().lap;
    expect(scrubbed).toBeLessThan(179);
    // Once scrubbing, it follows the finger, up and down included.
    press('pointerMove', 'touch', 300, 180);
    expect(store.getState().lap).toBeLessThan(scrubbed);
    press('pointerUp', 'touch', 300, 180);
  });
});

describe('crowded cautions and overtimes (a phone)', () => {
  it('are one button per crowd where they are too close together, each a button of its own where not', async () => {
    const user = userEvent.setup();
    const { store, chart } = renderTimeline({ lap: 179 }, 344);
    const crowds = chart.getAllByRole('button', { name: /too close together here to pick one/ });
    expect(crowds.map((c) => c.getAttribute('aria-label')!.replace(/:.*/, ''))).toEqual(
      expect.arrayContaining(['Cautions 1 to 2', expect.stringMatching(/^Overtimes 1 to 4$/)]),
    );
    // No caution is both in a crowd and a button of its own.
    expect(chart.queryByRole('button', { name: /^Caution 1:/ })).toBeNull();
    await user.click(crowds.find((c) => c.getAttribute('aria-label')!.startsWith('Cautions 1 to 2'))!);
    expect(store.getState().zoom).toEqual([44, 59]);
    expect(chart.getByRole('button', { name: /^Caution 1:/ })).toBeInTheDocument();
    expect(chart.getByRole('button', { name: /^Caution 2:/ })).toBeInTheDocument();
  });

  it('are never made of what lies ahead of a no-spoilers cursor', () => {
    const { chart } = renderTimeline({ lap: 160, hideAhead: true }, 344);
    for (const crowd of chart.queryAllByRole('button', { name: /too close together/ })) {
      const [, to] = /laps \d+–(\d+)/.exec(crowd.getAttribute('aria-label')!)!;
      expect(Number(to)).toBeLessThanOrEqual(160 + 10);
    }
    expect(chart.queryByRole('button', { name: /^Overtimes 1 to 4/ })).toBeNull();
  });
});
