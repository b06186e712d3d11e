import { describe, expect, it } from 'vitest';
import { historyStep, parseViewParams, serializeViewParams, viewChange } from './url-params';

const parse = (query: string) => parseViewParams(new URLSearchParams(query));

describe('view parameters in the URL', () => {
	it('reads the selection, window, search and filters', () => {
		const { params, errors } = parse(
			'event=mississippi-rally&from=2016-08-01&to=2016-08-31&q=Farage&person=Arron+Banks&tag=lesotho'
		);
		expect(errors).toEqual([]);
		expect(params.event).toBe('mississippi-rally');
		expect(params.window).toEqual([Date.UTC(2016, 7, 1), Date.UTC(2016, 8, 1)]);
		expect(params.query).toBe('Farage');
		expect(params.people).toEqual(['Arron Banks']);
		expect(params.tags).toEqual(['lesotho']);
	});

	it('round-trips through serialize', () => {
		const { params } = parse('event=a&from=2014-06-01&to=2014-06-30&q=king&source=x&source=y');
		expect(parse(serializeViewParams(params).toString()).params).toEqual(params);
	});

	it('keeps the personal timeline a link names', () => {
		const { params } = parse('timeline=mb3k1x0a9z&event=a');
		expect(params.timeline).toBe('mb3k1x0a9z');
		expect(serializeViewParams(params).toString()).toBe('timeline=mb3k1x0a9z&event=a');
	});

	it.each([
		['from=2016-13-01&to=2016-12-01', /"from".*no month 13/],
		['from=2016-02-30&to=2016-03-01', /not a real day/],
		['from=yesterday&to=2016-01-01', /"from" should be a date like 2016-08-24, not "yesterday"/],
		['from=2016-05-01', /"to" is missing/],
		['from=2016-05-01&to=2016-04-01', /not after "from"/]
	])('drops a bad window %s and says why', (query, message) => {
		const { params, errors } = parse(query);
		expect(params.window).toBeNull();
		expect(errors.join(' ')).toMatch(message);
	});
});

describe('history steps', () => {
	const view = (query: string) => parse(query).params;

	it('names what changed, a selection before a filter before a search before the window', () => {
		expect(viewChange(view('from=2016-01-01&to=2016-12-31'), view('from=2016-01-01&to=2016-12-31'))).toBe('none');
		expect(viewChange(view('from=2016-01-01&to=2016-12-31'), view('from=2016-02-01&to=2016-12-31'))).toBe('window');
		expect(viewChange(view('q=king'), view('q=kings'))).toBe('query');
		expect(viewChange(view('q=king'), view('q=king&tag=lesotho'))).toBe('filters');
		expect(viewChange(view('person=A&person=B'), view('person=B&person=A'))).toBe('filters');
		expect(viewChange(view('tag=lesotho'), view('event=x'))).toBe('selection');
	});

	it('pushes a filter or a search, replaces for a moved window or a search still being typed', () => {
		expect(historyStep('filters', -Infinity, 1000)).toBe('push');
		expect(historyStep('query', -Infinity, 1000)).toBe('push');
		expect(historyStep('query', 500, 1000)).toBe('replace');
		expect(historyStep('query', 500, 5000)).toBe('push');
		expect(historyStep('filters', 500, 1000)).toBe('push');
		expect(historyStep('window', -Infinity, 1000)).toBe('replace');
		expect(historyStep('none', -Infinity, 1000)).toBe('none');
	});
});
