// Reads PolNeAR attribution annotations (BRAT standoff: Source, Cue and Content spans tied by Attribution events).
import { DatelineError, type Span } from '../core/index.js';

/** One gold attribution: its content, and the source spans of every attribution that shares that content. */
export interface GoldAttribution {
  readonly id: string;
  /** UTF-16 fragments of the content (BRAT allows discontinuous spans). */
  readonly content: readonly Span[];
  readonly contentText: string;
  readonly sources: readonly Span[];
  readonly cues: readonly Span[];
  /** True when the content holds a quotation mark: scored as a direct (or partial) quote. */
  readonly quoted: boolean;
}

interface TextBound {
  readonly type: string;
  readonly spans: readonly Span[];
  readonly text: string;
}

/** Maps code-point offsets (BRAT's) to UTF-16 offsets (ours) for one text. */
export function codePointToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp: number) => map[Math.min(Math.max(cp, 0), map.length - 1)]!;
}

const QUOTE_MARK = /["\u201c\u201d\u201e\u00ab\u00bb]|''|``|(?:^|[\s(\u2014])['\u2018]\p{L}/u;

/** True when a span of text holds a quotation mark (a double mark, or a single one opening a word). */
export function holdsQuotationMark(text: string): boolean {
  return QUOTE_MARK.test(text);
}

/** Parses one `.ann` file against its text; malformed lines raise a DatelineError naming file and line. */
export function parsePolnear(ann: string, text: string, file = '<ann>'): GoldAttribution[] {
  const toU16 = codePointToUtf16(text);
  const bounds = new Map<string, TextBound>();
  const events: Array<{ roles: Array<[string, string]>; line: number }> = [];
  for (const [n, raw] of ann.split(/\r?\n/).entries()) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    // A covered text holding a line break runs on over lines that start with no annotation id: skip them.
    if (!/^[TERAMN*]\d*\t/.test(raw)) continue;
    const cols = raw.split('\t');
    const id = cols[0] ?? '';
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cols[1] ?? '');
      if (!m) throw new DatelineError('PARSE_ERROR', `expected "TYPE START END[;START END]" in text-bound annotation, got "${cols[1] ?? ''}"`, { file, line: n + 1 });
      const spans = m[2]!.split(';').map((p) => {
        const [s, e] = p.split(' ').map(Number) as [number, number];
        return { start: toU16(s), end: toU16(e) };
      });
      bounds.set(id, { type: m[1]!, spans, text: cols[2] ?? '' });
    } else if (id.startsWith('E')) {
      const roles = (cols[1] ?? '').split(' ').filter(Boolean).map((r) => {
        const i = r.indexOf(':');
        if (i < 0) throw new DatelineError('PARSE_ERROR', `expected ROLE:ID in event, got "${r}"`, { file, line: n + 1 });
        return [r.slice(0, i), r.slice(i + 1)] as [string, string];
      });
      events.push({ roles, line: n + 1 });
    }
  }
  const byContent = new Map<string, { content: Span[]; sources: Span[]; cues: Span[] }>();
  for (const ev of events) {
    const contentIds = ev.roles.filter(([r]) => /^Content\d*$/.test(r)).map(([, id]) => id);
    if (contentIds.length === 0) continue;
    const key = contentIds.join('+');
    const entry = byContent.get(key) ?? { content: contentIds.flatMap((id) => bounds.get(id)?.spans ?? []), sources: [], cues: [] };
    for (const [role, id] of ev.roles) {
      const b = bounds.get(id);
      if (!b) continue;
      if (/^Source\d*$/.test(role)) entry.sources.push(...b.spans);
      if (/^Cue\d*$/.test(role)) entry.cues.push(...b.spans);
    }
    byContent.set(key, entry);
  }
  const out: GoldAttribution[] = [];
  for (const [key, e] of byContent) {
    if (e.content.length === 0) continue;
    const contentText = e.content.map((s) => text.slice(s.start, s.end)).join(' ');
    out.push({ id: key, content: e.content, contentText, sources: e.sources, cues: e.cues, quoted: holdsQuotationMark(contentText) });
  }
  return out.sort((x, y) => x.content[0]!.start - y.content[0]!.start);
}
