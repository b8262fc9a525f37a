// A generator of invented news articles (names, places and wording made up here) for ingest tests and query benchmarks.
import type { EntityType, PloverEventType } from '../core/index.js';
import { createRng, type Rng } from '../learn/rng.js';

/** What the generator knows about an article it wrote: for building analysed articles without running the pipeline. */
export interface SynthAnalysis {
  readonly entities: readonly { readonly id: string; readonly type: EntityType; readonly name: string; readonly mentions?: readonly string[]; readonly country?: string | null; readonly titles?: readonly string[] }[];
  readonly events: readonly { readonly type: PloverEventType; readonly trigger: string; readonly actor: readonly string[]; readonly recipient: readonly string[] }[];
  readonly quotes: readonly { readonly text: string; readonly speaker: string }[];
}

/** One generated article, in the shape the JSON Lines reader takes, plus what it says. */
export interface SynthArticle {
  readonly id: string;
  readonly date: string;
  readonly title: string;
  readonly text: string;
  readonly url: string;
  readonly analysis: SynthAnalysis;
}

const FIRST = ['Amara', 'Bruno', 'Celia', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kemal', 'Lucia', 'Marek', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Stefan', 'Tamsin', 'Umar', 'Vera', 'Wendell', 'Ximena', 'Yusuf', 'Zofia', 'Anton', 'Beatriz', 'Cyril', 'Dalia'];
const LAST = ['Okonkwo', 'Varga', 'Lindqvist', 'Moreau', 'Takeda', 'Halvorsen', 'Castellano', 'Brennan', 'Kowalczyk', 'Adeyemi', 'Petrov', 'Sandoval', 'Whitcombe', 'Nakamura', 'Oyelaran', 'Ferreira', 'Dubrovsky', 'Ashworth', 'Marchetti', 'Quispe', 'Rahimi', 'Sorensen', 'Thorne', 'Uribe', 'Vasquez', 'Wojcik', 'Yilmaz', 'Zeller', 'Abernathy', 'Bjornsson', 'Carvalho', 'Demir', 'Eriksen', 'Fontaine', 'Grieve', 'Holloway', 'Ivanova', 'Jaramillo', 'Kuznetsov', 'Lachance'];
const ORGS = ['Northern Grain Board', 'Coastal Shipping Union', 'Federal Energy Agency', 'Harbour Workers Guild', 'National Rail Company', 'Copper Miners Association', 'Central Statistics Office', 'River Basin Authority', 'Textile Exporters Council', 'Public Health Institute', 'Civil Aviation Office', 'Farmers Cooperative League', 'Metro Transit Authority', 'Steelworkers Federation', 'Fisheries Commission', 'Solar Power Consortium'];
const PLACES = ['France', 'Brazil', 'Kenya', 'Japan', 'Canada', 'Chile', 'Norway', 'Egypt', 'India', 'Mexico', 'Poland', 'Vietnam', 'Ghana', 'Peru', 'Turkey', 'Spain', 'Indonesia', 'Argentina', 'Morocco', 'Sweden'];
const PLACE_CODES = ['FRA', 'BRA', 'KEN', 'JPN', 'CAN', 'CHL', 'NOR', 'EGY', 'IND', 'MEX', 'POL', 'VNM', 'GHA', 'PER', 'TUR', 'ESP', 'IDN', 'ARG', 'MAR', 'SWE'];
const CITIES = ['Port Alder', 'Greyhaven', 'Millbrook', 'Eastwick', 'Stonebridge', 'Redcliff', 'Lakemont', 'Westmarch', 'Oakridge', 'Silverton'];
const TOPICS = ['wheat exports', 'copper prices', 'rail fares', 'port fees', 'fishing quotas', 'fuel subsidies', 'textile tariffs', 'water rights', 'airport slots', 'bus routes', 'steel output', 'solar permits', 'vaccine supplies', 'grain storage', 'shipping insurance', 'mining licences', 'electricity prices', 'housing grants', 'tax rebates', 'bond yields'];
const ROLES = ['chairwoman', 'chairman', 'spokeswoman', 'spokesman', 'minister', 'director', 'chief negotiator', 'president'];
const EVENTS: readonly { readonly type: PloverEventType; readonly trigger: string; readonly say: (a: string, b: string, t: string) => string }[] = [
  { type: 'AGREE', trigger: 'signed', say: (a, b, t) => `${a} signed an agreement with ${b} on ${t}.` },
  { type: 'ACCUSE', trigger: 'accused', say: (a, b, t) => `${a} accused ${b} of misleading the public over ${t}.` },
  { type: 'CONSULT', trigger: 'met', say: (a, b, t) => `${a} met ${b} to discuss ${t}.` },
  { type: 'REJECT', trigger: 'rejected', say: (a, b, t) => `${a} rejected a proposal from ${b} on ${t}.` },
  { type: 'THREATEN', trigger: 'threatened', say: (a, b, t) => `${a} threatened to sanction ${b} over ${t}.` },
  { type: 'REQUEST', trigger: 'asked', say: (a, b, t) => `${a} asked ${b} for help with ${t}.` },
  { type: 'PROTEST', trigger: 'protested', say: (a, b, t) => `Workers protested outside the offices of ${b} over ${t}, and ${a} urged calm.` },
  { type: 'SUPPORT', trigger: 'praised', say: (a, b, t) => `${a} praised ${b} for its handling of ${t}.` },
];
const FILLER = [
  'Analysts said the decision could take several months to have an effect.',
  'Officials gave no further details.',
  'The figures were slightly above what economists had expected.',
  'Talks are due to resume next week.',
  'Local newspapers reported that the plan had been delayed twice before.',
  'Trading was quiet ahead of the announcement.',
  'Opposition lawmakers called for an inquiry.',
  'The measure still needs approval from parliament.',
];

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(items.length)] as T;
}

function dayString(start: number, day: number): string {
  return new Date(start + day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `count` invented articles in date order from `seed`: stories of a few related reports over some days, with about
 * 2% exact re-sends under a new id and 2% lightly edited near-duplicates.
 */
export function* synthArticles(count: number, seed = 1, startDate = '2024-01-01'): Generator<SynthArticle> {
  const rng = createRng(seed);
  const start = Date.parse(startDate);
  const recent: SynthArticle[] = [];
  let story: { person: string; role: string; org: string; other: string; place: string; code: string; topic: string; left: number } | null = null;
  for (let i = 0; i < count; i++) {
    const day = Math.floor((i * 365) / Math.max(count, 365) + rng.int(2));
    const id = `synth-${seed}-${i}`;
    const date = dayString(start, day);
    const roll = rng.next();
    const prior = recent.length ? pick(rng, recent) : null;
    if (prior && roll < 0.02) {
      yield { ...prior, id, date, title: `UPDATE: ${prior.title}`, url: `https://wire-${rng.int(5)}.example.test/${id}` };
      continue;
    }
    if (prior && roll < 0.04) {
      const words = prior.text.split(' ');
      const at = words.length - 1 - rng.int(Math.min(5, words.length));
      words[at] = (words[at] as string).toUpperCase() === words[at] ? 'latest' : 'again';
      yield { ...prior, id, date, text: words.join(' '), url: `https://wire-${rng.int(5)}.example.test/${id}` };
      continue;
    }
    if (!story || story.left <= 0) {
      const p = rng.int(PLACES.length);
      story = {
        person: `${pick(rng, FIRST)} ${pick(rng, LAST)}`, role: pick(rng, ROLES), org: pick(rng, ORGS), other: pick(rng, ORGS),
        place: PLACES[p] as string, code: PLACE_CODES[p] as string, topic: pick(rng, TOPICS), left: 1 + rng.int(4),
      };
    }
    story.left--;
    const surname = story.person.split(' ')[1] as string;
    const city = pick(rng, CITIES);
    const event = pick(rng, EVENTS);
    const second = `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
    const quote = `"We expect a result within ${2 + rng.int(9)} days,"`;
    const sentences = [
      `${city.toUpperCase()}, ${story.place} - ${event.say(`The ${story.org}`, `the ${story.other}`, story.topic)}`,
      `${story.person}, ${story.role} of the ${story.org}, said the talks on ${story.topic} in ${story.place} had been difficult.`,
      `${quote} ${surname} told reporters in ${city}.`,
      pick(rng, FILLER),
      `${second} of the ${story.other} said ${story.place} would publish new figures on ${pick(rng, TOPICS)} soon.`,
      pick(rng, FILLER),
    ];
    const events: SynthAnalysis['events'][number][] = [{ type: event.type, trigger: event.trigger, actor: ['o1'], recipient: ['o2'] }];
    if (rng.next() < 0.5) {
      const extra = pick(rng, EVENTS);
      sentences.push(extra.say(story.person, second, pick(rng, TOPICS)));
      events.push({ type: extra.type, trigger: extra.trigger, actor: ['p1'], recipient: ['p2'] });
    }
    const text = sentences.join(' ');
    const title = `${story.org} and ${story.other} at odds over ${story.topic}`;
    const analysis: SynthAnalysis = {
      entities: [
        { id: 'p1', type: 'PERSON', name: story.person, mentions: [surname], country: story.code, titles: [story.role] },
        { id: 'p2', type: 'PERSON', name: second },
        { id: 'o1', type: 'ORG', name: story.org, country: story.code },
        { id: 'o2', type: 'ORG', name: story.other },
        { id: 'g1', type: 'GPE', name: story.place, country: story.code },
        { id: 'g2', type: 'GPE', name: city, mentions: [city.toUpperCase()], country: story.code },
      ],
      events,
      quotes: [{ text: quote, speaker: 'p1' }],
    };
    const a: SynthArticle = { id, date, title, text, url: `https://wire-${rng.int(5)}.example.test/${id}`, analysis };
    recent.push(a);
    if (recent.length > 50) recent.shift();
    yield a;
  }
}

/** The generated articles as JSON Lines text (without the analysis, which the pipeline is to find). */
export function synthJsonl(articles: Iterable<SynthArticle>): string {
  let out = '';
  for (const { analysis: _analysis, ...a } of articles) out += `${JSON.stringify(a)}\n`;
  return out;
}
