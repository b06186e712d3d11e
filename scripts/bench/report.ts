/** The bench's tables: figures per size against the targets, the peer's ratio and the CPU profile's hot spots. */
import { hotSpots, type SourceMapper } from './profile';
import { kb, ms, table } from './stats';
import type { PeerResult, Profiles, SizeResult } from './measure';
import { FRAME_JITTER_MS, TARGETS } from './options';

/** Sourceline's load beside the peer's, and the ratio of their medians against the target. */
export function printPeer(ours: SizeResult, peer: PeerResult): string[] {
	const figures = (s: { median: number; min: number; max: number }) =>
		`${ms(s.median)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
	const ratio = ours.load.navigationToDrawnMs.median / peer.navigationToDrawnMs.median;
	const ok = ratio <= TARGETS.peerRatio;
	console.log(`
== load against ${peer.name}, ${peer.size.toLocaleString('en-GB')} events, same document ==`);
	console.log(
		table([
			['', 'navigation → drawn, median (lowest–highest)', 'data arrived → drawn', 'drawn at full view'],
			[
				'Sourceline',
				figures(ours.load.navigationToDrawnMs),
				figures(ours.load.dataToDrawnMs),
				`${ours.drawn.events} events, ${ours.drawn.clusters} clusters, ${ours.drawn.domElements} elements`
			],
			[
				peer.name,
				figures(peer.navigationToDrawnMs),
				figures(peer.dataToDrawnMs),
				`${peer.drawn.events} items, ${peer.drawn.clusters} clusters, ${peer.drawn.domElements} elements`
			]
		])
	);
	console.log(
		`ratio Sourceline / ${peer.name}: ${ratio.toFixed(2)}× (target ≤ ${TARGETS.peerRatio.toFixed(2)}×): ${verdict(ok)}`
	);
	return ok ? [] : [`navigation → drawn ${ratio.toFixed(2)}× ${peer.name}'s`];
}

export const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

export function printSize(result: SizeResult): string[] {
	const targeted = result.size === TARGETS.size;
	const { load, frames } = result;
	const failures: string[] = [];
	const check = (ok: boolean, what: string) => {
		if (!targeted) return '';
		if (!ok) failures.push(`${result.size.toLocaleString('en-GB')} events: ${what}`);
		return verdict(ok);
	};
	console.log(`\n== ${result.size.toLocaleString('en-GB')} events ==`);
	const dataOk = load.dataToDrawnMs.median <= TARGETS.dataToDrawn;
	const spreadOf = (s: { median: number; min: number; max: number }) =>
		load.runs > 1 ? `${ms(s.median)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : ms(s.median);
	const p95Ok = frames.all.p95 <= TARGETS.p95 + FRAME_JITTER_MS;
	const over50Ok = frames.all.over50 <= TARGETS.over50;
	console.log(
		table([
			['measure', 'value', 'target', ''],
			[`cold loads`, `${load.runs}: median (lowest–highest)`, '', ''],
			['navigation → drawn', spreadOf(load.navigationToDrawnMs), '', ''],
			['data arrived (responseEnd)', spreadOf(load.dataArrivedMs), '', ''],
			[
				'data arrived → drawn',
				spreadOf(load.dataToDrawnMs),
				targeted ? `≤ ${TARGETS.dataToDrawn} ms` : '',
				check(dataOk, `drawn ${ms(load.dataToDrawnMs.median)} after the data arrived (median)`)
			],
			['data size', kb(load.dataBytes ?? 0), '', ''],
			[
				'drawn at full view',
				`${result.drawn.events} events, ${result.drawn.clusters} clusters, ${result.drawn.domElements} elements`,
				'',
				''
			],
			['JS heap after load (after GC)', kb(result.heap.usedBytes), '', ''],
			[
				'frame p95 (all interactions)',
				ms(frames.all.p95),
				targeted ? `≤ ${TARGETS.p95} ms` : '',
				check(p95Ok, `p95 frame ${ms(frames.all.p95)}`)
			],
			[
				'frames over 50 ms',
				`${frames.all.over50} of ${frames.all.frames}`,
				targeted ? '0' : '',
				check(over50Ok, `${frames.all.over50} frames over 50 ms (max ${ms(frames.all.max)})`)
			]
		])
	);
	console.log('');
	console.log(
		table([
			['interaction', 'frames', 'median', 'p95', 'max', '> 50 ms'],
			...Object.entries({ ...frames.phases, 'all interactions': frames.all }).map(([name, s]) => [
				name,
				String(s.frames),
				ms(s.median),
				ms(s.p95),
				ms(s.max),
				String(s.over50)
			])
		])
	);
	for (const [when, summary] of Object.entries(result.longFrames)) {
		if (!summary.count) continue;
		console.log(
			`\nlong animation frames during ${when}: ${summary.count}, longest ${ms(summary.max)}; scripts by time:`
		);
		for (const script of summary.topScripts) {
			console.log(`  ${ms(script.duration).padStart(10)}  ×${script.count}  ${script.script}`);
		}
	}
	if (result.problems.length) console.log(`\npage reported:\n  ${result.problems.slice(0, 5).join('\n  ')}`);
	return failures;
}

export function printHotSpots(size: number, profiles: Profiles, mapper: SourceMapper) {
	const out: Record<string, ReturnType<typeof hotSpots>> = {};
	for (const [when, profile] of Object.entries(profiles)) {
		if (!profile) {
			console.log(`\n(no CPU profile of the ${when}: the renderer changed under the profiler)`);
			continue;
		}
		const result = hotSpots(profile, mapper);
		out[when] = { ...result, spots: result.spots.sort((a, b) => b.totalMs - a.totalMs).slice(0, 40) };
		console.log(
			`\n== CPU profile, ${size.toLocaleString('en-GB')} events, ${when}: ${ms(result.busyMs)} busy, ${ms(result.gcMs)} in GC ==`
		);
		// Self time finds the leaf work (often the framework's); total time over the app's own code says whose it is.
		const views = [
			['self time, everything', 'selfMs', () => true],
			['total time, the app’s own code (src/)', 'totalMs', (where: string) => where.startsWith('src/')]
		] as const;
		for (const [title, key, keep] of views) {
			const top = result.spots
				.filter((spot) => keep(spot.where))
				.sort((a, b) => b[key] - a[key])
				.slice(0, 16);
			console.log(`\nby ${title}:`);
			console.log(
				table([
					['self', 'total', 'where', 'code'],
					...top.map((spot) => [ms(spot.selfMs), ms(spot.totalMs), spot.where, spot.code])
				])
			);
		}
	}
	return out;
}
