import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import mini from '../data/fixtures/mini-race.json';
import { articles } from '../data/load/bundledDataset';
import { buildDataset } from '../data/dataset';
import { dataset as shipped } from '../data/load/bundledDataset';
import { IncidentList } from '../features/incident/IncidentList';
import { LapSlider } from '../features/race/LapSlider';
import { createAppStore } from '../state/store';
import { StoreProvider } from '../state/StoreContext';
import { layoutTimeline } from '../timeline/layout';
import { Markers } from '../timeline/Markers';
import { renderApp } from './testing';

const slider = () => screen.getByRole('slider', { name: 'Lap' });
const incidents = () => within(screen.getByRole('region', { name: 'Incidents' }));
const details = () => within(screen.getByRole('region', { name: 'Incident details' }));

describe('App', () => {
  it('opens a deep link on its race and lap', async () => {
    await renderApp('?race=phoenix-2023&lap=120');
    expect(screen.getByRole('heading', { level: 1, name: 'Lapline' })).toBeInTheDocument();
    expect(slider()).toHaveValue('120');
    expect(slider()).toHaveAttribute('max', '179');
    const atLap = within(screen.getByRole('region', { name: 'At this lap' }));
    expect(atLap.getByText('Final stage')).toBeInTheDocument();
    expect(atLap.getByText('30 of 150 scheduled laps')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Races' })).getByRole('link', { name: /Phoenix/ })).toHaveAttribute('aria-current', 'page');
  });

  it('scrubs with the keyboard and keeps the URL in step', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&lap=120');
    slider().focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(slider()).toHaveValue('122');
    await user.keyboard('{PageUp}');
    expect(slider()).toHaveValue('132');
    await user.keyboard('{PageDown}{ArrowLeft}');
    expect(slider()).toHaveValue('121');
    await user.keyboard('{End}');
    expect(slider()).toHaveValue('179');
    // The panel follows the slider a frame later (AtLapPanel), never ahead of it.
    expect(await within(screen.getByRole('region', { name: 'At this lap' })).findByText(/29 laps past the scheduled 150/)).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(slider()).toHaveValue('1');
    // The address is the race's page (lap 1 is not its opening lap, so the query keeps it).
    await waitFor(() => expect(window.location.pathname + window.location.search).toBe('/phoenix-2023/?lap=1'));
  });

  it('keeps the tab title in step with the view: the incident selected, else the lap', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&lap=120');
    await waitFor(() => expect(document.title).toBe('Lap 120 of 179 – 2023 Craftsman 150, Phoenix Raceway – Lapline'));
    slider().focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(document.title).toBe('Lap 121 of 179 – 2023 Craftsman 150, Phoenix Raceway – Lapline'));
    await user.click(within(screen.getByRole('region', { name: 'Incidents' })).getByRole('link', { name: /Hocevar spins Heim/ }));
    await waitFor(() => expect(document.title).toMatch(/^Hocevar spins Heim.*, lap 120 – 2023 Craftsman 150, Phoenix Raceway – Lapline$/));
  });

  it('shows an incident with every quote about it when clicked', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&lap=120');
    expect(details().getByText(/No incident selected/)).toBeInTheDocument();
    await user.click(incidents().getByRole('link', { name: /^Lap 120: Hocevar spins Heim/ }));
    expect(details().getByRole('heading', { name: 'Hocevar spins Heim' })).toBeInTheDocument();
    expect(details().getAllByText(/approximate/i).length).toBeGreaterThan(0);
    const quotes = details()
      .getAllByRole('blockquote')
      .map((q) => q.textContent);
    expect(quotes).toContain('I messed up,');
    expect(quotes.some((q) => q?.includes('wrecked me'))).toBe(true);
    // The 2025 article's crew chief speaks of this 2023 incident too.
    expect(quotes.some((q) => q?.includes('Carson Hocevar would have never wrecked us'))).toBe(true);
    // The incident's own page: its lap is the lap it opens on, so no query.
    expect(window.location.pathname + window.location.search).toBe('/phoenix-2023/hocevar-spins-heim/');
  });

  it('selects with Enter on a timeline marker', async () => {
    const user = userEvent.setup();
    await renderApp('?race=roval-2025');
    const timeline = within(screen.getByRole('region', { name: 'Timeline' }));
    const marker = timeline.getAllByRole('button', { name: /^Lap 1: / })[0]!;
    marker.focus();
    await user.keyboard('{Enter}');
    expect(slider()).toHaveValue('1');
    expect(details().getByRole('heading', { level: 3 })).toHaveTextContent(marker.getAttribute('aria-label')!.replace(/^Lap 1: (.*) \(.*$/, '$1'));
  });

  it('steps to the next and previous incident', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&event=hocevar-spins-heim');
    await user.click(screen.getByRole('button', { name: /Next incident/ }));
    const next = details().getByRole('heading', { level: 3 }).textContent;
    expect(next).not.toBe('Hocevar spins Heim');
    await user.click(screen.getByRole('button', { name: /Previous incident/ }));
    expect(details().getByRole('heading', { level: 3 })).toHaveTextContent('Hocevar spins Heim');
  });

  it('explains a mangled link in a status notice and renders nothing from it as HTML', async () => {
    await renderApp('?race=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lap=abc');
    const status = screen.getByRole('status', { name: 'Notices' });
    expect(status).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(slider()).toHaveValue('179');
  });

  it('shows an error card for a broken race and keeps the others working', async () => {
    const user = userEvent.setup();
    const dataset = buildDataset(
      { './races/mini-2024/race.json': mini, './races/broken-2020/race.json': { id: 'broken-2020', lapsRun: 'many' } },
      { file: 'quotes.json', json: { quotes: [], remarks: [] } },
      articles,
    );
    await renderApp('?race=broken-2020', { dataset });
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be loaded/);
    expect(screen.getByRole('alert')).toHaveTextContent(/broken-2020\/race\.json: lapsRun: /);
    await user.click(within(screen.getByRole('navigation', { name: 'Races' })).getByRole('link', { name: /Fixture/ }));
    expect(slider()).toHaveAttribute('max', '34');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('compared with a broken race, shows that race’s error card instead of the comparison, and one race still opens', async () => {
    const user = userEvent.setup();
    const dataset = buildDataset(
      { './races/mini-2024/race.json': mini, './races/broken-2020/race.json': { id: 'broken-2020', lapsRun: 'many' } },
      { file: 'quotes.json', json: { quotes: [], remarks: [] } },
      articles,
    );
    await renderApp('?compare=mini-2024,broken-2020', { dataset });
    expect(await screen.findByRole('alert')).toHaveTextContent(/broken-2020\/race\.json: lapsRun: /);
    expect(screen.queryByRole('slider', { name: 'Both races' })).toBeNull();
    expect(screen.queryByRole('status', { name: /Loading/ })).toBeNull();
    await user.click(within(screen.getByRole('navigation', { name: 'Races' })).getByRole('link', { name: /Fixture/ }));
    expect(slider()).toHaveAttribute('max', '34');
    expect(screen.queryByRole('alert')).toBeNull();
  });

});

describe('scrubbing', () => {
  it('re-renders neither the slider, the incident list nor the timeline markers', async () => {
    const user = userEvent.setup();
    const race = shipped.races.get('phoenix-2023')!;
    const layout = layoutTimeline(race, 900);
    const commits = { list: 0, markers: 0, slider: 0 };
    const store = createAppStore(shipped, { race: race.id, lap: 100, event: null, quote: null, hideAhead: false });
    render(
      <StoreProvider store={store} dataset={shipped}>
        <Profiler id="slider" onRender={() => commits.slider++}>
          <LapSlider race={race} />
        </Profiler>
        <Profiler id="list" onRender={() => commits.list++}>
          <IncidentList race={race} />
        </Profiler>
        <svg>
          <Profiler id="markers" onRender={() => commits.markers++}>
            <Markers layout={layout} />
          </Profiler>
        </svg>
      </StoreProvider>,
    );
    const mounted = { ...commits };
    slider().focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{PageUp}');
    expect(slider()).toHaveValue('113');
    // The slider follows the store itself (a lap step is a few DOM writes, not a render)...
    expect(screen.getByText('113', { selector: '.lap-slider__value' })).toBeInTheDocument();
    expect(slider()).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Lap 113 of 179, /));
    expect(commits.slider - mounted.slider).toBe(0);
    expect(commits.list - mounted.list).toBe(0);
    expect(commits.markers - mounted.markers).toBe(0);
  });

  it('in no-spoilers mode re-renders the list only when the cursor crosses an incident', async () => {
    const user = userEvent.setup();
    const race = shipped.races.get('phoenix-2023')!;
    const store = createAppStore(shipped, { race: race.id, lap: 1, event: null, quote: null, hideAhead: true });
    let listCommits = 0;
    render(
      <StoreProvider store={store} dataset={shipped}>
        <LapSlider race={race} />
        <Profiler id="list" onRender={() => listCommits++}>
          <IncidentList race={race} />
        </Profiler>
      </StoreProvider>,
    );
    const visible = () => incidents().getAllByRole('link').length;
    expect(visible()).toBe(race.events.filter((e) => e.lap <= 1).length);
    const start = listCommits;
    slider().focus();
    // End: as far as the reader may know the race, the scheduled distance.
    await user.keyboard('{End}');
    expect(store.getState().lap).toBe(race.scheduledLaps);
    expect(visible()).toBe(race.events.filter((e) => e.lap <= race.scheduledLaps).length);
    expect(listCommits - start).toBe(1);
  });
});
