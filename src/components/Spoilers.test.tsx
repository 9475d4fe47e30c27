import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../app/testing';

/** Everything the page says, as one string (what a reader or a screen reader could come across). */
const pageText = () => document.body.textContent ?? '';

describe('No spoilers means none', () => {
  it('hides a selected incident the cursor has not reached, everywhere on the page, until the cursor gets there', async () => {
    const user = userEvent.setup();
    await renderApp('?race=phoenix-2023&lap=100&event=rhodes-wins-title&spoilers=hide');
    const details = within(screen.getByRole('region', { name: 'Incident details' }));
    expect(details.getByText(/The selected incident happens later in the race/)).toBeInTheDocument();
    for (const leak of ['Rhodes takes the title', 'by a single point', 'Scott Zipadelli', 'Ben Rhodes4032', 'NASCAR penalises Heim']) {
      expect(pageText()).not.toContain(leak);
    }
    // Nor how many incidents are still to come.
    const atLap = within(screen.getByRole('region', { name: 'At this lap' }));
    expect(atLap.getByText(/^Incidents so far$/).nextElementSibling?.textContent).toMatch(/^6 · latest: Lap 95/);
    // Moving the cursor to the incident's lap reveals it.
    await user.click(screen.getByRole('slider', { name: 'Lap' }));
    await user.keyboard('{End}');
    expect(details.getByRole('heading', { level: 3 })).toHaveTextContent('Rhodes takes the title by one point');
  });

  it('shows the same incident in full when spoilers are not hidden', async () => {
    await renderApp('?race=phoenix-2023&lap=100&event=rhodes-wins-title');
    const details = within(screen.getByRole('region', { name: 'Incident details' }));
    expect(details.getByRole('heading', { level: 3 })).toHaveTextContent('Rhodes takes the title by one point');
    expect(within(screen.getByRole('region', { name: 'At this lap' })).getByText(/^\d+ of 24/)).toBeInTheDocument();
  });
});
