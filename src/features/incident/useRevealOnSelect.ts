import { useEffect, useRef, type RefObject } from 'react';

/** Below this width the page is one column and the incident details sit under the timeline. */
const SINGLE_COLUMN = '(max-width: 820px)';

/**
 * On a phone, brings the incident details into view when an incident is selected, or when a
 * shared link opens on one: otherwise they are a screen or more below the slider. Only when their
 * top is out of view, and without smooth scrolling for a reader who prefers reduced motion.
 */
export function useRevealOnSelect(ref: RefObject<HTMLElement | null>, eventId: string | null): void {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (eventId === null || eventId === shown.current) return;
    shown.current = eventId;
    const element = ref.current;
    if (!element || typeof window.matchMedia !== 'function' || !window.matchMedia(SINGLE_COLUMN).matches) return;
    const top = element.getBoundingClientRect().top;
    if (top >= 0 && top < window.innerHeight * 0.6) return;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  }, [ref, eventId]);
}
