// Tests for the tokeniser: UD English conventions on short news-style sentences of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeSurface, tokenize } from './tokenize.js';

function surfaces(text: string): string[] {
  return tokenize(text).map((t) => text.slice(t.start, t.end));
}

function assertWellFormed(text: string): void {
  let prevEnd = 0;
  for (const t of tokenize(text)) {
    assert.ok(t.start >= prevEnd && t.end > t.start, `token [${t.start},${t.end}) out of order`);
    assert.doesNotMatch(text.slice(t.start, t.end), /\s/);
    prevEnd = t.end;
  }
}

const CASES: Array<[string, string[]]> = [
  [
    'Gen. Marta Ruiz, 64, met U.S. Attorney Joe Park on Nov. 17.',
    ['Gen.', 'Marta', 'Ruiz', ',', '64', ',', 'met', 'U.S.', 'Attorney', 'Joe', 'Park', 'on', 'Nov.', '17', '.'],
  ],
  [
    "We can't say, and I'm sure they won't, but it's gonna rain and we'll stay.",
    ['We', 'ca', "n't", 'say', ',', 'and', 'I', "'m", 'sure', 'they', 'wo', "n't", ',', 'but', 'it', "'s", 'gon', 'na', 'rain',
      'and', 'we', "'ll", 'stay', '.'],
  ],
  ['Officials cannot agree.', ['Officials', 'can', 'not', 'agree', '.']],
  ["Chile’s miners and the workers' union", ['Chile', '’s', 'miners', 'and', 'the', 'workers', "'", 'union']],
  [
    'Profit rose 5% to $3.2 billion, or 1,000.5 pesos a share.',
    ['Profit', 'rose', '5', '%', 'to', '$', '3.2', 'billion', ',', 'or', '1,000.5', 'pesos', 'a', 'share', '.'],
  ],
  [
    'Read more at https://example.org/news?id=7. Write to desk@example.com (or @newsdesk) #vote2024',
    ['Read', 'more', 'at', 'https://example.org/news?id=7', '.', 'Write', 'to', 'desk@example.com', '(', 'or', '@newsdesk', ')',
      '#vote2024'],
  ],
  [
    'The 15-year-old co-founder sent an e-mail about a well-known H-2 visa.',
    ['The', '15', '-', 'year', '-', 'old', 'co-founder', 'sent', 'an', 'e-mail', 'about', 'a', 'well', '-', 'known', 'H', '-', '2',
      'visa', '.'],
  ],
  [
    '“We cannot do both,” Ortega said — twice.',
    ['“', 'We', 'can', 'not', 'do', 'both', ',', '”', 'Ortega', 'said', '—', 'twice', '.'],
  ],
  [
    'Acme Corp. and Bolt Inc. met at 9 a.m. at No. 3 Elm St. with J. Smith Jr. and Dr. Lee.',
    ['Acme', 'Corp.', 'and', 'Bolt', 'Inc.', 'met', 'at', '9', 'a.m.', 'at', 'No.', '3', 'Elm', 'St.', 'with', 'J.', 'Smith', 'Jr.',
      'and', 'Dr.', 'Lee', '.'],
  ],
  ['The answer was no. No.', ['The', 'answer', 'was', 'no', '.', 'No', '.']],
  ['Wait... what?! Call 713-555-0199 by 5:30 on 9/11.', ['Wait', '...', 'what', '?!', 'Call', '713-555-0199', 'by', '5:30', 'on', '9/11', '.']],
  ['"Stop," she said. \'Why?\'', ['"', 'Stop', ',', '"', 'she', 'said', '.', "'", 'Why', '?', "'"]],
  ['It rained in the ’90s -- a lot :)', ['It', 'rained', 'in', 'the', '’90s', '--', 'a', 'lot', ':)']],
  ['A 375mm gun fired 12 rounds in the 4th hour.', ['A', '375', 'mm', 'gun', 'fired', '12', 'rounds', 'in', 'the', '4th', 'hour', '.']],
];

test('tokenize follows UD English conventions', () => {
  for (const [text, expected] of CASES) {
    assert.deepStrictEqual(surfaces(text), expected, text);
    assertWellFormed(text);
  }
});

test('norm is set only where the surface differs: curly quotes, dashes, ellipsis', () => {
  const text = '“Yes,” he said — it’s done…';
  const withNorm = tokenize(text)
    .filter((t) => t.norm !== undefined)
    .map((t) => [text.slice(t.start, t.end), t.norm]);
  assert.deepStrictEqual(withNorm, [
    ['“', '"'],
    ['”', '"'],
    ['—', '--'],
    ['’s', "'s"],
    ['…', '...'],
  ]);
  assert.equal(normalizeSurface('–'), '-');
});

test('odd spaces separate tokens and offsets stay exact', () => {
  const text = 'Oil\u00a0prices\u2009rose \u200bsharply\n\nin  May.';
  assert.deepStrictEqual(surfaces(text), ['Oil', 'prices', 'rose', 'sharply', 'in', 'May', '.']);
  assertWellFormed(text);
});

test('tokenize can work on a part of the text', () => {
  const text = 'Skip this. Keep that.';
  assert.deepStrictEqual(
    tokenize(text, 11).map((t) => text.slice(t.start, t.end)),
    ['Keep', 'that', '.'],
  );
});

test('empty and blank texts give no tokens', () => {
  assert.deepStrictEqual(tokenize(''), []);
  assert.deepStrictEqual(tokenize(' \n\t '), []);
});

test('any mix of tricky characters gives well-formed tokens covering every non-space character', () => {
  const alphabet = [...'aZ9 .,;:!?\'"’”“-—–/@#$%&()[]<>=*_~+^`…\u00a0\n', 'http://', 'www.', "n't", "'s", 'No.', 'U.S.', '\ud83d\ude00', '\ud83d'];
  let seed = 12345;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  for (let round = 0; round < 2000; round++) {
    let text = '';
    const len = next() % 30;
    for (let i = 0; i < len; i++) text += alphabet[next() % alphabet.length];
    assertWellFormed(text);
    const covered = tokenize(text).reduce((n, t) => n + t.end - t.start, 0);
    const nonSpace = text.replace(/[\s\u00a0]/g, '').length;
    assert.equal(covered, nonSpace, JSON.stringify(text));
  }
});
