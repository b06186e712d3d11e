/** A stretch of a text, by character offsets (UTF-16 code units, as JavaScript strings count them). */
export interface TextRange {
	/** Offset of the first character. */
	start: number;
	/** Offset just after the last character. */
	end: number;
}

/** Whether two ranges share at least one character. */
export function overlaps(a: TextRange, b: TextRange): boolean {
	return a.start < b.end && b.start < a.end;
}
