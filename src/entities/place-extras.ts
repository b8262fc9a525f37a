// Place names news writes that the generated gazetteer lacks: US state and Canadian province abbreviations ("Calif.",
// "N.J.", "Ont."), countries of the past ("West Germany") and their demonyms. Kept apart from the gazetteer file so that the
// recogniser, trained with that file's features, is unchanged.
import type { PlaceHit } from './gazetteer.js';

// AP style abbreviations (and the forms without a final period that wire copy also uses). Left out: "Miss." (an
// honorific), "Me." and "Ill" / "Wash" without a period (words).
const US = [
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Calif', 'Colo.', 'Colo', 'Conn.', 'Conn', 'Del.', 'Fla.', 'Fla', 'Ga.', 'Ill.', 'Ind.', 'Kan.',
  'Kans.', 'Ky.', 'La.', 'Md.', 'Mass.', 'Mass', 'Mich.', 'Mich', 'Minn.', 'Minn', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.',
  'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Tex.', 'Vt.', 'Va.', 'Wash.',
  'W.Va.', 'W. Va.', 'Wis.', 'Wyo.', 'D.C.',
];
const CANADA = ['Ont.', 'Que.', 'B.C.', 'Alta.', 'Sask.', 'Man.', 'N.S.', 'N.B.', 'Nfld.'];

// Countries as wire copy of the 1980s names them; East Germany by its former ISO code.
const COUNTRIES: readonly [string, string][] = [['West Germany', 'DEU'], ['East Germany', 'DDR'], ['U.S', 'USA'], ['PRC', 'CHN']];

const TABLE: ReadonlyMap<string, PlaceHit> = new Map<string, PlaceHit>([
  ...COUNTRIES.map(([name, country]): [string, PlaceHit] => [name, { kind: 'country', country }]),
  ...US.map((a): [string, PlaceHit] => [a, { kind: 'region', country: 'USA' }]),
  ...CANADA.map((a): [string, PlaceHit] => [a, { kind: 'region', country: 'CAN' }]),
]);

// Demonyms of those countries, a people named by its state, and demonyms the gazetteer lacks.
const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['West German', 'DEU'], ['West Germans', 'DEU'], ['East German', 'DDR'], ['East Germans', 'DDR'], ['Soviets', 'RUS'],
  // Demonyms the generated gazetteer lacks.
  ['Kyrgyz', 'KGZ'], ['Kirghiz', 'KGZ'], ['Tajik', 'TJK'], ['Tajiks', 'TJK'], ['Lao', 'LAO'], ['Ecuadorian', 'ECU'],
  ['Ecuadorians', 'ECU'], ['Byelorussian', 'BLR'], ['Chechen', 'RUS'], ['Chechens', 'RUS'],
]);

/** The country of a demonym the gazetteer lacks ("West German" -> DEU), or null. */
export function extraDemonym(name: string): string | null {
  return DEMONYMS.get(name) ?? null;
}

/** The place one of these names denotes ("Calif." -> a region of USA, "West Germany" -> DEU), or null. */
export function extraPlace(name: string): PlaceHit | null {
  return TABLE.get(name) ?? null;
}
