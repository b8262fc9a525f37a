// Pins floors for the tokeniser and sentence splitter on the UD English development files, and checks the scorer.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { evaluateSegmentation, readGoldSegmentation } from './segment.js';

const TINY = [
  '# newdoc id = d1',
  '# newpar',
  "# text = We can't go.",
  '1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_',
  "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  '4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '# text = Rain fell.',
  '1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_',
  '2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No',
  '3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '',
  '# newpar',
  '# text = Done',
  '1\tDone\tdone\tADJ\tJJ\t_\t0\troot\t_\t_',
  '',
].join('\n');

test('the gold text is rebuilt from # text lines, words located inside multiword tokens', () => {
  const gold = readGoldSegmentation(TINY);
  assert.equal(gold.text, "We can't go. Rain fell.\n\nDone");
  assert.deepStrictEqual(
    gold.tokens.map((t) => gold.text.slice(t.start, t.end)),
    ['We', 'ca', "n't", 'go', '.', 'Rain', 'fell', '.', 'Done'],
  );
  assert.deepStrictEqual(gold.sentenceEnds, [12, 23, 29]);
  assert.deepStrictEqual(gold.innerSentenceEnds, [12]);
});

test('a sentence without a # text line is rebuilt from its forms and SpaceAfter=No', () => {
  const gold = readGoldSegmentation(['1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No', '2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_', ''].join('\n'));
  assert.equal(gold.text, 'Hi!');
  assert.deepStrictEqual(gold.sentenceEnds, [3]);
});

test('a perfect segmentation scores 1', () => {
  const r = evaluateSegmentation(TINY);
  assert.equal(r.tokens.f1, 1);
  assert.equal(r.sentences.f1, 1);
});

const FLOORS: Array<[string, number, number]> = [
  // [file, token F1 floor, sentence-end F1 floor], a little under the figures measured when written
  ['data/ud/en_ewt-dev.conllu', 0.988, 0.93],
  ['data/ud/en_gum-dev.conllu', 0.997, 0.98],
];

for (const [file, tokenFloor, sentenceFloor] of FLOORS) {
  test(`segmentation of ${file} stays above its floor`, { skip: needShared(file) }, () => {
    const r = evaluateSegmentation(readFileSync(sharedPath(file), 'utf8'), file);
    assert.ok(r.tokens.f1 >= tokenFloor, `token F1 ${r.tokens.f1.toFixed(4)} < ${tokenFloor}`);
    assert.ok(r.sentences.f1 >= sentenceFloor, `sentence F1 ${r.sentences.f1.toFixed(4)} < ${sentenceFloor}`);
  });
}
