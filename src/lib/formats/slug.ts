/**
 * Kebab-case ids (the schema's `ID` pattern) from arbitrary labels, and a registry that keeps them unique.
 */

/** Longest id generated from a label. */
export const MAX_SLUG_LENGTH = 60;

/** `"Ada Lovelace's notes!"` → `"ada-lovelace-s-notes"`; empty when the label has no Latin letters or digits. */
export function slugify(label: string, maxLength = MAX_SLUG_LENGTH): string {
	const slug = label
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength);
	const lastHyphen = cut.lastIndexOf('-');
	return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** Hands out unique ids: the first claim of `x` gets `x`, later ones `x-2`, `x-3`... */
export class IdRegistry {
	private readonly taken = new Set<string>();

	/** Whether `id` has been handed out. */
	has(id: string): boolean {
		return this.taken.has(id);
	}

	/** A unique id based on `base` (which must already be kebab-case), recorded as taken. */
	claim(base: string): string {
		let id = base;
		for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
		this.taken.add(id);
		return id;
	}
}
