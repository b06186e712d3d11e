/**
 * Moving between events by keyboard: to the next or previous event in date order, or to the event nearest a time.
 */

/** The id `step` places after (1) or before (-1) `currentId` in `ids`; from nowhere, the first or last; undefined past the ends. */
export function nextInDateOrder(
	ids: readonly string[],
	currentId: string | undefined,
	step: 1 | -1
): string | undefined {
	if (ids.length === 0) return undefined;
	const index = currentId === undefined ? -1 : ids.indexOf(currentId);
	if (index < 0) return step === 1 ? ids[0] : ids[ids.length - 1];
	return ids[index + step];
}

/** Index of the item whose start is nearest `ms` in items sorted by start (the earlier on a tie); -1 when empty. */
export function nearestIndexTo(sortedItems: readonly { start: number }[], ms: number): number {
	if (sortedItems.length === 0) return -1;
	let lo = 0;
	let hi = sortedItems.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sortedItems[mid].start < ms) lo = mid + 1;
		else hi = mid;
	}
	// lo is the first item starting at or after ms; the nearest is it or the one before.
	if (lo === sortedItems.length) return lo - 1;
	if (lo === 0) return 0;
	return ms - sortedItems[lo - 1].start <= sortedItems[lo].start - ms ? lo - 1 : lo;
}

/** The item whose start is nearest `ms`, by binary search over items sorted by start; undefined when empty. */
export function nearestEventTo<T extends { start: number }>(sortedItems: readonly T[], ms: number): T | undefined {
	const index = nearestIndexTo(sortedItems, ms);
	return index < 0 ? undefined : sortedItems[index];
}
