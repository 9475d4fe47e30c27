import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore, type StoreApi } from 'zustand';
import { sharedSlice } from './sharedSlice';

type State = { lap: number; mode: string };

/** A store that counts its listeners, as the page store's lap step runs every one of them. */
function countingStore(initial: State) {
  const store = createStore<State>()(() => initial);
  const subscribe = store.subscribe;
  let listeners = 0;
  store.subscribe = (listener) => {
    listeners += 1;
    const unsubscribe = subscribe(listener);
    return () => {
      listeners -= 1;
      unsubscribe();
    };
  };
  return { store, listeners: () => listeners };
}

const context = { suffix: '!' };
let selections = 0;
const useMode = sharedSlice((s: State, c: typeof context, previous: string | undefined) => {
  selections += 1;
  const next = `${s.mode}${c.suffix}`;
  return next === previous ? previous : next;
});

function Reader({ store, name }: { store: StoreApi<State>; name: string }) {
  const mode = useMode(store, context);
  return <p aria-label={name}>{mode}</p>;
}

describe('sharedSlice', () => {
  it('is one store listener however many components read it, and selects once per change', () => {
    const { store, listeners } = countingStore({ lap: 1, mode: 'show' });
    const view = render(
      <>
        <Reader store={store} name="first" />
        <Reader store={store} name="second" />
        <Reader store={store} name="third" />
      </>,
    );
    expect(listeners()).toBe(1);
    selections = 0;
    act(() => store.setState({ lap: 2 }));
    expect(selections).toBe(1);
    expect(screen.getByLabelText('second').textContent).toBe('show!');
    act(() => store.setState({ mode: 'hide' }));
    expect(screen.getAllByText('hide!').map((p) => p.getAttribute('aria-label'))).toEqual(['first', 'second', 'third']);
    view.unmount();
    expect(listeners()).toBe(0);
  });

  it('catches up with changes made while nobody read it', () => {
    const { store } = countingStore({ lap: 1, mode: 'show' });
    const first = render(<Reader store={store} name="reader" />);
    first.unmount();
    store.setState({ mode: 'hide' });
    render(<Reader store={store} name="reader" />);
    expect(screen.getByLabelText('reader').textContent).toBe('hide!');
    act(() => store.setState({ mode: 'show' }));
    expect(screen.getByLabelText('reader').textContent).toBe('show!');
  });

  it('does not re-render its readers on a change that leaves the slice as it was', () => {
    const { store } = countingStore({ lap: 1, mode: 'show' });
    let renders = 0;
    render(
      <Profiler id="readers" onRender={() => (renders += 1)}>
        <Reader store={store} name="first" />
        <Reader store={store} name="second" />
      </Profiler>,
    );
    const before = renders;
    act(() => store.setState({ lap: 5 }));
    act(() => store.setState({ lap: 6 }));
    expect(renders).toBe(before);
  });

  it('hydrates in one pass when the state moved in a way the slice does not see (the same object, not an update)', async () => {
    const { store } = countingStore({ lap: 1, mode: 'show' });
    const useBox = sharedSlice((s: State, _: object, previous: { mode: string } | undefined) => (previous?.mode === s.mode ? previous : { mode: s.mode }));
    const none = {};
    function BoxReader() {
      return <p>{useBox(store, none).mode}</p>;
    }
    // The server's markup, parsed as the browser parses a page (what hydration starts from).
    const container = document.adoptNode(new DOMParser().parseFromString(`<div>${renderToString(<BoxReader />)}</div>`, 'text/html').body.firstElementChild!);
    // The page's store moves before it hydrates (the address applies a lap): not the slice's concern.
    store.setState({ lap: 2 });
    let commits = 0;
    const app = (
      <Profiler id="box" onRender={() => (commits += 1)}>
        <BoxReader />
      </Profiler>
    );
    const root = await act(async () => hydrateRoot(container, app));
    // A second commit would be an update reaching every reader mid-hydration, and a prerendered part
    // not hydrated yet would drop its drawn markup for its placeholder (QA 7c).
    expect(commits).toBe(1);
    act(() => root.unmount());
  });
});

