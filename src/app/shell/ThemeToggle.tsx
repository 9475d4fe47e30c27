import { useEffect, useState, useSyncExternalStore } from 'react';

/** The reader's theme: follow the system (prefers-color-scheme), or force light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Where the choice is kept. A personal preference: in localStorage, never in a shared link. */
export const THEME_STORAGE_KEY = 'lapline-theme';

const CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function isChoice(value: unknown): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

/** The stored choice; 'system' when there is none or storage is unavailable (private mode, blocked). */
export function readTheme(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isChoice(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Applies a choice as `data-theme` on <html> (absent = follow the system); app.css does the rest. */
export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
}

function storeTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage refused: the choice still applies to this page.
  }
}

// Applied when this module loads, before the first render, so a dark-theme reader never sees a
// light flash (the CSP forbids the usual inline script in index.html).
if (typeof document !== 'undefined') applyTheme(readTheme());

/** Re-reads the stored choice when another tab changes it. */
function subscribeStorage(listener: () => void) {
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/**
 * Theme: System / Light / Dark. Kept in localStorage and in step across tabs. A prerendered page
 * is rendered with "System" (the server knows no reader's choice); the stored choice follows at once
 * on hydration, without a mismatch (useSyncExternalStore's server snapshot).
 */
export function ThemeToggle() {
  const stored = useSyncExternalStore(subscribeStorage, readTheme, () => 'system' as const);
  // The choice made here, shown even where storage refuses to keep it; another tab's choice replaces it.
  const [chosen, setChosen] = useState<ThemeChoice | null>(null);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== THEME_STORAGE_KEY && e.key !== null) return;
      applyTheme(readTheme());
      setChosen(null);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const choice = chosen ?? stored;
  const change = (next: ThemeChoice) => {
    storeTheme(next);
    applyTheme(next);
    setChosen(next);
  };
  return (
    <label className="theme-toggle">
      <span>Theme</span>
      <select value={choice} onChange={(e) => isChoice(e.target.value) && change(e.target.value)}>
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
