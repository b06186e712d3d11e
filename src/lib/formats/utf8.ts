/**
 * Bytes to text, strictly: a file must be UTF-8. Decoding uses `TextDecoder('utf-8', { fatal: true })`; when it fails,
 * a byte-level scan finds where, so the message can give the byte offset and the offending byte.
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Where UTF-8 first breaks: the offset and value of the byte that starts the bad sequence (a stray byte, or a lead
 * byte whose character is not completed), or null when the bytes are valid UTF-8.
 */
export function invalidUtf8At(bytes: Uint8Array): { offset: number; byte: number; truncated: boolean } | null {
	const n = bytes.length;
	let i = 0;
	while (i < n) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let lo = 0x80;
		let hi = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) need = 1;
		else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			if (b === 0xe0) lo = 0xa0;
			if (b === 0xed) hi = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			if (b === 0xf0) lo = 0x90;
			if (b === 0xf4) hi = 0x8f;
		} else return { offset: i, byte: b, truncated: false };
		for (let k = 1; k <= need; k++) {
			if (i + k >= n) return { offset: i, byte: b, truncated: true };
			const c = bytes[i + k];
			if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return { offset: i, byte: b, truncated: false };
		}
		i += need + 1;
	}
	return null;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** The bytes as UTF-8 text (a leading byte-order mark dropped), or a message naming the file and the bad byte's offset. */
export function decodeUtf8(bytes: Uint8Array, fileLabel: string): DecodeResult {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { ok: false, error: `${fileLabel} is UTF-16 text; save it as UTF-8 and import it again.` };
	}
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		const bad = invalidUtf8At(bytes);
		if (!bad)
			return { ok: false, error: `${fileLabel} is not valid UTF-8 text; save it as UTF-8 and import it again.` };
		const where = bad.truncated
			? `it ends in the middle of a character (byte ${hex(bad.byte)} at byte offset ${bad.offset})`
			: `byte ${hex(bad.byte)} at byte offset ${bad.offset} does not start a valid UTF-8 character`;
		return {
			ok: false,
			error: `${fileLabel} is not UTF-8 text: ${where}. It may be saved as Windows-1252 or Latin-1; save it as UTF-8 and import it again.`
		};
	}
}
