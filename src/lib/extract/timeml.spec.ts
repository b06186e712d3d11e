import { describe, expect, it } from 'vitest';
import { readTimeML, writeTimeML } from './timeml';

const DOC = `<?xml version="1.0"?>
<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2007-01-12" functionInDocument="CREATION_TIME">2007-01-12</TIMEX3></DCT>
<TEXT><s id="1">Apple &amp; Cisco <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2007-01-10">Wednesday</TIMEX3>.</s></TEXT></TimeML>`;

describe('readTimeML', () => {
	it('keeps the text of TEXT, tags dropped, and the DCT as the publication date', () => {
		const parsed = readTimeML(DOC);
		if ('error' in parsed) throw new Error(parsed.error);
		expect(parsed.text).toBe('Apple & Cisco met on Wednesday.');
		expect(parsed.published).toBe('2007-01-12');
		const timex = parsed.elements.find((element) => element.name === 'TIMEX3')!;
		expect(parsed.text.slice(timex.index, timex.end)).toBe('Wednesday');
		expect(timex.attributes.value).toBe('2007-01-10');
	});

	it('says what is wrong and where in a malformed document', () => {
		expect(readTimeML('<TimeML><TEXT>a <b>c</TEXT></TimeML>')).toEqual({
			error: expect.stringMatching(/^malformed XML at 1:\d+: .*tag/)
		});
		expect(readTimeML('<TimeML></TimeML>')).toEqual({ error: expect.stringContaining('no <TEXT> element') });
		expect(readTimeML('<TimeML><DCT><TIMEX3 value="soon"/></DCT><TEXT>x</TEXT></TimeML>')).toEqual({
			error: expect.stringContaining('"soon" is not a date')
		});
	});
});

describe('writeTimeML', () => {
	it('marks each time expression in the text, every other character kept, and reads back the same', () => {
		const text = 'Apple & Cisco met on Wednesday <again>.\nThey met again in 2007.';
		const xml = writeTimeML({
			docId: 'cisco',
			text,
			published: '2007-01-12',
			timexes: [
				{ index: 21, end: 30, type: 'DATE', value: '2007-01-10' },
				{ index: 58, end: 62, type: 'DATE', value: '2007' }
			]
		});
		expect(xml).toContain(
			'<TEXT>Apple &amp; Cisco met on <TIMEX3 tid="t1" type="DATE" value="2007-01-10">Wednesday</TIMEX3> &lt;again&gt;.'
		);
		expect(xml).toContain('functionInDocument="CREATION_TIME">2007-01-12</TIMEX3></DCT>');
		const back = readTimeML(xml);
		if ('error' in back) throw new Error(back.error);
		expect(back.text).toBe(text);
		expect(back.published).toBe('2007-01-12');
		expect(back.elements.map((element) => text.slice(element.index, element.end))).toEqual(['Wednesday', '2007']);
	});
});
