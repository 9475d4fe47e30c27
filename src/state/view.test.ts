import { fillView } from './view';

describe('fillView', () => {
  it('fills a link view with the timeline defaults, keeping what the link says', () => {
    const link = { race: 'roval-2025', lap: 30, event: null, quote: null, hideAhead: true };
    expect(fillView(link)).toEqual({ ...link, follow: null, zoom: null, lanes: 'kind', compare: null });
    expect(fillView({ ...link, zoom: [1, 20], lanes: 'driver' })).toEqual({ ...link, follow: null, zoom: [1, 20], lanes: 'driver', compare: null });
    expect(fillView({ ...link, follow: 'corey-heim' })).toEqual({ ...link, follow: 'corey-heim', zoom: null, lanes: 'kind', compare: null });
    expect(fillView({ ...link, follow: null }).follow).toBeNull();
    const compare = { races: ['phoenix-2023', 'roval-2025'] as [string, string], align: 'togo' as const, at: -3 };
    expect(fillView({ ...link, compare })).toEqual({ ...link, follow: null, zoom: null, lanes: 'kind', compare });
  });
});
