import { describe, expect, it } from 'vitest';
import { dateProblems } from '../dates/event-dates';
import { isReport, publicationWindow } from './reported';

describe('isReport', () => {
	it.each([
		'Apple has released an application that limits the volume of its iPods.',
		'Jobs said that Apple has 109 retail stores, with one million visitors per week.',
		'Apple CEO Steve Jobs unveiled the device by walking onto the stage.',
		'"We love the Beatles," said Apple Inc. CEO Steve Jobs.',
		'He left current chief operating officer Timothy D. Cook in charge of operations.'
	])('takes a report of something done or said: %s', (sentence) => {
		expect(isReport(sentence)).toBe(true);
	});

	it.each([
		'The update will also be available to iPod Touch users next year.',
		'Will Apple ever open a store in Lesotho?',
		'The phone has two cameras on the front and the back of it.',
		'"Stop me if you have already seen this."',
		'Apple should have fixed this long ago, critics say nothing.',
		'Apple unveils iPod nano',
		'It is only 9.3 millimetres thick.'
	])('leaves out future, questions, descriptions, quotations, opinion, headings: %s', (sentence) => {
		expect(isReport(sentence)).toBe(false);
	});
});

describe('publicationWindow', () => {
	it('is the week ending on the publication date, approximate and sound', () => {
		const date = publicationWindow('2010-06-08');
		expect(date).toMatchObject({ start: '2010-06-01', end: '2010-06-08', precision: 'span', approximate: true });
		expect(dateProblems(date)).toEqual([]);
	});
});
