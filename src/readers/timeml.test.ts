// Reading TimeML and TempEval-3 input: TEXT with tags removed and entities decoded, DCT as the date, located errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_READ_OPTIONS } from './reader.js';
import { parseTimeml, timemlId, timemlOutputName, timemlReader } from './timeml.js';

const FILE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>demo</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-06-10" temporalFunction="false" functionInDocument="CREATION_TIME">June 10, 2021</TIMEX3></DCT>
<TEXT>
Smith &amp; Sons <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2021-06-09">Wednesday</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
`;

test('TEXT is read without tags, with entities decoded and offsets mapped back', () => {
  const doc = parseTimeml(FILE);
  assert.equal(doc.text, '\nSmith & Sons closed Wednesday.\n');
  assert.equal(doc.dct, '2021-06-10');
  assert.equal(doc.dctTid, 't0');
  assert.deepStrictEqual(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.attributes['value']]), [['Wednesday', '2021-06-09']]);
  const amp = doc.text.indexOf('&');
  assert.equal(FILE.slice(doc.rawStart[amp], doc.rawEnd[amp]), '&amp;');
  const w = doc.text.indexOf('Wednesday');
  assert.equal(FILE.slice(doc.rawStart[w], (doc.rawStart[w] ?? 0) + 9), 'Wednesday');
});

test('the reader gives one article with the DCT as its date and the file name as its id', () => {
  const results = [...timemlReader.read({ path: '/data/demo.tml.TE3input', bytes: new TextEncoder().encode(FILE) }, DEFAULT_READ_OPTIONS)];
  assert.equal(results.length, 1);
  const r = results[0];
  assert.ok(r?.ok);
  assert.equal(r.article.id, 'demo');
  assert.equal(r.article.date, '2021-06-10');
  assert.equal(r.article.text, '\nSmith & Sons closed Wednesday.\n');
  assert.deepStrictEqual(r.article.source, { path: '/data/demo.tml.TE3input', format: 'timeml' });
});

test('names, sniffing and errors', () => {
  assert.equal(timemlId('a/b/APW1.tml'), 'APW1');
  assert.equal(timemlOutputName('x/APW1.tml.TE3input'), 'APW1.tml');
  assert.ok(timemlReader.sniff('<?xml version="1.0" ?>\n<TimeML xmlns:xsi="x">'));
  const bad = [...timemlReader.read({ path: 'bad.tml', bytes: new TextEncoder().encode('<TimeML><DCT></DCT></TimeML>') }, DEFAULT_READ_OPTIONS)];
  assert.equal(bad[0]?.ok, false);
  if (bad[0] && !bad[0].ok) {
    assert.equal(bad[0].error.code, 'PARSE_ERROR');
    assert.match(bad[0].error.describe(), /^bad\.tml: no <TEXT> element/);
  }
});
