import { builtInTimeline } from '$lib/server/built-in-timeline';
import type { EntryGenerator } from './$types';

/** One prerendered page for every event of the built-in timeline, and one for every old id that leads on. */
export const entries: EntryGenerator = () =>
	builtInTimeline().events.flatMap((event) => [event.id, ...(event.aliases ?? [])].map((id) => ({ id })));
