/** The commands, by what they change (each module's doc says more). */
export { perform, withoutEventAhead, type Command, type CommandCatalog, type Next } from './command';
export { moveCursor } from './cursor';
export { clearSelection, selectEvent } from './selection';
export { follow, followInto, openRace, setField } from './race';
export { setZoom, zoomBy } from './zoom';
export { closeCompare, openCompare, selectCompareEvent, setAlign, setCompareAt } from './compare';
export { hideAhead } from './spoilers';
