import { describe, expect, it } from 'vitest';
import { readChosenFile } from './read-file';

describe('readChosenFile', () => {
	it('reads the bytes of a file within the limit', async () => {
		const file = new File(['It rained in May 2010.'], 'notes.txt');
		const result = await readChosenFile(file, 1024);
		expect(result.ok && new TextDecoder().decode(result.bytes)).toBe('It rained in May 2010.');
	});

	it('refuses a file over the limit before reading it', async () => {
		let read = false;
		const big = {
			name: 'big.txt',
			size: 11 * 1024 * 1024,
			arrayBuffer: async () => {
				read = true;
				return new ArrayBuffer(0);
			}
		};
		expect(await readChosenFile(big, 10 * 1024 * 1024)).toEqual({
			ok: false,
			error: 'big.txt is 11 MB; the limit is 10 MB.'
		});
		expect(read).toBe(false);
	});

	it('refuses an empty file, and says when a file cannot be read', async () => {
		expect(await readChosenFile(new File([], 'empty.json'), 1024)).toEqual({
			ok: false,
			error: 'empty.json is empty.'
		});
		const gone = { name: 'gone.csv', size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) };
		expect(await readChosenFile(gone, 1024)).toEqual({ ok: false, error: 'gone.csv could not be read.' });
	});
});
