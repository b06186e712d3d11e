/** Telling a JSON object (a record of fields) from the other values JSON.parse returns: arrays and null included. */

/** Whether `value` is an object with fields: not null, not an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
