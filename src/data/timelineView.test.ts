import { TIMELINE_DEFAULTS, withTimelineDefaults } from './timelineView';

describe('withTimelineDefaults', () => {
  it('fills in the whole race and lanes by kind where a choice is absent, and keeps what is given', () => {
    expect(withTimelineDefaults({})).toEqual({ zoom: null, lanes: 'kind' });
    expect(withTimelineDefaults({})).toEqual(TIMELINE_DEFAULTS);
    expect(withTimelineDefaults({ zoom: [120, 179] })).toEqual({ zoom: [120, 179], lanes: 'kind' });
    expect(withTimelineDefaults({ zoom: null, lanes: 'driver' })).toEqual({ zoom: null, lanes: 'driver' });
  });
});
