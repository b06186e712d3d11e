import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../extract/candidates';
import { newPersonalTimeline } from '../../store/personal-timeline';
import { applyPatch, rejectPatch } from '../../store/review';
import { highlights, reviewItems, type ReviewCandidate } from './review-items';

const TEXT = 'Acme opened a plant in March 2010. A year later it closed.\n\nIn 2014, on 3 May 2014, it reopened.';

describe('review items', () => {
	const candidates: ReviewCandidate[] = extractCandidates(TEXT, { sourceId: 'acme' });
	it('describes each date with its precision and what it leans on', () => {
		const items = reviewItems(candidates, newPersonalTimeline('T'));
		expect(items[0].dateLabel).toMatch(/Mar 2010 · month$/);
		expect(items[0].leansOn).toBeNull();
		const later = items.find((item) => item.passage.dateText === 'A year later');
		expect(later?.dateLabel).toMatch(/approximate/);
		expect(later?.leansOn).toBe('"March 2010", earlier in the text');
		expect(reviewItems([{ ...candidates[0], datedBy: 'publication' }], newPersonalTimeline('T'))[0].leansOn).toBe(
			'the publication date'
		);
	});

	it('highlights each passage once with all its dates, and leaves rejected ones out', () => {
		const timeline = newPersonalTimeline('T');
		const items = reviewItems(candidates, timeline);
		const shared = highlights(items).find((h) => TEXT.slice(h.index, h.end).startsWith('In 2014'));
		expect(shared?.labels.length).toBe(items.filter((i) => i.passage.sentence.startsWith('In 2014')).length);
		applyPatch(timeline, rejectPatch(items[0].passage, 'Background'));
		const after = reviewItems(candidates, timeline);
		expect(after[0].rejection?.reason).toBe('Background');
		expect(highlights(after).some((h) => h.index === items[0].passage.index)).toBe(false);
	});
});
