// Reads what Reuters-21578's SGML says about each story (<PEOPLE>, <PLACES>, <BODY>) for the corpus evaluations.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The annotations of one Reuters story. */
export interface ReutersGold {
  readonly id: string;
  readonly people: readonly string[];
  readonly places: readonly string[];
  /** The <BODY> text, whitespace-normalised, or null when the story has none. */
  readonly body: string | null;
}

function list(doc: string, tag: string): string[] {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(doc);
  return m ? [...(m[1] ?? '').matchAll(/<D>([\s\S]*?)<\/D>/g)].map((d) => (d[1] ?? '').trim()).filter(Boolean) : [];
}

/** Every story of the SGML files in `dir`, keyed by NEWID. */
export function readReutersGold(dir: string): Map<string, ReutersGold> {
  const out = new Map<string, ReutersGold>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.sgm')).sort()) {
    const text = readFileSync(path.join(dir, name), 'latin1');
    for (const m of text.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const doc = m[2] ?? '';
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(doc);
      out.set(m[1] as string, { id: m[1] as string, people: list(doc, 'PEOPLE'), places: list(doc, 'PLACES'), body: body ? (body[1] ?? '').replace(/\s+/g, ' ').trim() : null });
    }
  }
  return out;
}
