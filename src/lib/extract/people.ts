/**
 * Naming the people in a sentence, for a reviewer to confirm: a heuristic, not a named-entity model. A person
 * is a run of two or three capitalised words ("Arron Banks", "L. Jean Camp", "Donald J. Trump") once titles,
 * places, nationalities, organisation words and sentence openers are cut out of it; names from a known list
 * (the people already in the timeline) are also found by surname alone ("Farage" → "Nigel Farage").
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Titles and roles that precede a name and are not part of it. */
const TITLES = words(`
	President Vice Governor Gov Lieutenant Senator Sen Representative Rep Congressman Congresswoman Lord Lady Sir Dame
	King Queen Prince Princess Mr Mrs Ms Dr Prof Professor Secretary Minister Prime Chancellor Ambassador General Gen
	Colonel Col Captain Deputy Chief Director Chairman Chairwoman Chair Executive Officer CEO Judge Justice Attorney
	Agent Investigative Journalist Editor Senior Former Then Mayor Leader Sheriff Pope Bishop Rev Father Saint St
	Candidate President-elect Assistant Spokesman Spokeswoman Founder Owner Oligarch Reporter Researcher
`);

/** Words that mark an organisation, a place or a thing rather than a person. */
const NOT_NAMES = words(`
	Bank Banking Group Party University College School Committee Council Department Agency Commission Embassy Tower
	House Office Papers Times News Post Journal Street Road Avenue City State States United Kingdom Union Republic
	Federation Government Corporation Company Corp Inc Ltd LLC Plc AG Fund Foundation Institute Centre Center
	Association Network Services Service Health Holding Holdings Partners Agreement Act Affairs Bureau Campaign
	Convention Congress Parliament Senate Assembly Court Club Team Trust Eyes War Cold Agenda Market Development
	Portfolio Electoral National International Central Federal Republican Republicans Democratic Democrats
	Independence European Western Northern Southern Eastern Middle Peninsula Ministry Army Navy Force Intelligence
	Security Secret White Mission Staff Award Excellence Transition Alternative Leave Brexit Obamacare Wikileaks
	Instagram Twitter Facebook Internet Gold Play Data Media Energy Oil Gas Pipeline Program Programme Application
	Management Meeting Nuclear Treaty Disclosure Lobbying Ethics Accounting Standards Information Tass Analytica
	Paradise Panama Panels Photographs Written Follow Courtesy Emails Social Publicly Lookups Jewellers Diamond
	Political Dolphins Inquiry Dossier Review Report Sunday Monday Tuesday Wednesday Thursday Friday Saturday
	January February March April May June July August September October November December
`);

const PLACES = words(`
	America Americas Britain England Scotland Wales Ireland Russia Ukraine Moscow London Washington New York Las Vegas
	Louis Mississippi Bristol Lesotho Africa African South North West East Kazakhstan Almaty Belarus Moldova India Korea
	Iran Qatar Syria Cyprus Netherlands Luxembourg Norway Sweden Germany France Europe Canada Australia Zealand China
	Japan Florida Pennsylvania Virginia Alexandria Jackson Lititz Belize Ecuador Crimea Caucasus Poland Texas
	California Brussels Paris Berlin Kremlin Cambridge Oxford Indiana Yazoo Natanz Qom Bushehr Novo Ogarevo Capitol
	Hill Riksdag Duma Jerusalem Israel Ohio Michigan DC Emirate Vegas Sea Gulf Asia Asian Middle Kiev Kyiv
`);

const DEMONYMS = words(`
	Russian Russians British Briton Britons American Americans English Ukrainian Canadian Iranian Swedish Swedes
	German French Norwegian Polish Syrian Soviet Arab Arabic Ecuadorian Korean Chinese Japanese Kazakh Israeli
	Belarusian Mississippian European Europeans Basotho Dutch Irish Scottish Welsh Australian Indian
`);

/** Words that open sentences or clauses and are capitalised only for that reason. */
const OPENERS = words(`
	The A An In On At By For From With After Before During When While Although But And Or As If It He She They We I
	His Her Their This That These Those There Then Now However According Meanwhile Yet Also Even So Of To Under Over
	Between Throughout Beginning Alongside Within Without Since Until Once Almost Back Sometimes Faced Flicking
	Visiting Less Another Aside Each Every Some Many Most Other Others Still Both Neither Either Where What Who Why How
	Our My Your Its Not No Yes Oddly Helpfully Apparently Extraordinarily Circumstantial Innovations Common Today
	Obviously Spy Parties Through Like Unlike Despite Following Among Instead Because Indeed Here Let Just Only
	Die Der Das La El
`);

const STOP = new Set([...TITLES, ...NOT_NAMES, ...PLACES, ...DEMONYMS, ...OPENERS]);

const TOKEN = /\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{Lu}\p{Ll}+)?|\p{Lu}\./gu;

/** Runs of capitalised words separated by single spaces. */
function capitalisedRuns(sentence: string): string[][] {
	const runs: string[][] = [];
	let current: string[] = [];
	let lastEnd = -1;
	for (const match of sentence.matchAll(TOKEN)) {
		const start = match.index!;
		const before = sentence[start - 1] ?? ' ';
		const after = sentence[start + match[0].length] ?? ' ';
		// Part of a longer token ("Leave.EU", "iPhone"): not a name.
		const glued = /[\p{L}\d.]/u.test(before) || (!match[0].endsWith('.') && /[\p{L}\d]/u.test(after));
		const contiguous = lastEnd >= 0 && /^[ \u00a0]$/.test(sentence.slice(lastEnd, start));
		if (!contiguous && current.length) {
			runs.push(current);
			current = [];
		}
		if (glued) {
			if (current.length) runs.push(current);
			current = [];
			lastEnd = -1;
			continue;
		}
		current.push(match[0]);
		lastEnd = start + match[0].length;
	}
	if (current.length) runs.push(current);
	return runs;
}

const clean = (word: string) => word.replace(/[’']s?$/, '').replace(/\.$/, '');
const isInitial = (word: string) => /^\p{Lu}\.$/u.test(word);

/** Names in a run once stop words cut it: sub-runs of two or three words that do not end in an initial. */
function namesInRun(run: string[]): string[] {
	const names: string[] = [];
	let part: string[] = [];
	const flush = () => {
		const full = part.filter((word) => !isInitial(word)).length;
		if (part.length <= 3 && full >= 2 && !isInitial(part[part.length - 1])) {
			names.push(part.map((word, i) => (i === part.length - 1 ? clean(word) : word)).join(' '));
		}
		part = [];
	};
	for (const word of run) {
		const bare = clean(word);
		if (STOP.has(bare) || (word.endsWith('.') && !isInitial(word))) {
			flush();
			continue;
		}
		part.push(word);
		// A possessive ends a name: "Putin’s former deputy".
		if (/[’']s?$/.test(word)) flush();
	}
	flush();
	return names;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface KnownName {
	person: string;
	full: RegExp;
	surname: string;
	bySurname: RegExp | null;
}

/** A finder for the people in sentences, with the known names compiled once for a whole text. */
export function peopleFinder(knownPeople: readonly string[] = []): (sentence: string) => string[] {
	const known: KnownName[] = knownPeople.map((person) => {
		const surname = person.split(/\s+/).pop()!;
		return {
			person,
			full: new RegExp(`(?<![\\p{L}])${escape(person)}(?![\\p{L}])`, 'u'),
			surname,
			// The surname alone, with the word before it, to tell "Arron Banks" from "Jonathan Banks".
			bySurname:
				surname.length < 3 || surname === person
					? null
					: new RegExp(`(?:(\\p{Lu}\\p{Ll}+)\\s+)?(?<![\\p{L}])${escape(surname)}(?![\\p{L}])`, 'gu')
		};
	});
	const knownSet = new Set(knownPeople);
	return (sentence) => {
		const found = new Set<string>();
		for (const run of capitalisedRuns(sentence)) for (const name of namesInRun(run)) found.add(name);
		for (const { person, full, surname, bySurname } of known) {
			if (!sentence.includes(surname)) continue;
			if (full.test(sentence)) {
				found.add(person);
				continue;
			}
			if (!bySurname) continue;
			for (const match of sentence.matchAll(bySurname)) {
				if (!match[1] || STOP.has(match[1])) {
					found.add(person);
					break;
				}
			}
		}
		// A known full name replaces the partial and unknown variants the heuristic found for the same person.
		const knownFound = [...found].filter((name) => knownSet.has(name));
		return [...found].filter(
			(name) => knownSet.has(name) || !knownFound.some((person) => person.includes(name) || name.includes(person))
		);
	};
}

/** People named in a sentence: capitalised-name runs plus known people mentioned by full name or surname. */
export function findPeople(sentence: string, knownPeople: readonly string[] = []): string[] {
	return peopleFinder(knownPeople)(sentence);
}
