import { describe, expect, it } from 'vitest';
import { parseExtractArgs, sourceIdFromFileName } from './args';

describe('parseExtractArgs', () => {
	it('reads the articles and the options', () => {
		expect(
			parseExtractArgs([
				'a.txt',
				'--source-id',
				'my-source',
				'--out',
				'c.json',
				'--all',
				'--reference-year=2016',
				'--published',
				'2016-02-29',
				'--format',
				'timeml'
			])
		).toEqual({
			files: ['a.txt'],
			sourceId: 'my-source',
			out: 'c.json',
			all: true,
			referenceYear: 2016,
			published: '2016-02-29',
			format: 'timeml',
			help: false
		});
		expect(parseExtractArgs(['a.tml', 'b.TE3input', '--out-dir', 'out'])).toMatchObject({
			files: ['a.tml', 'b.TE3input'],
			outDir: 'out',
			format: 'json'
		});
	});

	it.each([
		[[], 'no article given'],
		[['a.txt', 'b.txt'], '2 articles need --out-dir DIR (one output file each)'],
		[['a.txt', 'b.txt', '--out', 'x.json'], '--out takes one article (got 2); use --out-dir DIR for several'],
		[['a.txt', '--out', 'x', '--out-dir', 'y'], 'give --out FILE or --out-dir DIR, not both'],
		[['a.txt', '--out'], '--out needs a value'],
		[['a.txt', '--out', '--all'], '--out needs a value'],
		[['a.txt', '--frobnicate'], 'unknown option --frobnicate'],
		[['a.txt', '--format', 'xml'], '--format "xml" must be json or timeml'],
		[['a.txt', '--published', 'yesterday'], '--published "yesterday" is not a date: give YYYY-MM-DD'],
		[['a.txt', '--published', '2015-02-29'], '--published "2015-02-29" is not a real day (February 2015 has 28 days)'],
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
