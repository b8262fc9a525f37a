// Tests for the CoNLL-U writer: columns, 1-based heads within each sentence, SpaceAfter, comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, type Token } from '../core/index.js';
import { conlluWriter, renderConllu } from './conllu.js';

test('tokens are written sentence by sentence with heads relative to the sentence', () => {
  const text = 'Rates rose. Banks cheered.';
  const tokens: Token[] = [
    { start: 0, end: 5, upos: 'NOUN', xpos: 'NNS', lemma: 'rate', head: 1, deprel: 'nsubj' },
    { start: 6, end: 10, upos: 'VERB', xpos: 'VBD', lemma: 'rise', head: -1, deprel: 'root' },
    { start: 10, end: 11, upos: 'PUNCT', xpos: '.', lemma: '.', head: 1, deprel: 'punct' },
    { start: 12, end: 17, upos: 'NOUN', xpos: 'NNS', lemma: 'bank', head: 4, deprel: 'nsubj' },
    { start: 18, end: 25, upos: 'VERB', xpos: 'VBD', lemma: 'cheer', head: -1, deprel: 'root' },
    { start: 25, end: 26 },
  ];
  const article = createArticle({
    id: 'doc1', date: null, title: null, text, source: { format: 'text' }, tokens,
    sentences: [{ start: 0, end: 11 }, { start: 12, end: 26 }],
  });
  assert.equal(conlluWriter.format, 'conllu');
  assert.equal(
    renderConllu(article),
    [
      '# newdoc id = doc1',
      '# sent_id = doc1-1',
      '# text = Rates rose.',
      '1\tRates\trate\tNOUN\tNNS\t_\t2\tnsubj\t_\t_',
      '2\trose\trise\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No',
      '3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
      '',
      '# sent_id = doc1-2',
      '# text = Banks cheered.',
      '1\tBanks\tbank\tNOUN\tNNS\t_\t2\tnsubj\t_\t_',
      '2\tcheered\tcheer\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No',
      '3\t.\t_\t_\t_\t_\t_\t_\t_\t_',
      '',
      '',
    ].join('\n'),
  );
});
