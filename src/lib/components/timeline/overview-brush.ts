/** The overview's d3-brush: attached to a layer of the strip's SVG, reporting only the reader's own moves. */
import { brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';

export interface OverviewBrush {
	/** Moves the box to `[x0, x1]` (pixels); the reader's own moves are the only ones reported. */
	move(pixels: [number, number]): void;
	/** Takes the brush's listeners off its layer. */
	detach(): void;
}

/**
 * Attaches a horizontal brush, `width` by `height` px, to `layer`. `onbrush` hears each move the reader makes:
 * the box in pixels, or null when a click cleared it.
 */
export function attachBrush(
	layer: SVGGElement,
	width: number,
	height: number,
	onbrush: (pixels: [number, number] | null) => void
): OverviewBrush {
	const group = select(layer);
	const brush = brushX<unknown>()
		.extent([
			[0, 0],
			[width, height]
		])
		.on('brush end', (event: D3BrushEvent<unknown>) => {
			if (event.sourceEvent) onbrush(event.selection as [number, number] | null);
		});
	group.call(brush);
	return {
		move: (pixels) => group.call(brush.move, pixels),
		detach: () => group.on('.brush', null)
	};
}
