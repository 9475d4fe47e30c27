import { HEIGHT_MESSAGE } from '../state/embed';

/**
 * In an iframe, tells the host page how tall the embed's content is, whenever it changes, so the
 * host's snippet (state/embed.ts) can size the iframe to it: no inner scroll bar, no empty space.
 * Nothing secret travels, so any host may listen ('*').
 */
export function reportHeightToHost(): void {
  if (window.parent === window || typeof ResizeObserver === 'undefined') return;
  let last = 0;
  let frame = 0;
  const post = () => {
    frame = 0;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(() => {
    if (frame === 0) frame = requestAnimationFrame(post);
  }).observe(document.documentElement);
}
