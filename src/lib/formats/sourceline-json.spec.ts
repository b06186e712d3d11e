import { describe, expect, it } from 'vitest';
import { fixture, load } from './import-fixture';
import { ImportError } from './result';
import { exportSourcelineJson, sourcelineJsonToDocument } from './sourceline-json';

describe('Sourceline JSON', () => {
	it('imports a valid document unchanged', () => {
		const text = fixture('sourceline-basic.json');
		expect(sourcelineJsonToDocument(JSON.parse(text), 'sourceline-basic.json')).toEqual(JSON.parse(text));
	});

	it.each(['sourceline-basic.json', 'tljs-basic.json', 'tljs-eras-groups.json', 'sheet.csv', 'hostile.json'])(
		'export → import is the identity (%s)',
		(name) => {
			const doc = load(fixture(name), name);
			const exported = exportSourcelineJson(doc);
			expect(load(exported, 'exported.json')).toEqual(doc);
			expect(exportSourcelineJson(load(exported, 'exported.json'))).toBe(exported);
		}
	);

	it('writes tab-indented JSON ending in a newline', () => {
		const exported = exportSourcelineJson(load(fixture('sourceline-basic.json'), 'x.json'));
		expect(exported.startsWith('{\n\t"title"')).toBe(true);
		expect(exported.endsWith('}\n')).toBe(true);
	});

	it('refuses an invalid document with every problem located', () => {
		expect(() => sourcelineJsonToDocument(JSON.parse(fixture('broken-sourceline-bad-quote.json')), 'bad.json')).toThrow(
			ImportError
		);
		expect(() => sourcelineJsonToDocument({ events: [] }, 'bad.json')).toThrow(
			/bad\.json is not a valid Sourceline timeline/
		);
	});
});
