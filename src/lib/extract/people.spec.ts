import { describe, expect, it } from 'vitest';
import { findPeople } from './people';

describe('findPeople', () => {
	it.each([
		['Arron Banks and Andy Wigmore were prominent figures in the 2016 campaign.', ['Arron Banks', 'Andy Wigmore']],
		// titles, places and nationalities are cut away
		[
			'In April 2008, then Mississippi Governor Haley Barbour welcomed Russian Federation Senator Mikhail Margelov to Jackson.',
			['Haley Barbour', 'Mikhail Margelov']
		],
		['Indiana University computer scientist, L. Jean Camp, told reporters.', ['L. Jean Camp']],
		['President Donald J. Trump spoke at Trump Tower in New York City.', ['Donald J. Trump']],
		['a company part-owned by Russian President Vladimir Putin’s former deputy', ['Vladimir Putin']],
		['Written By: Tommy Lightfoot Garrett', ['Tommy Lightfoot Garrett']],
		// organisations, places and sentence openers are not people
		['The Republican National Committee met the European Union in Las Vegas.', []],
		['Alfa Bank and the Sunday Times in the United States.', []],
		['However, Alfa Bank also came to the notice of the media.', []]
	])('finds the people in %j', (sentence, expected) => {
		expect(findPeople(sentence)).toEqual(expected);
	});

	it('finds known people by surname, but not a namesake with another first name', () => {
		const known = ['Nigel Farage', 'Arron Banks', 'Phil Bryant'];
		expect(findPeople('Farage spoke at the event with Banks.', known).sort()).toEqual(['Arron Banks', 'Nigel Farage']);
		expect(findPeople('Jonathan Banks was listed as a director.', known)).toEqual(['Jonathan Banks']);
		expect(findPeople('Andy is in the US with Gov. Bryant.', known)).toEqual(['Phil Bryant']);
	});

	it('prefers a known full name to a partial one found by shape', () => {
		expect(findPeople('Nigel Farage met Governor Phil Bryant.', ['Nigel Farage', 'Phil Bryant'])).toEqual([
			'Nigel Farage',
			'Phil Bryant'
		]);
	});
});
