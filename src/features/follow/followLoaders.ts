/**
 * Loaders of the follow chunk (FollowParts.ts) for LazyPart: the control under the slider and the
 * "Following" row of the at-this-lap panel. Both load one file, so whichever is needed first brings
 * the other along. Stable functions, as LazyPart asks; the prerender preloads them.
 */
export const loadFollowControl = () => import('./FollowParts').then((m) => m.FollowControl);
export const loadFollowedAt = () => import('./FollowParts').then((m) => m.FollowedAt);
