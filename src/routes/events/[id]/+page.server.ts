import { builtInTimeline } from '$lib/server/built-in-timeline';
import type { EntryGenerator } from './$types';

/** One prerendered page for every event of the built-in timeline. */
export const entries: EntryGenerator = () => builtInTimeline().events.map((event) => ({ id: event.id }));
