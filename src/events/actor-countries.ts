// Countries the entity layer left open for titled persons, read from the person's own title phrase in the text.
import type { Entity } from '../core/index.js';
import { ROLE_SECTORS } from '../entities/index.js';
import { isAgentNoun } from './participants.js';
import { uposOf, type ArticleIndex } from './sentence-view.js';

/** Entity types whose country a title phrase may lend: countries, demonyms, and bodies with a country. */
const LENDER_TYPES = new Set(['GPE', 'NORP', 'ORG']);
/** Parts of speech a title phrase is made of ("junior foreign minister", "'s new President", "Secretary-General"). */
const TITLE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'PART', 'PUNCT']);
const MAX_GAP = 5;
const POSSESSIVE = /^('s|\u2019s)$/;

function isRole(word: string): boolean {
  const w = word.replace(/\.$/, '');
  return Object.hasOwn(ROLE_SECTORS, w) || Object.hasOwn(ROLE_SECTORS, w.replace(/s$/, ''));
}

/** Whether token `j` is a participle the parse makes an adjectival modifier ("visiting", "ousted"). */
function participleModifier(index: ArticleIndex, j: number): boolean {
  const t = index.article.tokens[j];
  return (t?.xpos === 'VBG' || t?.xpos === 'VBN') && t.deprel === 'amod';
}

function lenderCountry(entity: Entity | undefined): string | null {
  if (!entity || !LENDER_TYPES.has(entity.type)) return null;
  return entity.country;
}

/**
 * "X, Algeria's leading human rights activist,", "X, the Nigerian junior foreign minister,": an appositive after the
 * name that opens with a country's possessive or a demonym and ends in a role word. Returns the country or null.
 */
function appositiveCountry(index: ArticleIndex, last: number): string | null {
  const { article } = index;
  if (index.lower[last + 1] !== ',') return null;
  let j = index.lower[last + 2] === 'the' ? last + 3 : last + 2;
  const lender = index.entityAt[j] ?? -1;
  const entity = lender === -1 ? undefined : article.entities[lender];
  const c = lenderCountry(entity);
  if (!c) return null;
  while (index.entityAt[j + 1] === lender) j++;
  if (entity?.type === 'GPE') {
    if (!POSSESSIVE.test(index.lower[j + 1] ?? '')) return null;
    j++;
  }
  for (let k = j + 1; k <= j + MAX_GAP; k++) {
    const w = index.lower[k] ?? '';
    const pos = uposOf(index, k);
    // The appositive's head names the person's role or kind ("activist", "minister").
    if (isRole(w) || ((pos === 'NOUN' || !pos) && isAgentNoun(w))) {
      const after = index.lower[k + 1] ?? '';
      return after === ',' || after === '.' || k + 1 >= index.lower.length || uposOf(index, k + 1) === 'VERB' ? c : null;
    }
    // Participles modify the head as adjectives do ("leading", "jailed").
    if ((index.entityAt[k] ?? -1) !== -1 || (pos && ((!TITLE_POS.has(pos) && pos !== 'VERB') || pos === 'PUNCT'))) return null;
  }
  return null;
}

/**
 * Country of a person the entity layer gave none, from a title phrase that names it: "Nigerian junior foreign
 * minister X", "Lebanon's new President X" (a country or demonym, then role words, then the name), "Russia's X"
 * (a country's possessive) or "King X of Morocco" (a titled name, then "of" and a country). Only evidence inside the phrase counts: no knowledge of office
 * holders, no guess from elsewhere in the sentence. Returns entity index -> ISO alpha-3 code.
 */
export function titlePhraseCountries(index: ArticleIndex): Map<number, string> {
  const { article } = index;
  const found = new Map<number, string>();
  const tokens = article.tokens;
  article.entities.forEach((entity, e) => {
    if (entity.type !== 'PERSON' || entity.country !== null) return;
    for (const mention of entity.mentions) {
      if (mention.kind !== 'name') continue;
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((tokens[mid]?.end ?? 0) <= mention.start) lo = mid + 1;
        else hi = mid;
      }
      const first = lo;
      let last = first;
      while ((tokens[last + 1]?.start ?? Infinity) < mention.end) last++;
      if (first >= tokens.length) continue;
      // Leftwards over the title phrase to the country or demonym that opens it.
      let role = entity.titles.length > 0;
      let limit = first - MAX_GAP;
      for (let j = first - 1; j >= 0 && j >= limit; j--) {
        const lender = index.entityAt[j] ?? -1;
        const body = lender !== -1 ? article.entities[lender] : undefined;
        if (body && lender !== e && body.type === 'ORG' && lenderCountry(body) === null) {
          // "French National Assembly president X": a body of no known country is part of the title phrase.
          while (j - 1 >= 0 && index.entityAt[j - 1] === lender) {
            j--;
            limit--;
          }
          continue;
        }
        if (lender !== -1 && lender !== e) {
          // "Russia's Putin": a country's possessive on the bare name says whose he is as plainly as a title.
          const possessive = j === first - 2 && POSSESSIVE.test(index.lower[first - 1] ?? '') && article.entities[lender]?.type === 'GPE';
          const c = role || possessive ? lenderCountry(article.entities[lender]) : null;
          if (c) found.set(e, c);
          break;
        }
        const w = index.lower[j] ?? '';
        const pos = uposOf(index, j);
        // "Jordan's visiting King X", "Iraq's outgoing Prime Minister X": a participle modifies the title as an adjective does.
        if (pos && !TITLE_POS.has(pos) && !(pos === 'VERB' && participleModifier(index, j))) break;
        if (pos === 'PUNCT' && w !== '-') break;
        if (isRole(w)) role = true;
      }
      if (found.has(e)) return;
      const apposed = appositiveCountry(index, last);
      if (apposed) {
        found.set(e, apposed);
        return;
      }
      // "King Hassan of Morocco": a titled name followed by "of" and a country.
      const of = last + 1;
      const at = index.lower[of + 1] === 'the' ? of + 2 : of + 1;
      const lender = index.entityAt[at] ?? -1;
      const titled = role || isRole(index.lower[first - 1] ?? '');
      if (titled && index.lower[of] === 'of' && lender !== -1 && article.entities[lender]?.type === 'GPE') {
        const c = lenderCountry(article.entities[lender]);
        if (c) {
          found.set(e, c);
          return;
        }
      }
    }
  });
  return found;
}
