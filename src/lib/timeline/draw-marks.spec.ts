import { describe, expect, it } from 'vitest';
import { drawMarks, fitLabel, type EventStyle, type MarkContext, type MarkPalette } from './draw-marks';
import type { ClusterMarkView, EventMarkView } from './mark-view';

const palette: MarkPalette = {
	surface: 'white',
	text: 'black',
	accent: 'blue',
	band: 'lightblue',
	bandEdge: 'steelblue',
	span: 'navy',
	selected: 'orange',
	selectedRing: 'gold',
	cluster: 'lavender',
	clusterEdge: 'purple',
	clusterText: 'indigo',
	mark: 'yellow',
	font: '12.8px sans-serif'
};

/** A stand-in context that records what was drawn, with the fill colour and opacity at the time. */
function recorder() {
	const calls: { op: string; args: unknown[]; fill: string; alpha: number; font: string }[] = [];
	const ctx = {
		fillStyle: '',
		strokeStyle: '',
		lineWidth: 1,
		font: '',
		globalAlpha: 1,
		textBaseline: 'alphabetic',
		textAlign: 'start'
	} as unknown as MarkContext;
	for (const op of [
		'beginPath',
		'moveTo',
		'roundRect',
		'arc',
		'fill',
		'stroke',
		'fillText',
		'setLineDash',
		'clearRect',
		'fillRect'
	]) {
		(ctx as unknown as Record<string, unknown>)[op] = (...args: unknown[]) =>
			calls.push({ op, args, fill: String(ctx.fillStyle), alpha: ctx.globalAlpha, font: ctx.font });
	}
	return { ctx, calls };
}

const point: EventMarkView = {
	kind: 'event',
	id: 'a',
	left: 94,
	top: 40,
	width: 200,
	band: null,
	dot: 0,
	label: { left: 16, maxWidth: 194, pinned: false }
};
const style = (overrides: Partial<EventStyle> = {}): EventStyle => ({
	title: 'Banks meets the ambassador',
	approximate: false,
	span: false,
	selected: false,
	matches: null,
	...overrides
});

describe('fitLabel', () => {
	it('keeps a label that fits and cuts one that does not, with an ellipsis', () => {
		expect(fitLabel('Short', 100)).toBe('Short');
		expect(fitLabel('A much longer title than fits', 76)).toBe('A much lo…');
		expect(fitLabel('Anything', 6)).toBe('');
	});
});

describe('drawMarks', () => {
	it('draws a day as a dot at its marker with its title beside it', () => {
		const { ctx, calls } = recorder();
		drawMarks(ctx, [point], () => style(), [], palette);
		// Accent ring, surface border, accent fill, all centred on the marker.
		expect(calls.filter((c) => c.op === 'arc').map((c) => c.args.slice(0, 3))).toEqual([
			[100, 51, 7],
			[100, 51, 6],
			[100, 51, 4]
		]);
		expect(calls.filter((c) => c.op === 'fill').map((c) => c.fill)).toEqual(['blue', 'white', 'blue']);
		expect(calls.find((c) => c.op === 'fillText')?.args.slice(0, 2)).toEqual(['Banks meets the ambassador', 113]);
		expect(calls.some((c) => c.op === 'roundRect')).toBe(false);
	});

	it('draws a band for a month, dims what the search leaves out, and marks the selection', () => {
		const { ctx, calls } = recorder();
		const band = { ...point, band: { left: 0, width: 120 }, dot: 54 };
		drawMarks(ctx, [band], () => style({ matches: false, selected: true }), [], palette);
		expect(calls.find((c) => c.op === 'roundRect')?.args).toEqual([94, 47, 120, 8, 4]);
		expect(calls.filter((c) => c.op === 'fill').every((c) => c.alpha === 0.28)).toBe(true);
		expect(calls.filter((c) => c.op === 'fill').map((c) => c.fill)).toEqual(['lightblue', 'gold', 'white', 'orange']);
	});

	it('draws an approximate date as a hollow circle', () => {
		const { ctx, calls } = recorder();
		drawMarks(ctx, [point], () => style({ approximate: true }), [], palette);
		expect(calls.filter((c) => c.op === 'fill').map((c) => c.fill)).toEqual(['blue', 'white']);
	});

	it('draws a cluster as a badge with its count, or matching/count while searching', () => {
		const cluster: ClusterMarkView = {
			kind: 'cluster',
			key: 'a:1',
			left: 10,
			top: 0,
			width: 40,
			count: 12,
			ids: [],
			start: 0,
			end: 1
		};
		const { ctx, calls } = recorder();
		drawMarks(
			ctx,
			[],
			() => undefined,
			[
				{ view: cluster, matching: null },
				{ view: cluster, matching: 3 }
			],
			palette
		);
		expect(calls.filter((c) => c.op === 'fillText').map((c) => c.args[0])).toEqual(['12', '3/12']);
	});

	it('draws many events layer by layer: one fill per colour, each circle a sub-path of its own', () => {
		const { ctx, calls } = recorder();
		const events = Array.from({ length: 50 }, (_, i) => ({ ...point, id: `e${i}`, left: i * 300 }));
		drawMarks(ctx, events, () => style(), [], palette);
		expect(calls.filter((c) => c.op === 'fill').map((c) => c.fill)).toEqual(['blue', 'white', 'blue']);
		expect(calls.filter((c) => c.op === 'arc')).toHaveLength(150);
		// Each arc starts a sub-path at its own rim, so no line joins one circle to the next.
		calls.forEach((call, i) => {
			if (call.op !== 'arc') return;
			const [cx, cy, radius] = call.args as number[];
			expect(calls[i - 1]).toMatchObject({ op: 'moveTo', args: [cx + radius, cy] });
		});
		expect(calls.filter((c) => c.op === 'fillText')).toHaveLength(50);
	});

	it('keeps each event’s own look when drawn with others: dimmed, selected, approximate and pinned', () => {
		const { ctx, calls } = recorder();
		const styles: Record<string, EventStyle> = {
			dim: style({ matches: false }),
			picked: style({ selected: true, matches: true }),
			rough: style({ approximate: true, matches: true })
		};
		const events = Object.keys(styles).map((id, i) => ({ ...point, id, left: i * 300 }));
		drawMarks(ctx, events, (id) => styles[id], [], palette);
		const fills = calls.filter((c) => c.op === 'fill').map((c) => [c.fill, c.alpha]);
		expect(fills).toEqual([
			['blue', 0.28],
			['white', 0.28],
			['blue', 0.28],
			['gold', 1],
			['blue', 1],
			['white', 1],
			['orange', 1]
		]);
		// The search highlight behind matching labels, full strength; the surface behind the others.
		const backdrops = calls.filter((c) => c.op === 'fillRect').map((c) => [c.fill, c.alpha]);
		expect(backdrops).toEqual([
			['white', 0.28 * 0.82],
			['yellow', 1],
			['yellow', 1]
		]);
		// Bold for the selection, italic for a label pinned inside a band whose marker is off screen.
		const pinned = { ...point, id: 'pinned', left: 900, label: { left: 16, maxWidth: 194, pinned: true } };
		const fonts = recorder();
		drawMarks(fonts.ctx, [...events, pinned], (id) => styles[id] ?? style(), [], palette);
		const fontOf = (x: number) => fonts.calls.find((c) => c.op === 'fillText' && c.args[1] === x)?.font;
		expect([fontOf(19), fontOf(319), fontOf(919)]).toEqual([
			'12.8px sans-serif',
			'700 12.8px sans-serif',
			'italic 12.8px sans-serif'
		]);
	});

	it('skips an event it knows nothing about', () => {
		const { ctx, calls } = recorder();
		drawMarks(ctx, [point], () => undefined, [], palette);
		expect(calls.filter((c) => c.op === 'arc')).toEqual([]);
	});
});
