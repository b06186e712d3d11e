/**
 * The d3 the timeline's zoom runs on: d3-zoom, with d3-selection and d3-transition for its animated moves. None of
 * it draws anything, so it loads on the reader's first sign of intent (on-demand.ts); until then Timeline.svelte
 * sets the view's transform itself.
 */
import 'd3-transition';
export { zoom, zoomIdentity } from 'd3-zoom';
export { select } from 'd3-selection';
