import { describe, expect, it } from 'vitest';
import type { TimelineDocument } from '../model/timeline';
import { fixture, load } from './import-fixture';
import { exportTimelineJsJson, toTimelineJs, toTimelineJsDate } from './timelinejs-export';

/** What a round trip must keep: ids, titles, dates, precision and lanes (by label and order). */
function essentials(doc: TimelineDocument) {
	const lanes = new Map(doc.tags.map((tag) => [tag.id, tag.label]));
	return {
		title: doc.title,
		events: doc.events.map((event) => ({
			id: event.id,
			title: event.title,
			start: event.date.start,
			end: event.date.end,
			precision: event.date.precision,
			approximate: event.date.approximate,
			lane: event.tags[0],
			laneLabel: lanes.get(event.tags[0])
		})),
		tags: doc.tags,
		periods: doc.periods.map(({ label, start, end }) => ({ label, start, end }))
	};
}

describe('toTimelineJsDate', () => {
	it('writes only the parts the precision has', () => {
		expect(toTimelineJsDate('2016')).toEqual({ year: 2016 });
		expect(toTimelineJsDate('2016-08')).toEqual({ year: 2016, month: 8 });
		expect(toTimelineJsDate('0800-01-02')).toEqual({ year: 800, month: 1, day: 2 });
	});
});

describe('exporting Sourceline documents as TimelineJS JSON', () => {
	const doc = load(fixture('sourceline-basic.json'), 'sourceline-basic.json');
	const data = toTimelineJs(doc);

	it('writes a title slide, events and eras', () => {
		expect(data.title).toEqual({ text: { headline: 'Harbor Bridge, from the reporting', text: '' } });
		expect(data.events).toHaveLength(3);
		expect(data.eras).toEqual([
			{
				start_date: { year: 2018, month: 5 },
				end_date: { year: 2021, month: 11 },
				text: { headline: 'Construction', text: '' }
			}
		]);
	});

	it('writes start and end dates at their precision, and the date as Sourceline shows it', () => {
		const [expected, study, construction] = data.events;
		expect(study).toMatchObject({
			unique_id: 'study-recommends-cable-stays',
			start_date: { year: 2016, month: 8, day: 24 }
		});
		expect(study.end_date).toBeUndefined();
		expect(study.display_date).toBe('24 Aug 2016');
		expect(expected).toMatchObject({
			start_date: { year: 2015, month: 3 },
			end_date: { year: 2015, month: 5 },
			display_date: 'spring 2015'
		});
		expect(construction).toMatchObject({
			start_date: { year: 2018, month: 5 },
			end_date: { year: 2021, month: 11, day: 20 }
		});
	});

	it('writes the lane label as group', () => {
		expect(data.events.map((event) => event.group)).toEqual(['Council', 'Construction', 'Construction']);
	});

	it('writes the summary and each excerpt, cited and linked, as escaped HTML', () => {
		expect(data.events[1].text.text).toBe(
			'<p>The engineers&#39; report recommends a cable-stayed bridge costing $310 million.</p>' +
				'<blockquote><p>The engineers&#39; report, released on Wednesday, recommends a cable-stayed design.</p></blockquote>' +
				'<p>— <cite><a href="https://example.org/courier/2016/08/25/bridge-study">Study backs cable-stayed bridge, Riverside Courier, Dana Whitfield</a></cite></p>'
		);
		expect(data.events[1].media).toEqual({
			url: 'https://example.org/courier/2016/08/25/bridge-study',
			credit: 'Riverside Courier',
			caption: 'the engineers&#39; report'
		});
		expect(data.events[2].media).toBeUndefined();
	});

	it('escapes titles so they stay text', () => {
		const hostile = { ...doc, title: '<b>A & B</b>', events: [{ ...doc.events[0], title: '<script>x</script>' }] };
		const out = toTimelineJs(hostile);
		expect(out.title.text.headline).toBe('&#60;b&#62;A &#38; B&#60;/b&#62;');
		expect(out.events[0].text.headline).not.toContain('<');
	});

	it('leaves out group when every event is in the default lane', () => {
		const tljs = load(fixture('tljs-basic.json'), 'tljs-basic.json');
		expect(toTimelineJs(tljs).events.every((event) => event.group === undefined)).toBe(true);
	});

	it('imports back as a valid document, seasons becoming month spans', () => {
		const again = load(exportTimelineJsJson(doc), 'export.json');
		expect(again.events.map((event) => [event.id, event.date.start, event.date.end, event.date.precision])).toEqual([
			['council-expected-suspension', '2015-03', '2015-05', 'span'],
			['study-recommends-cable-stays', '2016-08-24', '2016-08-24', 'day'],
			['construction', '2018-05', '2021-11-20', 'span']
		]);
		expect(again.tags.map((tag) => tag.label)).toEqual(['Council', 'Construction']);
	});
});

describe('round trips', () => {
	it.each(['tljs-basic.json', 'tljs-eras-groups.json', 'sheet.csv', 'sheet-start-date.csv', 'hostile.json'])(
		'%s → import → TimelineJS export → import keeps ids, titles, dates, precision and lanes',
		(name) => {
			const first = load(fixture(name), name);
			const second = load(exportTimelineJsJson(first), 'exported.json');
			expect(essentials(second)).toEqual(essentials(first));
			const third = load(exportTimelineJsJson(second), 'exported-again.json');
			expect(third).toEqual(second);
		}
	);
});
