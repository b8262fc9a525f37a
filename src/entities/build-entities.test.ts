// Tests of the entity builder on sentences we wrote: titles, countries, joins, mentions and the rules over recogniser spans.
import assert from 'node:assert/strict';
import test from 'node:test';
import { tokenize } from '../text/index.js';
import { buildEntities, type RawSpan } from './build-entities.js';
import { createGazetteer } from './gazetteer.js';
import type { EntityToken } from './titles.js';

const gaz = createGazetteer({
  version: 1,
  countries: { Canada: 'CAN', 'U.S.': 'USA', Peru: 'PER' },
  demonyms: { Canadian: 'CAN', Peruvian: 'PER' },
  regions: { Ontario: 'CAN' },
  cities: { Toronto: 'CAN', Lima: 'PER', Un: 'PER' },
  femaleNames: ['Ines', 'Helen'],
  maleNames: ['Oscar', 'Pavel'],
});

// Builds the input of one text split into sentences at ". " boundaries, and spans found by their words.
function setup(text: string, names: [string, string][]): { tokens: EntityToken[]; spans: RawSpan[]; sentences: { start: number; end: number }[] } {
  const tokens: EntityToken[] = tokenize(text).map((t) => ({ text: text.slice(t.start, t.end), start: t.start, end: t.end }));
  const sentences: { start: number; end: number }[] = [];
  let s = 0;
  tokens.forEach((t, i) => {
    if (t.text === '.' || i === tokens.length - 1) {
      sentences.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  });
  const spans: RawSpan[] = [];
  const used = new Set<number>();
  for (const [name, type] of names) {
    const words = tokenize(name).map((t) => name.slice(t.start, t.end));
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (used.has(i) || !words.every((w, k) => tokens[i + k]?.text === w)) continue;
      spans.push({ start: i, end: i + words.length, type, sentence: sentences.findIndex((x) => x.start <= i && i < x.end) });
      for (let k = 0; k < words.length; k++) used.add(i + k);
    }
  }
  return { tokens, spans, sentences };
}

function run(text: string, names: [string, string][], gazetteer = gaz) {
  const { tokens, spans, sentences } = setup(text, names);
  return buildEntities({ text, tokens, sentences }, spans, gazetteer);
}

test('titles are kept apart from names and give sector and country', () => {
  const text = 'Canadian Defense Minister Anna Belcourt met Judge Tomas Reyna in Toronto. Belcourt said the talks went well.';
  const es = run(text, [['Anna Belcourt', 'PER'], ['Tomas Reyna', 'PER'], ['Toronto', 'LOC'], ['Belcourt', 'PER']]);
  const anna = es.find((e) => e.name === 'Anna Belcourt');
  assert.deepEqual(
    { titles: anna?.titles, country: anna?.country, sector: anna?.sector },
    { titles: ['Canadian Defense Minister'], country: 'CAN', sector: 'GOV' },
  );
  assert.deepEqual(anna?.mentions.map((m) => [m.kind, m.text]), [
    ['title', 'Canadian Defense Minister'],
    ['name', 'Anna Belcourt'],
    ['name', 'Belcourt'],
  ]);
  const reyna = es.find((e) => e.name === 'Tomas Reyna');
  assert.deepEqual([reyna?.titles, reyna?.sector], [['Judge'], 'JUD']);
  const toronto = es.find((e) => e.name === 'Toronto');
  assert.deepEqual([toronto?.type, toronto?.country], ['GPE', 'CAN']);
});

test('a rank inside the recognised span is stripped into the titles; a title alone is never a person', () => {
  const text = 'Gen. Marta Quispe arrived in Lima. The Judge spoke. Gen. Quispe left.';
  const es = run(text, [['Gen. Marta Quispe', 'PER'], ['Judge', 'PER'], ['Gen. Quispe', 'PER'], ['Lima', 'LOC']]);
  const persons = es.filter((e) => e.type === 'PERSON');
  assert.deepEqual(persons.map((e) => [e.name, e.titles, e.sector, e.country]), [['Marta Quispe', ['Gen.'], 'MIL', null]]);
  assert.deepEqual(persons[0]?.mentions.filter((m) => m.kind === 'name').map((m) => m.text), ['Marta Quispe', 'Quispe']);
});

test('an apposition after a name is a title; a demonym is NORP with its country', () => {
  const text = 'Ruth Oyelaran, the acting U.S. Attorney in Ontario, said Peruvian officials agreed.';
  const es = run(text, [['Ruth Oyelaran', 'PER'], ['Ontario', 'LOC'], ['Peruvian', 'MISC']]);
  const ruth = es.find((e) => e.type === 'PERSON');
  assert.deepEqual([ruth?.titles, ruth?.sector, ruth?.country], [['acting U.S. Attorney in Ontario'], 'JUD', 'USA']);
  const norp = es.find((e) => e.type === 'NORP');
  assert.deepEqual([norp?.name, norp?.country], ['Peruvian', 'PER']);
});

test('nominal and pronoun mentions join the one matching person', () => {
  const text = 'Gen. Marta Quispe said the army would withdraw. He added that the general had resigned.';
  const es = run(text, [['Gen. Marta Quispe', 'PER']]);
  const p = es.find((e) => e.type === 'PERSON');
  assert.deepEqual(p?.mentions.map((m) => [m.kind, m.text]), [
    ['title', 'Gen.'],
    ['name', 'Marta Quispe'],
    ['pronoun', 'He'],
    ['nominal', 'the general'],
  ]);
});

test('organisations: sector from the name, country from a country before it, shorter forms joined', () => {
  const text = 'The U.S. Justice Department charged the Lima cartel. The Justice Department said so.';
  const es = run(text, [['Justice Department', 'ORG'], ['U.S.', 'LOC'], ['Lima', 'ORG']]);
  const dept = es.find((e) => e.name === 'Justice Department');
  assert.deepEqual([dept?.type, dept?.sector, dept?.country, dept?.mentions.length], ['ORG', 'JUD', 'USA', 2]);
  const cartel = es.find((e) => e.name === 'Lima cartel');
  assert.deepEqual([cartel?.type, cartel?.sector], ['ORG', 'CRM']);
});

test('he and she go only to persons of a compatible sex', () => {
  const text = 'Oscar Venn asked Judge Ines Ilves for more time. Ilves ruled against the port. He said the ruling was unfair. She declined to comment.';
  const es = run(text, [['Oscar Venn', 'PER'], ['Ines Ilves', 'PER'], ['Ilves', 'PER']]);
  const pronouns = (name: string) => es.find((e) => e.name === name)?.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text);
  assert.deepEqual(pronouns('Oscar Venn'), ['He']);
  assert.deepEqual(pronouns('Ines Ilves'), ['She']);
});

test('an honorific gives the sex when the given name does not', () => {
  const text = 'Mrs. Dunleavy met Jo Harker in Toronto. Harker said the deal was close. She said it was not.';
  const es = run(text, [['Dunleavy', 'PER'], ['Jo Harker', 'PER'], ['Harker', 'PER'], ['Toronto', 'LOC']]);
  // Harker's sex is unknown, so the most recent subject takes the pronoun; Dunleavy is the only woman but no subject.
  const she = es.find((e) => e.mentions.some((m) => m.text === 'She'));
  assert.equal(she?.name, 'Jo Harker');
  const text2 = 'Mr. Dunleavy said the mill would close. Helen Park said the mill would stay open. He said he disagreed.';
  const es2 = run(text2, [['Dunleavy', 'PER'], ['Helen Park', 'PER']]);
  assert.equal(es2.find((e) => e.mentions.some((m) => m.text === 'He'))?.name, 'Dunleavy');
});

test('international bodies get no country and an IGO or NGO sector; armed groups their country', () => {
  const text = 'The United Nations and the Red Cross sent aid to Lima. Hamas said NATO troops were not welcome.';
  const es = run(text, [['United Nations', 'ORG'], ['Red Cross', 'ORG'], ['Lima', 'LOC'], ['Hamas', 'PER'], ['NATO', 'ORG']]);
  const codes = (name: string) => {
    const e = es.find((x) => x.name === name);
    return [e?.type, e?.country, e?.sector];
  };
  assert.deepEqual(codes('United Nations'), ['ORG', null, 'IGO']);
  assert.deepEqual(codes('Red Cross'), ['ORG', null, 'NGO']);
  assert.deepEqual(codes('Hamas'), ['ORG', 'PSE', 'REB']);
  assert.deepEqual(codes('NATO'), ['ORG', null, 'IGO']);
});

test('a person holding an international post is an IGO actor; the body is not read as a town', () => {
  const text = 'Pavel Orlov, the U.N. envoy, arrived in Toronto. Canadian U.N. adviser Helen Moss met him.';
  const es = run(text, [['Pavel Orlov', 'PER'], ['Toronto', 'LOC'], ['Helen Moss', 'PER']]);
  const orlov = es.find((e) => e.name === 'Pavel Orlov');
  assert.deepEqual([orlov?.country, orlov?.sector], [null, 'IGO']);
  const moss = es.find((e) => e.name === 'Helen Moss');
  assert.equal(moss?.country, 'CAN');
});

test('demonym phrases and places named after a country get that country', () => {
  const text = 'Peruvian Farmers marched through Northern Peru. President Lima said the Canadian army would help.';
  const es = run(text, [['Peruvian Farmers', 'MISC'], ['Northern Peru', 'LOC'], ['Lima', 'LOC'], ['Canadian', 'MISC']]);
  const farmers = es.find((e) => e.name === 'Peruvian Farmers');
  assert.deepEqual([farmers?.type, farmers?.country], ['NORP', 'PER']);
  const north = es.find((e) => e.name === 'Northern Peru');
  assert.deepEqual([north?.type, north?.country], ['LOC', 'PER']);
  // A place name after a capitalised honorific is a person's name.
  assert.equal(es.find((e) => e.name === 'Lima')?.type, 'PERSON');
});

test('an office holder without a country in the title takes the one country the sentence names', () => {
  const text = 'President Oscar Tull said Peru would sign the accord. Judge Pavel Sorn ruled that Canada and Peru must talk.';
  const es = run(text, [['Oscar Tull', 'PER'], ['Peru', 'LOC'], ['Pavel Sorn', 'PER'], ['Canada', 'LOC']]);
  assert.equal(es.find((e) => e.name === 'Oscar Tull')?.country, 'PER');
  // Two countries in the sentence: no guess.
  assert.equal(es.find((e) => e.name === 'Pavel Sorn')?.country, null);
});

test('no country is borrowed from another person or from the other party', () => {
  const text = 'President Oscar Tull welcomed Canadian envoy Helen Moss. Judge Pavel Sorn ruled against Peru.';
  const es = run(text, [['Oscar Tull', 'PER'], ['Helen Moss', 'PER'], ['Pavel Sorn', 'PER'], ['Peru', 'LOC']]);
  assert.equal(es.find((e) => e.name === 'Helen Moss')?.country, 'CAN');
  assert.equal(es.find((e) => e.name === 'Oscar Tull')?.country, null);
  assert.equal(es.find((e) => e.name === 'Pavel Sorn')?.country, null);
});

test('a place name read in two countries takes the reading in a country the article names', () => {
  const twoReadings = createGazetteer({
    version: 1,
    countries: { Chile: 'CHL', 'Dominican Republic': 'DOM' },
    demonyms: { Chilean: 'CHL' },
    regions: { Santiago: 'DOM' },
    cities: { Santiago: 'CHL' },
  });
  const place = (text: string, names: [string, string][]) => {
    const { tokens, spans, sentences } = setup(text, names);
    return buildEntities({ text, tokens, sentences }, spans, twoReadings).find((e) => e.name === 'Santiago')?.country;
  };
  assert.equal(place('Police in Santiago arrested two men, Chilean officials said.', [['Santiago', 'LOC'], ['Chilean', 'MISC']]), 'CHL');
  assert.equal(place('Floods hit Santiago, officials in the Dominican Republic said.', [['Santiago', 'LOC'], ['Dominican Republic', 'LOC']]), 'DOM');
  // With no country named, the first reading stands.
  assert.equal(place('Floods hit Santiago on Monday.', [['Santiago', 'LOC']]), 'DOM');
});

test('a hyphenated title stays whole: "Secretary-General" is one office, not the rank "General"', () => {
  const text = 'Secretary-General Ines Marku opened the summit. Attorney-General Pavel Novak spoke after her.';
  const es = run(text, [['Ines Marku', 'PER'], ['Pavel Novak', 'PER']]);
  assert.deepEqual(
    es.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.titles, e.sector]),
    [
      ['Ines Marku', ['Secretary-General'], 'GOV'],
      ['Pavel Novak', ['Attorney-General'], 'JUD'],
    ],
  );
});

test('a span that runs on past the name into a verb or a clause word is cut back to the name', () => {
  const text = 'The Harbour Board said on Monday it would appeal. Shares of Northway Holding for now, but not later, stayed flat. The Grain Fund to be wound up lost money.';
  const es = run(text, [['Harbour Board said', 'ORG'], ['Northway Holding for now', 'ORG'], ['Grain Fund to be', 'ORG']]);
  assert.deepEqual(es.map((e) => [e.type, e.name]), [['ORG', 'Harbour Board'], ['ORG', 'Northway Holding'], ['ORG', 'Grain Fund']]);
});

test('a span that runs on past "and" into a lower-case phrase ends before the "and"; "and the" inside a name stays', () => {
  const text = 'The Synod of Lima and some bishops objected. The Ministry of Culture and the Arts agreed.';
  const es = run(text, [['Synod of Lima and some bishops', 'ORG'], ['Ministry of Culture and the Arts', 'ORG']]);
  assert.deepEqual(es.map((e) => e.name), ['Synod of Lima', 'Ministry of Culture and the Arts']);
});

test('names with lower-case words of their own keep them', () => {
  const text = 'The Council on Foreign Trade and the Bank of Lima met.';
  const es = run(text, [['Council on Foreign Trade', 'ORG'], ['Bank of Lima', 'ORG']]);
  assert.deepEqual(es.map((e) => e.name), ['Council on Foreign Trade', 'Bank of Lima']);
});

test('a month, a company suffix or punctuation alone is no entity', () => {
  const text = 'Sales rose in Feb from Jan levels, Co said. Shares of <PLMA> were flat.';
  const es = run(text, [['Feb', 'ORG'], ['Jan', 'PER'], ['Co', 'PER'], ['>', 'MISC'], ['PLMA', 'ORG']]);
  assert.deepEqual(es.map((e) => e.name), ['PLMA']);
});

test('one capitalised word naming a government ("the Okafor administration") is its leader; a party or a people is not', () => {
  const text = 'Critics of the Okafor administration met. The Conservative government and the Peruvian government disagreed.';
  const es = run(text, [['Okafor', 'MISC'], ['Conservative', 'MISC'], ['Peruvian', 'MISC']]);
  assert.deepEqual(es.map((e) => [e.name, e.type]), [['Okafor', 'PERSON'], ['Conservative', 'MISC'], ['Peruvian', 'NORP']]);
});

test('state abbreviations and countries of the past the gazetteer lacks are places with their country', () => {
  const text = 'The plant in Fremont, Calif., and the office in Newark, N.J., will close. Exports to West Germany fell.';
  const es = run(text, [['Calif.', 'LOC'], ['N.J.', 'LOC'], ['West Germany', 'LOC']]);
  assert.deepEqual(es.map((e) => [e.name, e.type, e.country]), [['Calif.', 'GPE', 'USA'], ['N.J.', 'GPE', 'USA'], ['West Germany', 'GPE', 'DEU']]);
});

test('peoples of a region and of a country of the past are NORP, the latter with its country', () => {
  const text = 'European and West German officials met Asian envoys.';
  const es = run(text, [['European', 'MISC'], ['West German', 'MISC'], ['Asian', 'MISC']]);
  assert.deepEqual(es.map((e) => [e.name, e.type, e.country]), [['European', 'NORP', null], ['West German', 'NORP', 'DEU'], ['Asian', 'NORP', null]]);
});

test("a known name keeps its possessive (Moody's), a credit rating in a sentence on ratings is no organisation", () => {
  const text = "The notes are rated AA by Moody's and Standard and Poor's, while Barr's bank sold its stake.";
  const es = run(text, [['AA', 'ORG'], ["Moody's", 'ORG'], ['Standard and Poor', 'ORG'], ["Barr's", 'PER']]);
  assert.deepEqual(es.map((e) => e.name), ["Moody's", "Standard and Poor's", 'Barr']);
});

test('"the Bank" after "the Bank of Lima" is that bank; with two such banks it stays apart', () => {
  const one = run('Officials at the Bank of Lima cut rates. The Bank said inflation had slowed.', [['Bank of Lima', 'ORG'], ['The Bank', 'ORG']]);
  assert.deepEqual(one.map((e) => [e.name, e.mentions.length]), [['Bank of Lima', 2]]);
  const two = run('Officials of the Bank of Lima and the Bank of Quito met. The Bank said nothing.', [['Bank of Lima', 'ORG'], ['Bank of Quito', 'ORG'], ['The Bank', 'ORG']]);
  assert.equal(two.length, 3);
});

test('a city named with its state abbreviation is the one in that country; a region named by a common word is no place', () => {
  const local = createGazetteer({ version: 1, countries: { Jamaica: 'JAM' }, demonyms: {}, regions: { Portland: 'JAM', Gulf: 'PNG' }, cities: { Portland: 'USA' } });
  const build = (text: string, names: [string, string][]) => run(text, names, local);
  assert.deepEqual(build('The mill in Portland, Ore., closed on Monday.', [['Portland', 'LOC']]).map((e) => [e.name, e.country]), [['Portland', 'USA']]);
  assert.deepEqual(build('The ship left Portland for Jamaica.', [['Portland', 'LOC'], ['Jamaica', 'LOC']]).map((e) => [e.name, e.country]), [['Portland', 'JAM'], ['Jamaica', 'JAM']]);
  assert.deepEqual(build('Tankers in the Gulf were hit.', [['Gulf', 'LOC']]).map((e) => [e.type, e.country]), [['LOC', null]]);
});

test('a name ending in a company suffix is a company; a city right after "in" is a place', () => {
  const text = 'Maple Media Ltd agreed to buy Prairie Expo Inc on Monday. Police in Lima arrested two men.';
  const es = run(text, [['Maple Media Ltd', 'ORG'], ['Prairie Expo Inc', 'MISC'], ['Lima', 'ORG']]);
  assert.deepEqual(es.map((e) => [e.name, e.type]), [['Maple Media Ltd', 'ORG'], ['Prairie Expo Inc', 'ORG'], ['Lima', 'GPE']]);
});

test('a place the gazetteer lacks whose head names an institution is an organisation', () => {
  const text = 'She studied at Harrow College and appeared before the Lima High Court.';
  const es = run(text, [['Harrow College', 'LOC'], ['High Court', 'LOC']]);
  assert.deepEqual(es.map((e) => [e.name, e.type]), [['Harrow College', 'ORG'], ['High Court', 'ORG']]);
});

test('the place before "-based" is a place with its country, though the recogniser reads the compound as MISC', () => {
  const text = 'A Lima-based bank bought a Toronto-based rival.';
  const es = run(text, [['Lima', 'MISC'], ['Toronto', 'MISC']]);
  assert.deepEqual(es.map((e) => [e.name, e.type, e.country]), [['Lima', 'GPE', 'PER'], ['Toronto', 'GPE', 'CAN']]);
});

test('a company name split at its "and" is one organisation; coordinated names stay apart', () => {
  const names = (text: string, spans: [string, string][]) => run(text, spans).map((e) => [e.name, e.type]);
  assert.deepEqual(names('Shares of Harlow Telegraph and Cable Co rose.', [['Harlow Telegraph', 'ORG'], ['Cable Co', 'ORG']]), [
    ['Harlow Telegraph and Cable Co', 'ORG'],
  ]);
  // A partnership ("and Co"), the suffix outside every span, and a first part the recogniser left out.
  assert.deepEqual(names('Ridley and Co Inc advised the board.', [['Ridley', 'PER']]), [['Ridley and Co Inc', 'ORG']]);
  assert.deepEqual(names('Dealers were Janney Scott Inc and Woolcott and Co Inc, it said.', [['Janney Scott Inc', 'ORG'], ['Woolcott', 'PER'], ['Co Inc', 'ORG']]), [
    ['Janney Scott Inc', 'ORG'],
    ['Woolcott and Co Inc', 'ORG'],
  ]);
  assert.deepEqual(names('Analysts at Mertens and Voss Corp agreed.', [['Voss Corp', 'ORG']]), [['Mertens and Voss Corp', 'ORG']]);
  // A town's name opens many a firm's name ("Columbus and Southern Ohio Electric Co"); a country's does not.
  assert.deepEqual(names('Lima and Vargas Ltd raised prices.', [['Lima', 'LOC'], ['Vargas Ltd', 'ORG']]), [['Lima and Vargas Ltd', 'ORG']]);
  assert.deepEqual(names('Canada and Peru agreed.', [['Canada', 'LOC'], ['Peru', 'LOC']]), [['Canada', 'GPE'], ['Peru', 'GPE']]);
  // A company the table knows, a country, a name complete in itself, a name with "of", one named alone elsewhere.
  assert.equal(run('Talks between IBM and Tarrant Media Inc stalled.', [['IBM', 'ORG'], ['Tarrant Media Inc', 'ORG']]).length, 2);
  assert.equal(run('Canada and Pearl Media Plc agreed.', [['Canada', 'LOC'], ['Pearl Media Plc', 'ORG']]).length, 2);
  assert.equal(run('Tovar Holdings and Kessler Corp agreed.', [['Tovar Holdings', 'ORG'], ['Kessler Corp', 'ORG']]).length, 2);
  assert.equal(run('The Merchant Bank of Lima and Quint Inc lent it.', [['Merchant Bank of Lima', 'ORG'], ['Quint Inc', 'ORG']]).length, 2);
  assert.equal(run('It sold Nolan Foods of Peru and Nolan Foods Canada Ltd on Monday.', [['Nolan Foods Canada Ltd', 'ORG'], ['Nolan Foods', 'ORG'], ['Peru', 'LOC']]).length, 3);
  assert.equal(run('Karsten International and Bolt Leasing Ltd led it.', [['Karsten International', 'ORG'], ['Bolt Leasing Ltd', 'ORG']]).length, 2);
  assert.equal(run('Karsten Leasing and Bolt Corp Finance Ltd led it.', [['Karsten Leasing', 'ORG'], ['Bolt Corp Finance Ltd', 'ORG']]).length, 2);
  assert.equal(run('Talks between Harlow Media and Quint Data Corp ended.', [['Harlow Media', 'ORG'], ['Quint Data Corp', 'ORG']]).length, 2);
  const named = createGazetteer({ version: 1, countries: {}, demonyms: {}, regions: {}, cities: {}, firstNames: ['Boyd'] });
  assert.equal(run('Boyd Keller and Keller Group Inc sold shares.', [['Boyd Keller', 'PER'], ['Keller Group Inc', 'ORG']], named).length, 2);
  assert.equal(run('Brandt said talks between Brandt and Oster Corp went well.', [['Brandt', 'ORG'], ['Oster Corp', 'ORG']]).length, 2);
});

test('an award that is also a given name is a person before a surname, and the award alone or after "an"', () => {
  const es = (text: string, spans: [string, string][]) => run(text, spans).map((e) => [e.name, e.type]);
  assert.deepEqual(es('Police said Oscar Quispe-Ruiz, 45, was held.', [['Oscar', 'PER']]), [['Oscar Quispe-Ruiz', 'PERSON']]);
  assert.deepEqual(es('Oscar Belaunde said no.', [['Oscar', 'PER'], ['Belaunde', 'PER']]), [['Oscar Belaunde', 'PERSON']]);
  assert.deepEqual(es('Oscar Belaunde said no.', [['Oscar Belaunde', 'MISC']]), [['Oscar Belaunde', 'PERSON']]);
  assert.deepEqual(es('She won an Oscar Sunday for the role.', [['Oscar', 'PER']]), [['Oscar', 'MISC']]);
  assert.deepEqual(es('The Oscar went to a newcomer.', [['Oscar', 'PER']]), [['Oscar', 'MISC']]);
  assert.deepEqual(es('Oscar Night drew crowds.', [['Oscar', 'PER']]), [['Oscar', 'MISC']]);
});

test('a clause opener glued to a name at the start of a sentence is cut off', () => {
  const es = (text: string, spans: [string, string][]) => run(text, spans).map((e) => [e.name, e.type, e.mentions.map((m) => m.text)]);
  assert.deepEqual(es('While Ortiz was abroad, his rivals met.', [['While Ortiz', 'PER']]), [['Ortiz', 'PERSON', ['Ortiz']]]);
  // A country the opener made the recogniser call an organisation is a place.
  assert.deepEqual(es('Sales fell. And Peru lost most.', [['And Peru', 'ORG']]), [['Peru', 'GPE', ['Peru']]]);
  // What is left must be a name; mid-sentence a capitalised opener belongs to a title.
  assert.deepEqual(es('"If I go," he said.', [['If I', 'ORG']]), []);
  assert.deepEqual(es('"If you go," she said.', [['If you', 'MISC']]), []);
  assert.deepEqual(es('They sang Songs For Lima on Monday.', [['Songs For Lima', 'MISC']]), [['Songs For Lima', 'MISC', ['Songs For Lima']]]);
});

test('a city in a named country gives way to a region elsewhere where the name reads as a region', () => {
  const local = createGazetteer({
    version: 1,
    countries: { 'U.S.': 'USA', Canada: 'CAN', Chile: 'CHL' },
    demonyms: {},
    regions: { Ontario: 'CAN', California: 'USA', Santiago: 'DOM' },
    cities: { Ontario: 'USA', Santiago: 'CHL', Sacramento: 'USA', Bramalea: 'CAN', Boston: 'USA', Reno: 'USA' },
  });
  const country = (text: string, spans: [string, string][]) => run(text, spans, local).find((e) => e.name === 'Ontario')?.country;
  // Beside the country as its peer, or after a town as the larger unit.
  assert.equal(country('Exports from Ontario to the U.S. rose.', [['Ontario', 'LOC'], ['U.S.', 'LOC']]), 'CAN');
  assert.equal(country('The U.S. firm has a plant in Bramalea, Ontario.', [['U.S.', 'LOC'], ['Bramalea', 'LOC'], ['Ontario', 'LOC']]), 'CAN');
  // Otherwise the named country stands: with its state, in a list of towns, or alone.
  assert.equal(country('The plant in Ontario, California, will close, the U.S. firm said.', [['Ontario', 'LOC'], ['California', 'LOC'], ['U.S.', 'LOC']]), 'USA');
  assert.equal(country('The U.S. airline flies to Boston, Ontario, Reno and Sacramento.', [['U.S.', 'LOC'], ['Boston', 'LOC'], ['Ontario', 'LOC'], ['Reno', 'LOC'], ['Sacramento', 'LOC']]), 'USA');
  assert.equal(country('A plant in Ontario will close, the U.S. firm said.', [['Ontario', 'LOC'], ['U.S.', 'LOC']]), 'USA');
  assert.equal(run('Protests in Santiago grew, Chile said.', [['Santiago', 'LOC'], ['Chile', 'LOC']], local)[0]?.country, 'CHL');
});

test('"Secretary of State Helen Marsh": the department belongs to the title, the rest is the person', () => {
  const text = 'Secretary of State Helen Marsh said the talks would go on. The Minister of Foreign Affairs did not reply.';
  const es = run(text, [['State Helen Marsh', 'ORG'], ['Foreign Affairs', 'ORG']]);
  const marsh = es.find((e) => e.name === 'Helen Marsh');
  assert.deepEqual([marsh?.type, marsh?.titles, marsh?.sector], ['PERSON', ['Secretary of State'], 'GOV']);
  // A department alone is part of a title, not an organisation.
  assert.equal(es.some((e) => /State|Affairs/.test(e.name)), false);
});

test('a person span ending on a given name runs on over the surname after it', () => {
  const names = createGazetteer({ version: 1, countries: { Peru: 'PER' }, demonyms: {}, regions: {}, cities: {}, firstNames: ['Helen'] });
  const es = run('Defense Secretary Helen Marsh said on Monday that Peru had agreed.', [['Defense Secretary Helen', 'PER'], ['Peru', 'LOC']], names);
  assert.deepEqual(es.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Helen Marsh']);
  // A day after a given name is no surname.
  const day = run('The speech by Queen Helen Tuesday was short.', [['Queen Helen', 'PER']], names);
  assert.deepEqual(day.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Helen']);
});

test('a headline\'s "Surname Place" compound read as one person is the person and the place', () => {
  const text = 'Senate backs Marsh Peru accord. Senator Helen Marsh said the accord with Peru was fair.';
  const es = run(text, [['Marsh Peru', 'PER'], ['Helen Marsh', 'PER'], ['Peru', 'LOC']]);
  assert.deepEqual(es.map((e) => [e.type, e.name, e.mentions.filter((m) => m.kind === 'name').length]).sort(), [
    ['GPE', 'Peru', 2],
    ['PERSON', 'Helen Marsh', 2],
  ]);
  // Without a person of that surname the span stands (a name may end in a place name).
  const alone = run('Senate backs Marsh Peru accord.', [['Marsh Peru', 'PER']]);
  assert.deepEqual(alone.map((e) => e.name), ['Marsh Peru']);
});

test('a title word or a country name alone is still the surname of a person named in full before', () => {
  const text = 'Coach Ines King picked her team. King said the team was ready. Director Pavel Peru spoke next. Peru said little.';
  const es = run(text, [['Ines King', 'PER'], ['King', 'PER'], ['Pavel Peru', 'PER'], ['Peru', 'PER']]);
  assert.equal(es.find((e) => e.name === 'Ines King')?.mentions.filter((m) => m.kind === 'name').length, 2);
  assert.equal(es.find((e) => e.name === 'Pavel Peru')?.mentions.filter((m) => m.kind === 'name').length, 2);
  // Alone, with nobody of that name, a title word is no person.
  assert.deepEqual(run('King said the team was ready.', [['King', 'PER']]).map((e) => e.name), []);
});

test('a rank word opening the name of a league or competition makes no person', () => {
  const es = run('Major League Baseball said the season would start late.', [['Major League Baseball', 'MISC']]);
  assert.deepEqual(es.map((e) => [e.type, e.name]), [['MISC', 'Major League Baseball']]);
});

test('a numbered group of a competition is no organisation', () => {
  const es = run('Peru beat Canada in a World Cup group four qualifier. The Peruvian group said it would sue.', [
    ['Peru', 'LOC'],
    ['Canada', 'LOC'],
    ['World Cup', 'MISC'],
    ['Peruvian', 'MISC'],
  ]);
  assert.ok(es.some((e) => e.name === 'World Cup'));
  assert.ok(!es.some((e) => e.name.includes('group four')));
  assert.ok(es.some((e) => e.name === 'Peruvian group' && e.type === 'ORG'));
});

test('an office holder in a story filed from another country takes no country from the sentence', () => {
  const text = 'LIMA -- Judge Pavel Sorn said Canada would sign the accord.';
  const { tokens, spans, sentences } = setup(text, [['LIMA', 'LOC'], ['Pavel Sorn', 'PER'], ['Canada', 'LOC']]);
  const sorn = (dateline: { start: number; end: number } | null) =>
    buildEntities({ text, tokens, sentences, dateline }, spans, gaz).find((e) => e.name === 'Pavel Sorn')?.country;
  assert.equal(sorn(null), 'CAN');
  assert.equal(sorn({ start: 0, end: 4 }), null);
});

test('an organisation span made of a title of two or more words and a surname is the person', () => {
  const es = run('Attorney General Lord Hartwell said the law was clear.', [['Attorney General Lord Hartwell', 'ORG']]);
  assert.deepEqual(es.map((e) => [e.type, e.name, e.sector]), [['PERSON', 'Hartwell', 'JUD']]);
  // A body after the title stays the body.
  const office = run('Attorney General Office staff said little.', [['Attorney General Office', 'ORG']]);
  assert.deepEqual(office.map((e) => e.type), ['ORG']);
});

test('an organisation\'s possessive before a full name is the organisation and its person', () => {
  const names = createGazetteer({ version: 1, countries: {}, demonyms: {}, regions: {}, cities: {}, firstNames: ['Helen'] });
  const es = run("The Tribune's Helen Marsh said the crowd was large.", [["Tribune's Helen Marsh", 'ORG']], names);
  assert.deepEqual(es.map((e) => [e.type, e.name]), [['ORG', 'Tribune'], ['PERSON', 'Helen Marsh']]);
  // Not before a word that is no given name ("Moody's Investors Service").
  const moodys = run("Moody's Investors Service cut the rating.", [["Moody's Investors Service", 'ORG']], names);
  assert.deepEqual(moodys.map((e) => e.type), ['ORG']);
});

test('a region the recogniser typed as an organisation after "in" or "of" is the place', () => {
  const es = run('Police watched the meets in that part of Ontario. Ontario said nothing.', [['Ontario', 'ORG']]);
  assert.deepEqual(es.map((e) => [e.type, e.mentions.length]).sort(), [['GPE', 1], ['ORG', 1]]);
});

test('a given name and a surname typed as an organisation, with a person\'s role after them, is a person', () => {
  const names = createGazetteer({ version: 1, countries: {}, demonyms: {}, regions: {}, cities: {}, firstNames: ['Helen'] });
  const es = run('Helen Marsh, a journalist in the capital, said the talks had failed.', [['Helen Marsh', 'ORG']], names);
  assert.deepEqual(es.map((e) => [e.type, e.name]), [['PERSON', 'Helen Marsh']]);
  // Without the role it stays what the recogniser said.
  assert.deepEqual(run('Helen Marsh said the talks had failed.', [['Helen Marsh', 'ORG']], names).map((e) => e.type), ['ORG']);
});

test('a name read as a place the gazetteer does not know is a company when a mention reads as one', () => {
  const text = 'Shares in Velmora rose. The board of Velmora met. Velmora employs 900 people. Tarvik, a town in the hills, was calm.';
  const es = run(text, [['Velmora', 'LOC'], ['Tarvik', 'LOC']]);
  assert.deepEqual(es.map((e) => [e.type, e.name, e.sector]).sort(), [['LOC', 'Tarvik', null], ['ORG', 'Velmora', 'BUS']]);
  // A possessive after the name leaves the cue to what follows: "shares in Ruvia's leading banks".
  const region = run("Shares in Ruvia's leading banks fell.", [['Ruvia', 'LOC']]);
  assert.deepEqual(region.map((e) => e.type), ['LOC']);
});

test('a name ending in an office is the title of the person after it, not a person', () => {
  const text = 'Lifelong Learning Minister Pavel Sorn said fees would not rise.';
  const es = run(text, [['Lifelong Learning Minister', 'PER'], ['Pavel Sorn', 'PER']]);
  assert.deepEqual(es.map((e) => [e.type, e.name]), [['PERSON', 'Pavel Sorn']]);
});

test('a person\'s name ending in a body\'s head is the body; a body\'s head before "for" joins the field', () => {
  const text = 'The Oscar Tull Foundation gave money to the Global Alliance for Clean Water. The Department for Rural Affairs agreed.';
  const es = run(text, [['Oscar Tull Foundation', 'PER'], ['Global Alliance', 'ORG'], ['Clean Water', 'ORG'], ['Rural Affairs', 'ORG']]);
  assert.deepEqual(es.map((e) => [e.type, e.name]), [
    ['ORG', 'Oscar Tull Foundation'],
    ['ORG', 'Global Alliance for Clean Water'],
    ['ORG', 'Department for Rural Affairs'],
  ]);
});

test('the names of one known organisation are one entity with its country and sector', () => {
  const es = run('The Liberal Democrats won the seat. A Lib Dems spokesman said the BBC had called it early.', [
    ['Liberal Democrats', 'ORG'],
    ['Lib Dems', 'PER'],
    ['BBC', 'ORG'],
  ]);
  assert.deepEqual(es.map((e) => [e.type, e.name, e.country, e.sector, e.mentions.filter((m) => m.kind === 'name').length]), [
    ['ORG', 'Liberal Democrats', 'GBR', 'PTY', 2],
    ['ORG', 'BBC', 'GBR', 'JRN', 1],
  ]);
});

test('an organisation, an office in it and its holder glued into one span are the organisation and the person', () => {
  const text = 'He met Velmora Bank Chairman Oscar Tull and Canadian Trade Minister Helen Moss. Office of Budget Director Pavel Sorn agreed.';
  const es = run(text, [['Velmora Bank Chairman Oscar Tull', 'ORG'], ['Canadian Trade Minister Helen Moss', 'ORG'], ['Office of Budget Director Pavel Sorn', 'ORG']]);
  assert.deepEqual(es.map((e) => [e.type, e.name]).sort(), [
    ['ORG', 'Office of Budget'],
    ['ORG', 'Velmora Bank'],
    ['PERSON', 'Helen Moss'],
    ['PERSON', 'Oscar Tull'],
    ['PERSON', 'Pavel Sorn'],
  ]);
  assert.equal(es.find((e) => e.name === 'Helen Moss')?.country, 'CAN');
  // Two holders in one span are left alone.
  const two = run('Velmora Bank Governor Oscar Tull and Chairman Pavel Sorn spoke.', [['Velmora Bank Governor Oscar Tull and Chairman Pavel Sorn', 'ORG']]);
  assert.equal(two.length, 1);
});

test('the leading nation of a "-led" compound is named, and a day is cut from the end of a name', () => {
  const es = run('Peruvian-led forces retook the town. Talks with Canada Friday failed.', [['Canada Friday', 'PER']]);
  assert.deepEqual(es.map((e) => [e.type, e.name, e.country]), [
    ['NORP', 'Peruvian', 'PER'],
    ['GPE', 'Canada', 'CAN'],
  ]);
});

test('a leader the table knows has the country they led when the story gives none', () => {
  const es = run('Putin said the talks would go on. Oscar Tull said nothing.', [['Putin', 'PER'], ['Oscar Tull', 'PER']]);
  assert.deepEqual(es.map((e) => [e.name, e.country, e.sector]), [['Putin', 'RUS', 'GOV'], ['Oscar Tull', null, null]]);
});

test('kinds of device and medium in capitals are no names; a video game is MISC', () => {
  const es = run('Sales of DVDs and PCs rose, and Halo 2 sold well on TV.', [['DVDs', 'MISC'], ['PCs', 'MISC'], ['Halo 2', 'PER'], ['TV', 'ORG']]);
  assert.deepEqual(es.map((e) => [e.type, e.name]), [['MISC', 'Halo 2']]);
});

test('a name right after a noun for a work is the work, with its other mentions; a titled person stays one', () => {
  const text = 'Critics praised the film Velmora Nights on Monday. Velmora Nights opens in May.';
  const es = run(text, [['Velmora Nights', 'PER']]);
  assert.deepEqual(es.map((e) => [e.type, e.name, e.mentions.length]), [['MISC', 'Velmora Nights', 2]]);
  // A possessive or a verb after the name makes it the maker.
  const owner = run("Critics praised the film Oscar Tull's studio made.", [['Oscar Tull', 'PER']]);
  assert.deepEqual(owner.map((e) => e.type), ['PERSON']);
  const { tokens, spans, sentences } = setup('Critics praised the film Oscar Tull made.', [['Oscar Tull', 'PER']]);
  const tagged = tokens.map((t) => (t.text === 'made' ? { ...t, xpos: 'VBD' } : t));
  const maker = buildEntities({ text: 'Critics praised the film Oscar Tull made.', tokens: tagged, sentences }, spans, gaz);
  assert.deepEqual(maker.map((e) => e.type), ['PERSON']);
});

test('bodies of one family are separate entities: the Commission, the Parliament, the Union', () => {
  const es = run('The European Commission proposed rules and the European Parliament rejected them. The EU said talks would go on.', [
    ['European Commission', 'ORG'],
    ['European Parliament', 'ORG'],
    ['EU', 'ORG'],
  ]);
  assert.deepEqual(es.map((e) => e.name), ['European Commission', 'European Parliament', 'EU']);
});

test('a sentence\'s "The" before an organisation the table knows is cut from its name', () => {
  const es = run('The European Commission proposed rules. The Velmora Group agreed.', [['The European Commission', 'ORG'], ['The Velmora Group', 'ORG']]);
  assert.deepEqual(es.map((e) => e.name), ['European Commission', 'The Velmora Group']);
});
