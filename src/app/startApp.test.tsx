import { dataset } from '../data/load/bundledDataset';
import { startApp } from './startApp';

describe('startApp', () => {
  it('opens the store on the view the link asks for, with its notices, and shows the good link in the address bar', () => {
    const { store, view } = startApp(dataset, '?race=roval-2025&lap=9999&utm_source=x');
    expect(view).toMatchObject({ race: 'roval-2025', lap: 70 });
    expect(store.getState()).toMatchObject({ race: 'roval-2025', lap: 70, event: null, zoom: null, lanes: 'kind' });
    expect(store.getState().notices).toEqual([expect.stringMatching(/lap 9999 is shown as lap 70/)]);
    expect(window.location.pathname + window.location.search).toBe('/roval-2025/');
  });
});
