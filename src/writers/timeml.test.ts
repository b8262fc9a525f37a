// Writing our TIMEX3 tags back into a TimeML file: gold tags and links go, every other character stays.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createArticle } from '../core/index.js';
import { parseTimeml } from '../readers/timeml.js';
import { tagTimes } from '../time/index.js';
import { articleToTimeml, writeTimeml } from './timeml.js';

const FILE = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-06-10" functionInDocument="CREATION_TIME">2021-06-10</TIMEX3></DCT>
<TEXT>
Smith &amp; Sons <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> <TIMEX3 tid="t9" type="DATE" value="X">Wednesday</TIMEX3> after six years.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
`;

function analysed(content: string): ReturnType<typeof createArticle> {
  const doc = parseTimeml(content);
  const article = createArticle({ id: 'demo', date: '2021-06-10', title: null, text: doc.text, source: { format: 'timeml' } });
  return { ...article, times: tagTimes(doc.text, { referenceDate: '2021-06-10' }) };
}

test('our tags replace the gold ones and the rest of the file is unchanged', () => {
  const out = writeTimeml(FILE, analysed(FILE));
  assert.equal(
    out,
    FILE.replace('<EVENT eid="e1" class="OCCURRENCE">closed</EVENT>', 'closed')
      .replace('<TIMEX3 tid="t9" type="DATE" value="X">Wednesday</TIMEX3>', '<TIMEX3 tid="t1" type="DATE" value="2021-06-09" functionInDocument="NONE">Wednesday</TIMEX3>')
      .replace('six years', '<TIMEX3 tid="t2" type="DURATION" value="P6Y" functionInDocument="NONE">six years</TIMEX3>')
      .replace(/<MAKEINSTANCE[^\n]*\n<TLINK[^\n]*\n/, ''),
  );
  const reread = parseTimeml(out);
  assert.equal(reread.text, parseTimeml(FILE).text);
  assert.deepStrictEqual(reread.timexes.map((t) => t.attributes['value']), ['2021-06-09', 'P6Y']);
});

test('an article from elsewhere becomes a new TimeML document that reads back to the same text', () => {
  const article = { ...createArticle({ id: 'n1', date: '2021-06-10', title: null, text: 'A & B met Monday.', source: { format: 'text' } }) };
  const withTimes = { ...article, times: tagTimes(article.text, { referenceDate: '2021-06-10' }) };
  const xml = articleToTimeml(withTimes);
  const doc = parseTimeml(xml);
  assert.equal(doc.text, 'A & B met Monday.');
  assert.equal(doc.dct, '2021-06-10');
  assert.deepStrictEqual(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.attributes['value']]), [['Monday', '2021-06-07']]);
});
