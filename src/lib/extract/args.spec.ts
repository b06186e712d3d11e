import { describe, expect, it } from 'vitest';
import { parseExtractArgs, sourceIdFromFileName } from './args';

describe('parseExtractArgs', () => {
	it('reads the article and the options', () => {
		expect(
			parseExtractArgs(['a.txt', '--source-id', 'my-source', '--out', 'c.json', '--all', '--reference-year=2016'])
		).toEqual({
			file: 'a.txt',
			sourceId: 'my-source',
			out: 'c.json',
			all: true,
			referenceYear: 2016,
			help: false
		});
	});

	it.each([
		[[], 'no article given'],
		[['a.txt', 'b.txt'], 'one article at a time (got 2: a.txt, b.txt)'],
		[['a.txt', '--out'], '--out needs a value'],
		[['a.txt', '--out', '--all'], '--out needs a value'],
		[['a.txt', '--frobnicate'], 'unknown option --frobnicate'],
		[
			['a.txt', '--source-id', 'Not Kebab'],
			'--source-id "Not Kebab" must be kebab-case: lowercase letters, digits and single hyphens'
		],
		[['a.txt', '--reference-year', '16'], '--reference-year "16" must be a four-digit year']
	])('rejects %j', (argv, error) => {
		expect(parseExtractArgs(argv)).toEqual({ error });
	});
});

describe('sourceIdFromFileName', () => {
	it('makes a kebab-case id', () => {
		expect(sourceIdFromFileName('/tmp/My Article (2016).txt')).toBe('my-article-2016');
		expect(sourceIdFromFileName('000_777d2c4c8190d5c3.txt')).toBe('000-777d2c4c8190d5c3');
	});
});
