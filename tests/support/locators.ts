/**
 * The app's parts as a reader finds them: by role and accessible name, the app's public contract
 * (restyling cannot break a test written against them). A part more than one test file looks for
 * is named here, once.
 */
import type { Locator, Page } from 'playwright-core';

/** The lap slider of one race's page. */
export const lapSlider = (page: Page): Locator => page.getByRole('slider', { name: 'Lap', exact: true });

/** The comparison's one slider, which moves both races. */
export const bothRacesSlider = (page: Page): Locator => page.getByRole('slider', { name: 'Both races', exact: true });

/** The lap timeline's chart: one on a race's page, one per race in a comparison. */
export const chart = (page: Page): Locator => page.getByRole('group', { name: /^Lap timeline/ });

/** The Timeline region: the chart with its controls (zoom, lanes, downloads). */
export const timelineRegion = (page: Page): Locator => page.getByRole('region', { name: 'Timeline', exact: true });

/** The Incident details region: the selected incident, its quotes and remarks. */
export const incidentDetails = (page: Page): Locator => page.getByRole('region', { name: 'Incident details', exact: true });

/** The selected incident's title, the heading of its details. */
export const incidentTitle = (page: Page): Locator => incidentDetails(page).getByRole('heading', { level: 3 });

/** The list of the race's incidents, each a link to its page. */
export const incidentsList = (page: Page): Locator => page.getByRole('region', { name: 'Incidents', exact: true });

/** The masthead's links to the races. */
export const racesNav = (page: Page): Locator => page.getByRole('navigation', { name: 'Races', exact: true });

/** The Follow a driver control. */
export const followControl = (page: Page): Locator => page.getByRole('combobox', { name: 'Follow a driver' });
