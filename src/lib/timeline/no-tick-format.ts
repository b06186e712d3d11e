/**
 * What d3-scale gets when it imports d3-time-format in the app's build (see vite.config.ts). d3-scale's time scales
 * make their default tick formatters as soon as a scale is created, and loading d3-time-format sets up its default
 * locale: about 9 KB (2.8 KB gzip) of the first page for labels Sourceline never shows, since ticks.ts writes its
 * own and `scale.tickFormat()` is never called. A formatter made here throws when used, so a future call fails loudly
 * instead of quietly mislabelling.
 */
function unavailable(specifier: string): (date: Date) => string {
	return () => {
		throw new Error(
			`d3-time-format is left out of the app's build, so a d3 time scale cannot format "${specifier}": ` +
				'label dates with src/lib/timeline/ticks.ts or date-fns instead of scale.tickFormat().'
		);
	};
}

export const timeFormat = unavailable;
export const utcFormat = unavailable;
