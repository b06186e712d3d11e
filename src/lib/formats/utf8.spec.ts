import { describe, expect, it } from 'vitest';
import { decodeUtf8, invalidUtf8At } from './utf8';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeUtf8', () => {
	it('decodes UTF-8 and drops a byte-order mark', () => {
		expect(decodeUtf8(new TextEncoder().encode('café ✓ 𝄞'), 'f')).toEqual({ ok: true, text: 'café ✓ 𝄞' });
		expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61), 'f')).toEqual({ ok: true, text: 'a' });
	});

	it('names the file, the bad byte and its offset', () => {
		const latin1 = new Uint8Array([...new TextEncoder().encode('Year,Headline\n2016,Caf'), 0xe9, 0x20, 0x6f]);
		expect(decodeUtf8(latin1, 'sheet.csv')).toEqual({
			ok: false,
			error:
				'sheet.csv is not UTF-8 text: byte 0xE9 at byte offset 22 does not start a valid UTF-8 character. It may be saved as Windows-1252 or Latin-1; save it as UTF-8 and import it again.'
		});
	});

	it('says when the file ends inside a character', () => {
		const result = decodeUtf8(bytes(0x61, 0xe2, 0x9c), 'f');
		expect(!result.ok && result.error).toContain('it ends in the middle of a character (byte 0xE2 at byte offset 1)');
	});

	it('recognises UTF-16', () => {
		expect(decodeUtf8(bytes(0xff, 0xfe, 0x61, 0x00), 'f')).toEqual({
			ok: false,
			error: 'f is UTF-16 text; save it as UTF-8 and import it again.'
		});
	});
});

describe('invalidUtf8At', () => {
	it.each([
		[[0x61, 0xff], 1],
		[[0x80], 0],
		[[0xc0, 0x80], 0],
		[[0xe0, 0x80, 0x80], 0],
		[[0xed, 0xa0, 0x80], 0],
		[[0xf4, 0x90, 0x80, 0x80], 0],
		[[0xf5, 0x80, 0x80, 0x80], 0],
		[[0x61, 0x62, 0xc3], 2]
	])('finds the bad sequence in %j at %i', (values, offset) => {
		expect(invalidUtf8At(new Uint8Array(values))?.offset).toBe(offset);
	});

	it('agrees with TextDecoder on random bytes', () => {
		let seed = 42;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 256;
		for (let run = 0; run < 2000; run++) {
			const data = Uint8Array.from({ length: 8 }, () => (run % 2 ? random() : 0x80 + random() / 2) | 0);
			let valid = true;
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(data);
			} catch {
				valid = false;
			}
			expect(invalidUtf8At(data) === null, Array.from(data).join(',')).toBe(valid);
		}
	});
});
