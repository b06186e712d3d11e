import { builtInTimeline } from '$lib/server/built-in-timeline';
import type { EntryGenerator } from './$types';

/** One prerendered reader page for every article of the built-in timeline. */
export const entries: EntryGenerator = () => builtInTimeline().sources.map((source) => ({ id: source.id }));
