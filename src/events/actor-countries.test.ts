// Tests of the countries read from a person's own title phrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titlePhraseCountries } from './actor-countries.js';
import { indexArticle } from './sentence-view.js';
import { fixtureArticle, type FixtureEntity } from './testing-fixture.js';

function countries(text: string, entities: readonly FixtureEntity[]): Record<string, string> {
  const index = indexArticle(fixtureArticle(text, { entities }));
  return Object.fromEntries([...titlePhraseCountries(index)].map(([e, c]) => [index.article.entities[e]?.name ?? '', c]));
}

test('a body of no known country inside the title phrase is passed over ("Peruvian National Assembly president X")', () => {
  const entities: FixtureEntity[] = [
    { texts: ['Peruvian'], type: 'NORP', country: 'PER' },
    { texts: ['Assembly'], type: 'ORG' },
    { texts: ['Ana Ruiz'], type: 'PERSON' },
    { texts: ['Senate'], type: 'ORG', country: 'CHL' },
    { texts: ['Tomas Vega'], type: 'PERSON' },
  ];
  const text = 'Peruvian National Assembly president Ana Ruiz spoke. Senate president Tomas Vega listened.';
  assert.deepEqual(countries(text, entities), { 'Ana Ruiz': 'PER', 'Tomas Vega': 'CHL' });
});

test('an appositive after the name that opens with a country and ends in a role or person noun gives the country', () => {
  const entities: FixtureEntity[] = [
    { texts: ['Ana Ruiz'], type: 'PERSON' },
    { texts: ['Peru'], type: 'GPE', country: 'PER' },
    { texts: ['Tomas Vega'], type: 'PERSON' },
    { texts: ['Chilean'], type: 'NORP', country: 'CHL' },
    { texts: ['Luis Mora'], type: 'PERSON' },
    { texts: ['Rosa Diaz'], type: 'PERSON' },
  ];
  const text = "Ana Ruiz, Peru's leading human rights activist, fasted. Tomas Vega, the Chilean trade minister, left. Luis Mora, Peru's favourite dish, and Rosa Diaz, Peru's capital city guide, ate.";
  assert.deepEqual(countries(text, entities), { 'Ana Ruiz': 'PER', 'Tomas Vega': 'CHL' });
});

test('a participle modifying the title is part of the title phrase ("Peru\'s visiting President X")', () => {
  const entities: FixtureEntity[] = [
    { texts: ['Peru'], type: 'GPE', country: 'PER' },
    { texts: ['Ana Ruiz'], type: 'PERSON' },
  ];
  const text = "Chile welcomed Peru's visiting President Ana Ruiz.";
  const tags: Record<string, [string, string, string]> = { visiting: ['VERB', 'VBG', 'amod'], President: ['PROPN', 'NNP', 'nmod:desc'], "'s": ['PART', 'POS', 'case'] };
  const article = fixtureArticle(text, { entities });
  // Tags only for the words the rule reads; the rest stay untagged, as in an article without a tagger.
  const tokens = article.tokens.map((t) => {
    const tag = tags[text.slice(t.start, t.end)];
    return tag ? { ...t, upos: tag[0], xpos: tag[1], deprel: tag[2] } : t;
  });
  const index = indexArticle({ ...article, tokens });
  const found = Object.fromEntries([...titlePhraseCountries(index)].map(([e, c]) => [index.article.entities[e]?.name ?? '', c]));
  assert.deepEqual(found, { 'Ana Ruiz': 'PER' });
});
