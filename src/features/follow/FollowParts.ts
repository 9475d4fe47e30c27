/**
 * The parts of "follow a driver" that only matter to a reader who uses it: the control's options
 * (every driver of the race, grouped and counted) and where the driver followed stands at the lap.
 * One chunk, loaded on demand (features/follow/followLoaders.ts); prerendered pages render them in full.
 */
export { FollowControl } from './FollowControl';
export { FollowedAt } from './FollowedAt';
