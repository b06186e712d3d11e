/**
 * Hot spots from a V8 CPU profile (CDP `Profiler`), mapped back to the original sources through the build's source
 * maps so the names are `Timeline.svelte:72` rather than `2.ClXx.js:1:39904`. Used by `npm run bench -- --profile`.
 * The VLQ decoder is here (a few lines) so the bench needs no extra dependency.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CpuProfile {
	nodes: {
		id: number;
		callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
		parent?: number;
		children?: number[];
	}[];
	startTime: number;
	endTime: number;
	samples?: number[];
	timeDeltas?: number[];
}

interface SourceMap {
	sources: string[];
	sourcesContent?: (string | null)[];
	names: string[];
	mappings: string;
}

/** Per generated line, segments [column, source, line, column, name?], sorted by column. */
type Decoded = number[][][];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeMappings(mappings: string): Decoded {
	const lines: Decoded = [];
	const state = [0, 0, 0, 0, 0];
	for (const line of mappings.split(';')) {
		state[0] = 0;
		const segments: number[][] = [];
		for (const text of line.split(',')) {
			if (!text) continue;
			const fields: number[] = [];
			let value = 0;
			let shift = 0;
			for (const char of text) {
				const digit = BASE64.indexOf(char);
				value += (digit & 31) << shift;
				if (digit & 32) shift += 5;
				else {
					fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
					value = 0;
					shift = 0;
				}
			}
			for (let i = 0; i < fields.length; i++) state[i] += fields[i];
			segments.push(state.slice(0, fields.length));
		}
		lines.push(segments);
	}
	return lines;
}

/** Maps generated positions of the files under `siteDir` (served at `origin`) to original source positions. */
export class SourceMapper {
	#maps = new Map<string, { map: SourceMap; decoded: Decoded } | null>();
	constructor(
		private siteDir: string,
		private origin: string
	) {}

	#load(url: string) {
		if (!this.#maps.has(url)) {
			const path = url.startsWith(this.origin) ? join(this.siteDir, new URL(url).pathname) : '';
			const mapPath = `${path}.map`;
			if (!path || !existsSync(mapPath)) this.#maps.set(url, null);
			else {
				const map = JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMap;
				this.#maps.set(url, { map, decoded: decodeMappings(map.mappings) });
			}
		}
		return this.#maps.get(url) ?? null;
	}

	/** `source:line` of a 0-based generated position, with the original line's text; null when unmapped. */
	lookup(url: string, line: number, column: number): { where: string; text: string } | null {
		const loaded = this.#load(url);
		const segments = loaded?.decoded[line];
		if (!loaded || !segments?.length) return null;
		let found: number[] | undefined;
		for (const segment of segments) {
			if (segment[0] > column) break;
			found = segment;
		}
		if (!found || found.length < 4) return null;
		const source = loaded.map.sources[found[1]].replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
		const text = loaded.map.sourcesContent?.[found[1]]?.split('\n')[found[2]]?.trim().slice(0, 70) ?? '';
		return { where: `${source}:${found[2] + 1}`, text };
	}
}

export interface HotSpot {
	where: string;
	code: string;
	selfMs: number;
	totalMs: number;
}

/** Self and total (inclusive) time per original function, busiest first; idle and program time left out. */
export function hotSpots(
	profile: CpuProfile,
	mapper: SourceMapper
): { spots: HotSpot[]; busyMs: number; gcMs: number } {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parents = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
	const keys = new Map<number, { where: string; code: string }>();
	for (const node of profile.nodes) {
		const { functionName, url, lineNumber, columnNumber } = node.callFrame;
		const mapped = url ? mapper.lookup(url, lineNumber, columnNumber) : null;
		const where =
			mapped?.where ?? (url ? `${url.replace(/^https?:\/\/[^/]+/, '')}:${lineNumber + 1}:${columnNumber + 1}` : '');
		keys.set(node.id, { where: where || `(${functionName || 'native'})`, code: mapped?.text ?? functionName });
	}
	const spots = new Map<string, HotSpot>();
	let busyMs = 0;
	let gcMs = 0;
	const samples = profile.samples ?? [];
	const deltas = profile.timeDeltas ?? [];
	for (let i = 0; i < samples.length; i++) {
		// A sample's time is the gap to the next one.
		const ms = (deltas[i + 1] ?? 0) / 1000;
		const leaf = byId.get(samples[i]);
		const name = leaf?.callFrame.functionName;
		if (!leaf || name === '(idle)' || name === '(program)' || name === '(root)') continue;
		if (name === '(garbage collector)') gcMs += ms;
		busyMs += ms;
		const seen = new Set<string>();
		for (let id: number | undefined = leaf.id; id !== undefined; id = parents.get(id)) {
			const key = keys.get(id)!;
			const spot = spots.get(key.where) ?? { where: key.where, code: key.code, selfMs: 0, totalMs: 0 };
			if (id === leaf.id) spot.selfMs += ms;
			if (!seen.has(key.where)) spot.totalMs += ms;
			seen.add(key.where);
			spots.set(key.where, spot);
		}
	}
	spots.delete('((root))');
	return { spots: [...spots.values()], busyMs, gcMs };
}

/** Which package (`node_modules/<name>`) or app folder a mapped source belongs to. */
function sourceGroup(source: string): string {
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
	if (pkg) return pkg[1];
	const app = /(src\/(?:lib\/)?[^/]+)/.exec(source);
	return app ? app[1] : source.replace(/^(\.\.\/)+/, '');
}

/**
 * What the given built JS files are made of: minified bytes per package or app folder, with the gzip size of each
 * group's bytes compressed on their own (a fair guide to its share, though not additive to the exact total).
 */
export function bundleComposition(
	siteDir: string,
	paths: string[],
	gzip: (text: string) => number,
	groupOf: (source: string) => string = sourceGroup
): { group: string; raw: number; gzip: number }[] {
	const parts = new Map<string, string[]>();
	for (const path of paths) {
		const file = join(siteDir, path);
		if (!existsSync(`${file}.map`)) continue;
		const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMap;
		const lines = readFileSync(file, 'utf8').split('\n');
		decodeMappings(map.mappings).forEach((segments, line) => {
			const text = lines[line] ?? '';
			segments.forEach((segment, i) => {
				const end = segments[i + 1]?.[0] ?? text.length;
				const group = segment.length >= 4 ? groupOf(map.sources[segment[1]]) : '(unmapped)';
				const list = parts.get(group) ?? [];
				list.push(text.slice(segment[0], end));
				parts.set(group, list);
			});
		});
	}
	return [...parts.entries()]
		.map(([group, slices]) => {
			const text = slices.join('');
			return { group, raw: Buffer.byteLength(text), gzip: gzip(text) };
		})
		.sort((a, b) => b.raw - a.raw);
}
