import { describe, expect, it } from 'vitest';
import { translationCentring, translationShowing } from './show-event';
import { pxOf, zoomedScale } from './scale';

const base = { width: 1000, labelRoom: 210, labelWidth: 200, whole: true };

describe('translationShowing', () => {
	it('leaves the view where it is while the marker and its label are in view', () => {
		expect(translationShowing({ ...base, markerAtZero: 700, x: -200 })).toBe(-200);
	});

	it('moves a marker that is out of view to the middle, its label centred', () => {
		expect(translationShowing({ ...base, markerAtZero: 5000, x: 0 })).toBe(400 - 10 - 5000);
	});

	it('centres the label of a band, which starts after the band, keeping the marker in view', () => {
		const band = { ...base, labelRoom: 300, markerAtZero: 5000, x: 0 };
		expect(translationShowing(band)).toBe(400 - 100 - 5000);
		expect(translationShowing({ ...band, width: 358, labelWidth: 220, labelRoom: 320 })).toBe(16 - 5000);
	});

	it('moves when no side of the marker has the whole label’s room, only if the whole title is asked for', () => {
		const narrow = { ...base, width: 300, labelRoom: 250, labelWidth: 240, markerAtZero: 150, x: 0 };
		expect(translationShowing(narrow)).toBe(20 - 150);
		expect(translationShowing({ ...narrow, whole: false })).toBe(0);
	});
});

describe('translationCentring', () => {
	it('puts the time in the middle of the view', () => {
		const domain = [0, 1000] as const;
		const x = translationCentring(250, 2, domain, 500);
		expect(pxOf(zoomedScale(domain, 500, { k: 2, x }), 250)).toBe(250);
	});
});
