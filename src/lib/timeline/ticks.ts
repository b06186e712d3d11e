/**
 * Axis ticks for the visible window: one row of major ticks at the finest calendar level whose labels fit, and a
 * context row underneath naming the year or month those ticks belong to.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { MONTH_ABBREVIATIONS, utcYearLabel } from '../dates/event-dates';
import { labelWidth } from './label-width';

export { labelWidth } from './label-width';

export type TickLevel = 'decade' | 'half-decade' | 'year' | 'quarter' | 'month' | 'week' | 'day';

export interface Tick {
	/** The instant the tick marks, ms (for the left-edge context tick: the start of the unit, left of the view). */
	value: number;
	/** Position in px within 0..width. */
	x: number;
	label: string;
}

export interface TickSet {
	level: TickLevel;
	major: Tick[];
	context: Tick[];
}

export interface TickOptions {
	/** Whether a context row is drawn; without it, labels carry their own year ("Aug 2016", "Q3 2016"). */
	contextRow?: boolean;
}

const DAY = 86_400_000;

// Tick labels are a few fixed English patterns, built from the date model's month names and the UTC calendar
// fields: cheaper on every zoom frame than a general formatter, and no formatting library on the first page for them.
const formatYear = utcYearLabel;
const formatMonth = (date: Date) => MONTH_ABBREVIATIONS[date.getUTCMonth()];
const formatMonthYear = (date: Date) => `${formatMonth(date)} ${formatYear(date)}`;
const formatDay = (date: Date) => String(date.getUTCDate());
const formatDayMonth = (date: Date) => `${formatDay(date)} ${formatMonth(date)}`;

const quarterOf = (date: Date) => `Q${Math.floor(date.getUTCMonth() / 3) + 1}`;

interface ContextSpec {
	interval: TimeInterval;
	label: (date: Date) => string;
}

interface LevelSpec {
	level: TickLevel;
	interval: TimeInterval;
	/**
	 * The shortest this step can be. Spacing is judged from it rather than from the ticks in view, so the level does
	 * not flip while panning across a February or a leap year.
	 */
	minStepMs: number;
	label: (date: Date) => string;
	/** Label when there is no context row to say the year. */
	soloLabel: (date: Date) => string;
	context?: ContextSpec;
}

const yearContext: ContextSpec = { interval: utcYear, label: formatYear };
const monthContext: ContextSpec = { interval: utcMonth, label: formatMonthYear };

/** Finest first: the first level whose labels fit is the one chosen. */
const LEVELS: LevelSpec[] = [
	{
		level: 'day',
		interval: utcDay,
		minStepMs: DAY,
		label: formatDay,
		soloLabel: formatDayMonth,
		context: monthContext
	},
	{
		level: 'week',
		interval: utcMonday,
		minStepMs: 7 * DAY,
		label: formatDay,
		soloLabel: formatDayMonth,
		context: monthContext
	},
	{
		level: 'month',
		interval: utcMonth,
		minStepMs: 28 * DAY,
		label: formatMonth,
		soloLabel: formatMonthYear,
		context: yearContext
	},
	{
		level: 'quarter',
		interval: utcMonth.every(3)!,
		minStepMs: 90 * DAY,
		label: quarterOf,
		soloLabel: (date) => `${quarterOf(date)} ${formatYear(date)}`,
		context: yearContext
	},
	{ level: 'year', interval: utcYear, minStepMs: 365 * DAY, label: formatYear, soloLabel: formatYear },
	{
		level: 'half-decade',
		interval: utcYear.every(5)!,
		minStepMs: 1825 * DAY,
		label: formatYear,
		soloLabel: formatYear
	},
	{ level: 'decade', interval: utcYear.every(10)!, minStepMs: 3650 * DAY, label: formatYear, soloLabel: formatYear }
];

/** Steps tried, in decades, when even one tick a decade is too crowded (centuries of history in a narrow plot). */
const DECADE_MULTIPLES = [2, 5, 10, 20, 50, 100, 200, 500, 1000];

/** No label is narrower than two characters, so levels spaced tighter than this are skipped without building ticks. */
const NARROWEST_LABEL = labelWidth('00');

/** The ticks for a visible window: the finest level whose labels do not collide, and its context row. */
export function chooseTicks(domain: [number, number], width: number, options: TickOptions = {}): TickSet {
	const [d0, d1] = domain;
	if (!(d1 > d0) || !(width > 0)) return { level: 'day', major: [], context: [] };
	const withContext = options.contextRow ?? true;
	const pxPerMs = width / (d1 - d0);
	const toX = (ms: number) => (ms - d0) * pxPerMs;

	for (const spec of LEVELS) {
		const spacing = spec.minStepMs * pxPerMs;
		if (spacing < NARROWEST_LABEL) continue;
		const label = withContext && spec.context ? spec.label : spec.soloLabel;
		const major = makeTicks(spec.interval, d0, d1, toX, label);
		if (spacing >= widestLabel(major, label(spec.interval.floor(new Date(d0))))) {
			return { level: spec.level, major, context: withContext ? contextTicks(spec.context, d0, d1, toX) : [] };
		}
	}

	// Beyond a decade per label: thin the decades until they fit.
	const decade = LEVELS[LEVELS.length - 1];
	for (const multiple of DECADE_MULTIPLES) {
		const spacing = decade.minStepMs * multiple * pxPerMs;
		if (spacing < NARROWEST_LABEL) continue;
		const major = makeTicks(utcYear.every(10 * multiple)!, d0, d1, toX, formatYear);
		if (spacing >= widestLabel(major, formatYear(new Date(d0)))) return { level: 'decade', major, context: [] };
	}
	return { level: 'decade', major: [], context: [] };
}

function makeTicks(
	interval: TimeInterval,
	d0: number,
	d1: number,
	toX: (ms: number) => number,
	label: (date: Date) => string
): Tick[] {
	return interval.range(new Date(d0), new Date(d1)).map((date) => {
		const value = date.getTime();
		return { value, x: toX(value), label: label(date) };
	});
}

function widestLabel(ticks: Tick[], fallback: string): number {
	let widest = labelWidth(fallback);
	for (const tick of ticks) widest = Math.max(widest, labelWidth(tick.label));
	return widest;
}

function contextTicks(spec: ContextSpec | undefined, d0: number, d1: number, toX: (ms: number) => number): Tick[] {
	if (!spec) return [];
	const ticks = makeTicks(spec.interval, d0, d1, toX, spec.label);
	const unitStart = spec.interval.floor(new Date(d0));
	if (unitStart.getTime() < d0) {
		// Pin the unit holding the left edge at x = 0 so the reader always sees which year or month they are in.
		const edge: Tick = { value: unitStart.getTime(), x: 0, label: spec.label(unitStart) };
		const next = ticks[0];
		if (!next || labelWidth(edge.label) <= next.x) ticks.unshift(edge);
	}
	return ticks;
}
