import { describe, expect, it } from 'vitest';
import { acceptsZoomGesture, horizontalWheelPixels, isHorizontalWheel } from './zoom-input';

describe('wheel gestures', () => {
	it.each([
		[{ type: 'wheel', deltaX: 0, deltaY: 100 }, false, true],
		[{ type: 'wheel', deltaX: 80, deltaY: 5 }, true, false],
		[{ type: 'wheel', deltaX: 0, deltaY: 100, shiftKey: true }, true, false],
		[{ type: 'wheel', deltaX: 0, deltaY: -3, ctrlKey: true }, false, true],
		[{ type: 'mousedown', button: 0 }, false, true],
		[{ type: 'mousedown', button: 2 }, false, false],
		[{ type: 'mousedown', button: 0, ctrlKey: true }, false, false]
	])('%o: horizontal %s, zoom gesture %s', (event, horizontal, zoom) => {
		expect(isHorizontalWheel(event)).toBe(horizontal);
		expect(acceptsZoomGesture(event)).toBe(zoom);
	});

	it('pans by the dominant delta, shift turning a vertical wheel sideways', () => {
		expect(horizontalWheelPixels({ type: 'wheel', deltaX: 40, deltaY: 3 })).toBe(40);
		expect(horizontalWheelPixels({ type: 'wheel', deltaX: 0, deltaY: -120, shiftKey: true })).toBe(-120);
	});
});
