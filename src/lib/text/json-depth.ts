/**
 * How deep parsed JSON may nest before code that walks it by recursion (locating a problem's line, converting a
 * TimelineJS file) is allowed near it.
 */

/** Deepest nesting of arrays and objects accepted; real timelines need fewer than ten levels. */
export const MAX_JSON_DEPTH = 100;

/** What is said of a file nested too deep, `where` it was found when that is known ("line 1, column 180"). */
export function tooDeepMessage(maxDepth: number, where?: string | null): string {
	return `nested more than ${maxDepth} levels deep${where ? ` (at ${where})` : ''}; no timeline needs that, so it is refused`;
}

/** Whether a parsed JSON value nests deeper than `maxDepth` arrays and objects (iterative: no stack to overflow). */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
	// Parallel stacks of containers and their depths; only arrays and objects are ever pushed.
	const nodes: object[] = [];
	const depths: number[] = [];
	if (value !== null && typeof value === 'object') {
		nodes.push(value);
		depths.push(1);
	}
	while (nodes.length > 0) {
		const node = nodes.pop()!;
		const depth = depths.pop()!;
		if (depth > maxDepth) return true;
		if (Array.isArray(node)) {
			for (let i = 0; i < node.length; i++) {
				const child: unknown = node[i];
				if (child !== null && typeof child === 'object') {
					nodes.push(child);
					depths.push(depth + 1);
				}
			}
		} else {
			for (const key in node) {
				const child: unknown = (node as Record<string, unknown>)[key];
				if (child !== null && typeof child === 'object') {
					nodes.push(child);
					depths.push(depth + 1);
				}
			}
		}
	}
	return false;
}
