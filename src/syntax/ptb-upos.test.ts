// Tests for the Penn -> UD tag conversion used to train the tagger on CoNLL-2003 news.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConllu } from './conllu.js';
import { buildUposLexicon, ptbToUd } from './ptb-upos.js';

const UD = readConllu(
  [
    '1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_',
    '2\twas\tbe\tAUX\tVBD\t_\t3\tcop\t_\t_',
    '3\tthere\tthere\tADV\tRB\t_\t0\troot\t_\t_',
    '4\tnot\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_',
    '',
    '1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_',
    '2\twas\tbe\tAUX\tVBD\t_\t0\troot\t_\t_',
    '3\tnot\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_',
    '',
  ].join('\n'),
);

test('Penn tags become UD XPOS spelling and UPOS, with auxiliaries told apart by context', () => {
  const lex = buildUposLexicon(UD);
  const forms = ['The', 'bank', 'has', 'not', 'paid', '"', 'that', 'fine', '"', 'and', 'has', 'no', 'plans', '(', 'was', ')', '.'];
  const tags = ['DT', 'NN', 'VBZ', 'RB', 'VBN', '"', 'DT', 'NN', '"', 'CC', 'VBZ', 'DT', 'NNS', '(', 'VBD', ')', '.'];
  const r = ptbToUd(forms, tags, lex);
  assert.deepStrictEqual(r.xpos, ['DT', 'NN', 'VBZ', 'RB', 'VBN', '``', 'DT', 'NN', "''", 'CC', 'VBZ', 'DT', 'NNS', '-LRB-', 'VBD', '-RRB-', '.']);
  assert.deepStrictEqual(r.upos, [
    'DET', 'NOUN', 'AUX', 'PART', 'VERB', 'PUNCT', 'DET', 'NOUN', 'PUNCT', 'CCONJ', 'VERB', 'DET', 'NOUN', 'PUNCT', 'AUX', 'PUNCT', 'PUNCT',
  ]);
  // "to" before a verb stays TO, else it is a preposition.
  assert.deepStrictEqual(ptbToUd(['to', 'quickly', 'sell', 'to', 'them'], ['TO', 'RB', 'VB', 'TO', 'PRP'], lex).xpos, ['TO', 'RB', 'VB', 'IN', 'PRP']);
  // "that" alone is a pronoun; "did" before a verb an auxiliary.
  assert.deepStrictEqual(ptbToUd(['He', 'did', 'not', 'say', 'that'], ['PRP', 'VBD', 'RB', 'VB', 'DT'], lex).upos, ['PRON', 'AUX', 'PART', 'VERB', 'PRON']);
});
