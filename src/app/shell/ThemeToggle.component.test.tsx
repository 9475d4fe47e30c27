/**
 * The theme choice alone: what is read from storage (and when storage fails), how a choice is put on
 * <html> and kept, that a refused storage still applies the choice, and another tab's change.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { THEME_STORAGE_KEY, ThemeToggle, applyTheme, readTheme } from './ThemeToggle';

const html = document.documentElement;
const theme = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Theme' });
/** Another tab's change of the storage, as the browser tells this one. */
const otherTab = (key: string | null) =>
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key }));
  });
const refuse = (method: 'getItem' | 'setItem' | 'removeItem') =>
  vi.spyOn(Storage.prototype, method).mockImplementation(() => {
    throw new DOMException('The storage is blocked', 'SecurityError');
  });

afterEach(() => {
  window.localStorage.clear();
  html.removeAttribute('data-theme');
});

describe('readTheme', () => {
  it('reads each stored choice, and "system" for none or for anything else', () => {
    expect(readTheme()).toBe('system');
    for (const choice of ['light', 'dark', 'system'] as const) {
      window.localStorage.setItem(THEME_STORAGE_KEY, choice);
      expect(readTheme()).toBe(choice);
    }
    for (const junk of ['', 'Dark', 'neon', 'light ']) {
      window.localStorage.setItem(THEME_STORAGE_KEY, junk);
      expect(readTheme()).toBe('system');
    }
  });

  it('reads "system" when storage refuses to be read', () => {
    window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    refuse('getItem');
    expect(readTheme()).toBe('system');
  });
});

describe('applyTheme', () => {
  it('sets data-theme on <html> for light or dark and removes it to follow the system', () => {
    applyTheme('dark');
    expect(html).toHaveAttribute('data-theme', 'dark');
    applyTheme('light');
    expect(html).toHaveAttribute('data-theme', 'light');
    applyTheme('system');
    expect(html).not.toHaveAttribute('data-theme');
  });

  it('is applied from storage as the module loads, before anything renders; the module then offers the choices', async () => {
    window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    vi.resetModules();
    // A fresh copy of the module, so what it does as it loads (and its table of choices) is its own.
    const fresh = await import('./ThemeToggle');
    expect(html).toHaveAttribute('data-theme', 'dark');
    render(<fresh.ThemeToggle />);
    expect(within(theme()).getAllByRole('option').map((o) => [o.textContent, (o as HTMLOptionElement).value])).toEqual([
      ['System', 'system'],
      ['Light', 'light'],
      ['Dark', 'dark'],
    ]);
    expect(theme()).toHaveValue('dark');
  });

  it('loads without a document (prerendering in Node), touching nothing', async () => {
    vi.stubGlobal('document', undefined);
    vi.resetModules();
    await expect(import('./ThemeToggle')).resolves.toHaveProperty('ThemeToggle');
  });
});

describe('ThemeToggle', () => {
  it('offers System, Light and Dark, in that order, starting from the stored choice', () => {
    window.localStorage.setItem(THEME_STORAGE_KEY, 'light');
    render(<ThemeToggle />);
    expect(within(theme()).getAllByRole('option').map((o) => [o.textContent, (o as HTMLOptionElement).value])).toEqual([
      ['System', 'system'],
      ['Light', 'light'],
      ['Dark', 'dark'],
    ]);
    expect(theme()).toHaveValue('light');
  });

  it('keeps Light or Dark in storage and on <html>, and System by removing both', async () => {
    const user = userEvent.setup();
    render(<ThemeToggle />);
    expect(theme()).toHaveValue('system');
    await user.selectOptions(theme(), 'Light');
    expect([theme().value, html.getAttribute('data-theme'), window.localStorage.getItem(THEME_STORAGE_KEY)]).toEqual(['light', 'light', 'light']);
    await user.selectOptions(theme(), 'Dark');
    expect([theme().value, html.getAttribute('data-theme'), window.localStorage.getItem(THEME_STORAGE_KEY)]).toEqual(['dark', 'dark', 'dark']);
    await user.selectOptions(theme(), 'System');
    expect([theme().value, html.getAttribute('data-theme'), window.localStorage.getItem(THEME_STORAGE_KEY)]).toEqual(['system', null, null]);
    expect(window.localStorage.length).toBe(0);
  });

  it('still applies and shows a choice storage refuses to keep', async () => {
    const user = userEvent.setup();
    const setItem = refuse('setItem');
    refuse('removeItem');
    render(<ThemeToggle />);
    await user.selectOptions(theme(), 'Dark');
    expect(theme()).toHaveValue('dark');
    expect(html).toHaveAttribute('data-theme', 'dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    setItem.mockRestore();
    window.localStorage.setItem(THEME_STORAGE_KEY, 'light');
    await user.selectOptions(theme(), 'System');
    expect(theme()).toHaveValue('system');
    expect(html).not.toHaveAttribute('data-theme');
    // Removing was refused: the stored choice stays.
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
  });

  it('takes another tab’s choice over its own, and follows the system when that tab clears storage', async () => {
    const user = userEvent.setup();
    render(<ThemeToggle />);
    await user.selectOptions(theme(), 'Light');
    window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    otherTab(THEME_STORAGE_KEY);
    expect(theme()).toHaveValue('dark');
    expect(html).toHaveAttribute('data-theme', 'dark');

    await user.selectOptions(theme(), 'Light');
    window.localStorage.clear();
    otherTab(null);
    expect(theme()).toHaveValue('system');
    expect(html).not.toHaveAttribute('data-theme');
  });

  it('shows another tab’s choice when it has made none itself', () => {
    render(<ThemeToggle />);
    window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    otherTab(THEME_STORAGE_KEY);
    expect(theme()).toHaveValue('dark');
    expect(html).toHaveAttribute('data-theme', 'dark');
  });

  it('ignores a change of another key in storage', async () => {
    const user = userEvent.setup();
    render(<ThemeToggle />);
    await user.selectOptions(theme(), 'Light');
    // Written without this tab being told: only an event for the theme's key makes it read it again.
    window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    window.localStorage.setItem('lapline-other', 'x');
    otherTab('lapline-other');
    expect(theme()).toHaveValue('light');
    expect(html).toHaveAttribute('data-theme', 'light');
  });

  it('stops listening to other tabs once gone', () => {
    const { unmount } = render(<ThemeToggle />);
    const removed = vi.spyOn(window, 'removeEventListener');
    unmount();
    expect(removed.mock.calls.filter(([type]) => type === 'storage')).toHaveLength(2);
    window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    otherTab(THEME_STORAGE_KEY);
    expect(html).not.toHaveAttribute('data-theme');
  });

  it('renders System on the server, which knows no reader’s choice', () => {
    window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    const markup = renderToString(<ThemeToggle />);
    expect(markup).toContain('<option value="system" selected="">System</option>');
    expect(markup).not.toMatch(/value="(light|dark)" selected/);
  });
});
