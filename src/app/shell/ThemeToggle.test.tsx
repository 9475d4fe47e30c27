import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { THEME_STORAGE_KEY, ThemeToggle, readTheme } from './ThemeToggle';

afterEach(() => {
  window.localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});

describe('ThemeToggle', () => {
  it('follows the system by default and forces light or dark on <html>, remembered in localStorage', async () => {
    const user = userEvent.setup();
    render(<ThemeToggle />);
    const theme = screen.getByRole('combobox', { name: 'Theme' });
    expect(theme).toHaveValue('system');
    expect(document.documentElement).not.toHaveAttribute('data-theme');

    await user.selectOptions(theme, 'Dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    await user.selectOptions(theme, 'Light');
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');

    await user.selectOptions(theme, 'System');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('starts from the stored choice and ignores junk in storage', () => {
    window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    render(<ThemeToggle />);
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    window.localStorage.setItem(THEME_STORAGE_KEY, '<b>neon</b>');
    expect(readTheme()).toBe('system');
  });

  it('never puts the theme in the link', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?race=phoenix-2023');
    render(<ThemeToggle />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Dark');
    expect(window.location.search).toBe('?race=phoenix-2023');
  });
});
