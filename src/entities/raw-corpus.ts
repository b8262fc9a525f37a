// Tokenised raw news text for inducing word clusters: Reuters-21578 bodies, BBC News, and the words of the NER and UD files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Splits raw text into rough sentences of CoNLL-style tokens ("U.S.", "'s" apart, punctuation apart). */
export function roughTokenise(text: string): string[][] {
  const out: string[][] = [];
  const tokenRe = /[A-Za-z]\.(?:[A-Za-z]\.)+|\d+(?:[.,:/]\d+)*|[\p{L}\p{N}]+(?:[-&][\p{L}\p{N}]+)*(?:n't)?|'s|n't|[^\s\p{L}\p{N}]/gu;
  for (const para of text.split(/\n\s*\n|\r?\n(?=\s)/)) {
    let sent: string[] = [];
    for (const m of para.replace(/(\w)'s\b/g, "$1 's").matchAll(tokenRe)) {
      const t = m[0];
      sent.push(t);
      if (t === '.' || t === '?' || t === '!') {
        out.push(sent);
        sent = [];
      }
    }
    if (sent.length) out.push(sent);
  }
  return out;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#3;': '' };

/** Every sentence of raw text found under `sharedRoot` (missing folders are skipped; no evaluation text). */
export function* rawNewsSentences(sharedRoot: string): Generator<string[]> {
  const reuters = path.join(sharedRoot, 'data/corpora/reuters21578/sgm-data');
  if (existsSync(reuters)) {
    for (const f of readdirSync(reuters).filter((f) => f.endsWith('.sgm')).sort()) {
      const sgm = readFileSync(path.join(reuters, f), 'latin1');
      for (const m of sgm.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) {
        const body = (m[1] ?? '').replace(/&[#a-z0-9]+;/g, (e) => ENTITIES[e] ?? ' ');
        yield* roughTokenise(body);
      }
      for (const m of sgm.matchAll(/<TITLE>([\s\S]*?)<\/TITLE>/g)) yield* roughTokenise(m[1] ?? '');
    }
  }
  const bbc = path.join(sharedRoot, 'data/corpora/bbc-news/bbc');
  if (existsSync(bbc)) {
    for (const topic of readdirSync(bbc).sort()) {
      const dir = path.join(bbc, topic);
      if (!statSync(dir).isDirectory()) continue;
      for (const f of readdirSync(dir).sort()) yield* roughTokenise(readFileSync(path.join(dir, f), 'latin1'));
    }
  }
  // CoNLL dev text stays out, so that dev figures are not helped by having seen its words.
  for (const f of ['data/ner/conll2003-train.txt']) {
    const p = path.join(sharedRoot, f);
    if (!existsSync(p)) continue;
    let sent: string[] = [];
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      const w = line.split(' ')[0] ?? '';
      if (w === '' || w === '-DOCSTART-') {
        if (sent.length) yield sent;
        sent = [];
      } else sent.push(w);
    }
  }
  for (const f of ['en_ewt-train', 'en_ewt-dev', 'en_gum-train', 'en_gum-dev']) {
    const p = path.join(sharedRoot, `data/ud/${f}.conllu`);
    if (!existsSync(p)) continue;
    let sent: string[] = [];
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (line === '') {
        if (sent.length) yield sent;
        sent = [];
      } else if (!line.startsWith('#')) {
        const cols = line.split('\t');
        if (/^\d+$/.test(cols[0] ?? '')) sent.push(cols[1] ?? '');
      }
    }
  }
}
