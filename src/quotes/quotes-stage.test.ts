// Tests of the quotes stage on short invented news texts, one pattern each, with whole Quote arrays compared.
import assert from 'node:assert/strict';
import test from 'node:test';
import { createArticle, createPipeline, type Article, type Entity, type Quote, type QuoteKind } from '../core/index.js';
import { createSegmentStage, createStructureStage } from '../text/index.js';
import { createQuotesStage, findQuotes } from './quotes-stage.js';

// Only the layers the stage requires: the quote layer must work without tagger, parser or entities.
const pipeline = createPipeline([createStructureStage(), createSegmentStage(), createQuotesStage()]);

function run(text: string): Article {
  return pipeline.run({ id: 't', date: null, title: null, text, source: { format: 'text' } });
}

function at(text: string, needle: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `fixture holds ${JSON.stringify(needle)}`);
  return { start, end: start + needle.length, text: needle };
}

/** The expected quote: content, kind, speaker phrase and cue located by their text (searched from `after`). */
function quote(text: string, id: number, kind: QuoteKind, content: string, speaker: string | null, cue: string | null, after = 0, speakerId: string | null = null): Quote {
  const c = at(text, content, after);
  return {
    id: `Q${id}`,
    ...c,
    kind,
    speaker: speakerId,
    speakerMention: speaker === null ? null : at(text, speaker, after),
    cue: cue === null ? null : at(text, cue, after),
  };
}

test('a direct quote before its speaker and cue', () => {
  const text = '"We will rebuild the bridge by spring," Mayor Ana Ruiz said on Monday.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'direct', '"We will rebuild the bridge by spring,"', 'Mayor Ana Ruiz', 'said')]);
});

test('an inverted cue, a quote of two sentences and an apposition after the name', () => {
  const text = '"The water is safe. We tested it twice," said Tomas Berg, the county health commissioner.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'direct', '"The water is safe. We tested it twice,"', 'Tomas Berg', 'said')]);
});

test('a cue and colon before the quote, in curly marks', () => {
  const text = 'Ruiz said: \u201cNobody will pay more for this.\u201d';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'direct', '\u201cNobody will pay more for this.\u201d', 'Ruiz', 'said')]);
});

test('a pronoun speaker with "said of"', () => {
  const text = '"It was a fair deal," he said of the contract.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'direct', '"It was a fair deal,"', 'he', 'said')]);
});

test('a long apposition between the speaker and the cue', () => {
  const text = '"The numbers do not add up," Lena Ortiz, a budget analyst at the Hill Street Institute and a former treasury aide, said.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'direct', '"The numbers do not add up,"', 'Lena Ortiz', 'said')]);
});

test('a quote continued over two paragraphs: one record per paragraph, the same speaker', () => {
  const text = '"The first phase ends in March, and the second begins right after.\n\n"After that, the old ramp comes down," Berg added.';
  const second = text.indexOf('\n\n');
  assert.deepEqual(run(text).quotes, [
    { ...quote(text, 1, 'direct', '"The first phase ends in March, and the second begins right after.', null, null), speakerMention: at(text, 'Berg') },
    quote(text, 2, 'direct', '"After that, the old ramp comes down,"', 'Berg', 'added', second),
  ]);
});

test('a quote inside a quote stays part of the outer one', () => {
  const text = '"She told me, \'Never give up,\' and I did," Berg said.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'direct', '"She told me, \'Never give up,\' and I did,"', 'Berg', 'said')]);
});

test('a second quote after the cue continues the same speaker', () => {
  const text = '"We were ready," Ruiz said. "The storm came early."';
  assert.deepEqual(run(text).quotes, [
    quote(text, 1, 'direct', '"We were ready,"', 'Ruiz', 'said'),
    { ...quote(text, 2, 'direct', '"The storm came early."', null, null), speakerMention: at(text, 'Ruiz') },
  ]);
});

test('a stand-alone quote paragraph takes the speaker of the paragraph before', () => {
  const text = 'Ruiz warned that the repairs could take longer.\n\n"We cannot spend what we do not have."';
  assert.deepEqual(run(text).quotes, [
    quote(text, 1, 'indirect', 'that the repairs could take longer', 'Ruiz', 'warned'),
    { ...quote(text, 2, 'direct', '"We cannot spend what we do not have."', null, null), speakerMention: at(text, 'Ruiz') },
  ]);
});

test('a partial quote inside narration takes the subject of its framing verb (whose object is reported too)', () => {
  const text = 'Ruiz called the plan "a reckless gamble" during the meeting.';
  assert.deepEqual(run(text).quotes, [
    quote(text, 1, 'indirect', 'the plan "a reckless gamble" during the meeting', 'Ruiz', 'called'),
    quote(text, 2, 'partial', '"a reckless gamble"', 'Ruiz', 'called'),
  ]);
});

test('a partial quote with no cue in narration takes the subject of its sentence', () => {
  const text = 'Ruiz reached the “final stretch” of the project on Monday.';
  assert.deepEqual(run(text).quotes, [{ ...quote(text, 1, 'partial', '“final stretch”', 'Ruiz', null) }]);
});

test('a partial quote inside reported speech: both the clause and the fragment', () => {
  const text = 'Berg said the council had been "asleep at the wheel" for years.';
  assert.deepEqual(run(text).quotes, [
    quote(text, 1, 'indirect', 'the council had been "asleep at the wheel" for years', 'Berg', 'said'),
    quote(text, 2, 'partial', '"asleep at the wheel"', 'Berg', 'said'),
  ]);
});

test('titles in quotation marks are left out', () => {
  assert.deepEqual(run('The band played "Hey Jude" at the county fair.').quotes, []);
});

test('indirect speech: said, said that, told Y that, warned that', () => {
  const text = 'Ruiz said the bridge would reopen in May. Berg told reporters that the budget was balanced. The engineer noted that the cables were new.';
  assert.deepEqual(run(text).quotes, [
    quote(text, 1, 'indirect', 'the bridge would reopen in May', 'Ruiz', 'said'),
    quote(text, 2, 'indirect', 'that the budget was balanced', 'Berg', 'told'),
    quote(text, 3, 'indirect', 'that the cables were new', 'The engineer', 'noted'),
  ]);
});

test('indirect speech: according to X, before or after the clause', () => {
  const text = 'According to the report, the river rose two meters overnight. The dam held, according to the water board.';
  assert.deepEqual(run(text).quotes, [
    quote(text, 1, 'indirect', 'the river rose two meters overnight', 'the report', 'According to'),
    quote(text, 2, 'indirect', 'The dam held', 'the water board', 'according to'),
  ]);
});

test('indirect speech: "in a statement, X said" and a clause before its speaker', () => {
  const text = 'In a statement, the ministry said it had opened an inquiry. The flood barrier held through the night, Berg said.';
  assert.deepEqual(run(text).quotes, [
    quote(text, 1, 'indirect', 'it had opened an inquiry', 'the ministry', 'said'),
    quote(text, 2, 'indirect', 'The flood barrier held through the night', 'Berg', 'said', text.indexOf('The flood')),
  ]);
});

test('an adjunct between the cue and "that"', () => {
  const text = 'Ruiz said at a town hall in Riverton on Friday that the tolls would end.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'that the tolls would end', 'Ruiz', 'said')]);
});

test('noun uses of cue words are no cues', () => {
  assert.deepEqual(run('Her late-night tweets drew wide attention. The claims were checked by the paper.').quotes, []);
});

test('speakers resolve to the entity whose mention covers the speaker phrase, pronouns included', () => {
  const text = 'Mayor Ana Ruiz spoke on Monday. "We will rebuild," she said.';
  const base = run(text);
  const ruiz: Entity = {
    id: 'E1', type: 'PERSON', name: 'Ana Ruiz', titles: ['Mayor'], country: null, sector: 'GOV',
    mentions: [{ ...at(text, 'Ana Ruiz'), kind: 'name' }, { ...at(text, 'she'), kind: 'pronoun' }],
  };
  const article = { ...base, entities: [ruiz] };
  assert.deepEqual(findQuotes(article), [quote(text, 1, 'direct', '"We will rebuild,"', 'she', 'said', 0, 'E1')]);
});

test('without a token layer the stage tokenizes on its own', () => {
  const text = '"Prices will fall," the minister said.';
  const article = createArticle({ id: 'raw', date: null, title: null, text, source: { format: 'text' } });
  assert.deepEqual(findQuotes(article), [quote(text, 1, 'direct', '"Prices will fall,"', 'the minister', 'said')]);
});

test('a quote signed with a dash and a name on its own line', () => {
  const text = 'Readers wrote in.\n\n\u201cThe new bus line changed my mornings.\u201d \u2015 Maria Lopez\n\u201cIt is always late.\u201d \u2015 Omar Sadik';
  const second = text.indexOf('\u201cIt');
  assert.deepEqual(run(text).quotes, [
    quote(text, 1, 'direct', '\u201cThe new bus line changed my mornings.\u201d', 'Maria Lopez', '\u2015'),
    quote(text, 2, 'direct', '\u201cIt is always late.\u201d', 'Omar Sadik', '\u2015', second),
  ]);
});

test('an inverted cue after a quotation reports nothing more: no indirect content made of the speaker or the medium', () => {
  const text = '"We will finish the bridge," said Ana Ruiz, the mayor of Riverton. "The tolls will go," Ruiz said on Monday on WXYZ Radio.';
  assert.deepEqual(run(text).quotes, [
    quote(text, 1, 'direct', '"We will finish the bridge,"', 'Ana Ruiz', 'said'),
    quote(text, 2, 'direct', '"The tolls will go,"', 'Ruiz', 'said', text.indexOf('"The tolls')),
  ]);
});

test('the topic of a cue that is no verb of saying: "commented on X"', () => {
  const text = 'The mayor commented on the budget shortfall.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'the budget shortfall', 'The mayor', 'commented')]);
});

test('a relative-clause speaker runs on to "who"', () => {
  const text = 'Berg, who has often described the plan as "a fantasy," voted against it.';
  const quotes = run(text).quotes;
  const partial = quotes.find((q) => q.kind === 'partial');
  assert.deepEqual(partial, quote(text, 2, 'partial', '"a fantasy,"', 'Berg, who', 'described'));
});

test('a subject that names no one gives way to the named speaker of the clause around it', () => {
  const text = 'Mayor Ana Ruiz said the recent flooding demands "a new plan" from the state.';
  assert.deepEqual(run(text).quotes, [
    quote(text, 1, 'indirect', 'the recent flooding demands "a new plan" from the state', 'Mayor Ana Ruiz', 'said'),
    quote(text, 2, 'partial', '"a new plan"', 'Mayor Ana Ruiz', 'said'),
  ]);
});

test('a transcript line: the capitalised name before the colon says the rest of the paragraph', () => {
  const text = 'RUIZ: We will rebuild the bridge by spring. Nobody will pay more.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'We will rebuild the bridge by spring. Nobody will pay more', 'RUIZ', ':')]);
});

test('"X said she ...": the pronoun inside a reported clause is the reporter, whatever the entity layer linked', () => {
  const text = 'Lena Berg spoke first. Mayor Ana Ruiz said she expected "a long winter" for the city.';
  const base = run(text);
  const berg: Entity = {
    id: 'E1', type: 'PERSON', name: 'Lena Berg', titles: [], country: null, sector: null,
    // A wrong pronoun link, as coreference sometimes makes.
    mentions: [{ ...at(text, 'Lena Berg'), kind: 'name' }, { ...at(text, 'she'), kind: 'pronoun' }],
  };
  const ruiz: Entity = {
    id: 'E2', type: 'PERSON', name: 'Ana Ruiz', titles: ['Mayor'], country: null, sector: 'GOV',
    mentions: [{ ...at(text, 'Ana Ruiz'), kind: 'name' }],
  };
  const quotes = findQuotes({ ...base, entities: [berg, ruiz] });
  const partial = quotes.find((q) => q.kind === 'partial');
  assert.equal(partial?.speakerMention?.text, 'she');
  assert.equal(partial?.speaker, 'E2');
});

test('a time adjunct between the speaker and the cue is no speaker: "Sanders on Tuesday night warned"', () => {
  const text = '"We will not stop here," Ruiz on Tuesday night warned.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'direct', '"We will not stop here,"', 'Ruiz', 'warned')]);
});

test('a "she" that coreference linked to someone who is "he" everywhere else falls back to a fitting person', () => {
  const text = 'Ana Ruiz chaired the hearing. Tom Berg left early, and he said he would return. "We are not done," she said.';
  const base = run(text);
  const berg: Entity = {
    id: 'E1', type: 'PERSON', name: 'Tom Berg', titles: [], country: null, sector: null,
    mentions: [
      { ...at(text, 'Tom Berg'), kind: 'name' },
      { ...at(text, 'he said'), end: at(text, 'he said').start + 2, text: 'he', kind: 'pronoun' },
      { ...at(text, 'he would'), end: at(text, 'he would').start + 2, text: 'he', kind: 'pronoun' },
      { ...at(text, 'she'), kind: 'pronoun' },
    ],
  };
  const ruiz: Entity = {
    id: 'E2', type: 'PERSON', name: 'Ana Ruiz', titles: [], country: null, sector: null,
    mentions: [{ ...at(text, 'Ana Ruiz'), kind: 'name' }],
  };
  const quotes = findQuotes({ ...base, entities: [berg, ruiz] });
  const direct = quotes.find((q) => q.kind === 'direct');
  assert.equal(direct?.speakerMention?.text, 'she');
  assert.equal(direct?.speaker, 'E2');
});

test('a passive cue before an infinitive names no source: "is expected to", "were asked to"', () => {
  for (const text of [
    'A judge is expected to rule on Friday whether the mayor stays in office.',
    'The miners were asked to leave the tunnel before noon, the company said.',
  ]) {
    assert.deepEqual(
      run(text).quotes.filter((q) => q.speakerMention !== null && /judge|miners/i.test(q.speakerMention.text)),
      [],
      text,
    );
  }
  // The active cue still makes one.
  const text = 'Mayor Ana Ruiz asked the miners to leave the tunnel before noon.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'to leave the tunnel before noon', 'Mayor Ana Ruiz', 'asked')]);
});

test('without a parse, a denied noun phrase is no quote and a denied clause is', () => {
  assert.deepEqual(run('The senator denied the charges through his lawyer.').quotes, []);
  const text = 'The senator denied that he had taken bribes.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'that he had taken bribes', 'The senator', 'denied')]);
});

test('a postposed cue with adjuncts after it ("said in an interview on Monday") still closes the reported clause', () => {
  const text = 'The tunnel will close for two weeks in June, Mayor Ana Ruiz said in an interview on Monday.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'The tunnel will close for two weeks in June', 'Mayor Ana Ruiz', 'said')]);
});

test('an inverted cue after a reported clause, with an apposition after the name', () => {
  const text = 'Tolls on the bridge could double by spring, said Tomas Berg, an adviser to the transit board.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'Tolls on the bridge could double by spring', 'Tomas Berg', 'said')]);
});

test('a cue set off by commas after an opening adjunct: the clause after it is the content', () => {
  const text = 'To see the damage for yourself, Berg said, one should walk along the river.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'one should walk along the river', 'Berg', 'said')]);
});

test('a prepositional object of the cue is no adjunct: an opening time phrase is no reported clause', () => {
  const text = 'In May, the union called for a strike at the port.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'a strike at the port', 'the union', 'called')]);
});

test('a source "close to" or "familiar with" someone is the whole phrase', () => {
  const text = 'The ferry will resume service in May, a source close to the operator said.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'The ferry will resume service in May', 'a source close to the operator', 'said')]);
  const before = 'People familiar with the talks said the deal could be signed on Friday.';
  assert.deepEqual(run(before).quotes, [quote(before, 1, 'indirect', 'the deal could be signed on Friday', 'People familiar with the talks', 'said')]);
});

test('"As X said, CLAUSE" and "As reported by X, CLAUSE": the clause after the comma', () => {
  const text = 'As Berg told reporters, the tunnel is safe.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'the tunnel is safe', 'Berg', 'told')]);
  const participle = 'As reported by the Ledger, the mill will close in May.';
  assert.deepEqual(run(participle).quotes, [quote(participle, 1, 'indirect', 'the mill will close in May', 'the Ledger', 'reported')]);
  // A clause of time opening with "as" is no report: the cue after it is.
  const time = 'As the storm hit, the mayor said the tunnel was safe.';
  assert.deepEqual(run(time).quotes, [quote(time, 1, 'indirect', 'the tunnel was safe', 'the mayor', 'said')]);
});

test('a cue set off right after "which": the rest of the relative clause is the content', () => {
  const text = 'The park is near the stadium, which, Berg said, is usually full on game days.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'is usually full on game days', 'Berg', 'said')]);
});

test('an "-ing" cue opening the sentence: the clause up to the comma, said by the main clause\'s subject', () => {
  const text = 'Claiming the vote count was rigged, Berg walked out of the hall.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'the vote count was rigged', 'Berg', 'Claiming')]);
});

test('"told the council the tunnel was safe": the hearer ends before the next determiner', () => {
  const text = 'Berg told the council the tunnel was safe.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'the tunnel was safe', 'Berg', 'told')]);
});

test('"It was reported that ...": an expletive subject of a passive cue names no source', () => {
  const text = 'It was reported that the mill would close in May.';
  assert.deepEqual(run(text).quotes, [quote(text, 1, 'indirect', 'that the mill would close in May', null, 'reported')]);
});
