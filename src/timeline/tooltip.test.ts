import { dataset } from '../data/load/bundledDataset';
import { spanText } from '../data/race';
import { cautionName, cautionTip, crowdName, crowdTip, eventTip, overtimeName, overtimeTip, tipPlacement, TIP_MAX_WIDTH } from './tooltip';

const phoenix = dataset.races.get('phoenix-2023')!;
const event = (id: string) => phoenix.events.find((e) => e.id === id)!;

describe('tooltip content', () => {
  it('gives an incident its lap, title, kind, drivers and certainty with the range', () => {
    expect(eventTip(event('hocevar-spins-heim'), phoenix)).toEqual({
      heading: 'Lap 120',
      title: 'Hocevar spins Heim',
      lines: ['Contact & crashes', 'Carson Hocevar, Corey Heim, Stewart Friesen', 'Approximate lap, laps 119–121'],
    });
    expect(eventTip(event('eckes-wins'), phoenix).lines.at(-1)).toBe('Exact lap');
    expect(eventTip(event('drew-jones-crash'), phoenix).lines.at(-1)).toBe('Inferred lap');
  });

  it('gives a caution its number, laps, cause and certainty', () => {
    const periods = phoenix.cautions!.periods;
    const spin = periods.findIndex((c) => c.eventId === 'hocevar-spins-heim');
    expect(cautionName(periods[spin]!, spin)).toBe('Caution 7: laps 120–124 (approximate)');
    expect(cautionTip(periods[spin]!, spin)).toMatchObject({ heading: 'Caution 7 · laps 120–124', lines: ['Approximate laps'] });
    expect(cautionTip(periods[spin]!, spin).title).toMatch(/^Hocevar spins Heim/);
    // Unnumbered periods are numbered by their place in the list.
    expect(cautionName(periods[0]!, 0)).toBe('Caution 1: laps 45–48 (approximate)');
  });

  it('gives an overtime attempt its number, laps, summary and certainty', () => {
    const first = phoenix.overtimes[0]!;
    expect(overtimeName(first)).toBe('Overtime 1: laps 151–157 (inferred)');
    expect(overtimeTip(first)).toMatchObject({ heading: 'Overtime 1 · laps 151–157', title: first.summary, lines: ['Inferred laps'] });
    expect(spanText(5, 5)).toBe('lap 5');
  });
});

describe('tipPlacement', () => {
  it('centres on the anchor but stays inside the chart', () => {
    expect(tipPlacement(500, 200, 1000)).toEqual({ left: 500 - TIP_MAX_WIDTH / 2, top: 184, width: TIP_MAX_WIDTH, above: true });
    expect(tipPlacement(10, 200, 1000).left).toBe(4);
    expect(tipPlacement(995, 200, 1000).left).toBe(1000 - TIP_MAX_WIDTH - 4);
  });

  it('goes below anchors near the top, and narrows on a phone', () => {
    expect(tipPlacement(100, 40, 1000)).toMatchObject({ top: 56, above: false });
    const phone = tipPlacement(180, 200, 260);
    expect(phone.width).toBe(252);
    expect(phone.left).toBe(4);
  });
});

describe('tipPlacement beside the lane labels', () => {
  it('keeps a tooltip right of the lane labels where the chart has room for it there', () => {
    expect(tipPlacement(150, 200, 1000, 142).left).toBe(142);
    expect(tipPlacement(600, 200, 1000, 142).left).toBe(600 - TIP_MAX_WIDTH / 2);
  });
  it('lets it over the labels only where the chart is too narrow for both', () => {
    // 300 px: a 280 px tooltip fits only from 4 px.
    expect(tipPlacement(150, 200, 300, 142).left).toBe(16);
    expect(tipPlacement(150, 200, 288, 142).left).toBe(4);
    expect(tipPlacement(10, 200, 1000, 0).left).toBe(4);
  });
});

describe('crowds on the chart (cautions or overtimes too close together to pick one)', () => {
  it('are named by what they are, their laps, and what a press does', () => {
    expect(crowdName('caution', 9, 12, [146, 175], true)).toBe('Cautions 9 to 12: laps 146–175, too close together here to pick one; zooms in on them');
    expect(crowdName('overtime', 1, 4, [151, 179], false)).toBe('Overtimes 1 to 4: laps 151–179, too close together here to pick one; goes to lap 151');
  });
  it('have a tooltip with each of them on a line', () => {
    expect(crowdTip('caution', 1, 2, [45, 58], ['Caution 1 · laps 45–48: a', 'Caution 2 · laps 54–58: b'], true)).toEqual({
      heading: 'Cautions 1 to 2 · laps 45–58',
      title: 'Too close together here: press to zoom in on them',
      lines: ['Caution 1 · laps 45–48: a', 'Caution 2 · laps 54–58: b'],
    });
    expect(crowdTip('overtime', 2, 3, [158, 168], [], false).title).toBe('Too close together here: press to go to lap 158');
  });
});
