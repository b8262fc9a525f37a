// Our role dictionary: title and role words, the CAMEO/PLOVER sector each implies, and the words that may modify them.

/** CAMEO/PLOVER sector codes used by the entity layer. */
export type Sector =
  | 'GOV' | 'MIL' | 'JUD' | 'COP' | 'LEG' | 'BUS' | 'MED' | 'EDU' | 'REB' | 'CRM' | 'REL' | 'JRN' | 'PTY' | 'LAB' | 'SPY'
  // CAMEO's types for international actors, which have no country: intergovernmental and non-governmental organisations.
  | 'IGO' | 'NGO';

/**
 * Role heads (lower case, without a final period) and their sector; null for honorifics that say nothing of sector.
 * CAMEO conventions: ministers and diplomats GOV; officers and ranks MIL; judges, courts, prosecutors, attorneys
 * (the U.S. Attorney General heads the Justice Department) JUD; police and marshals COP; lawmakers LEG.
 */
export const ROLE_SECTORS: Readonly<Record<string, Sector | null>> = {
  // Government and diplomacy.
  president: 'GOV', 'vice president': 'GOV', 'president-elect': 'GOV', minister: 'GOV', 'prime minister': 'GOV',
  premier: 'GOV', secretary: 'GOV', 'secretary general': 'GOV', 'under secretary': 'GOV', 'defense secretary': 'GOV', 'foreign secretary': 'GOV', ambassador: 'GOV',
  amb: 'GOV', diplomat: 'GOV', envoy: 'GOV', consul: 'GOV', governor: 'GOV', gov: 'GOV', mayor: 'GOV',
  chancellor: 'GOV', king: 'GOV', queen: 'GOV', prince: 'GOV', princess: 'GOV', emir: 'GOV', sultan: 'GOV',
  sheikh: 'GOV', commissioner: 'GOV', official: 'GOV', officials: 'GOV', administrator: 'GOV', cabinet: 'GOV',
  spokesman: null, spokeswoman: null, spokesperson: null, aide: 'GOV', adviser: 'GOV', advisor: 'GOV',
  // Military.
  general: 'MIL', gen: 'MIL', colonel: 'MIL', col: 'MIL', lieutenant: 'MIL', lt: 'MIL', major: 'MIL', maj: 'MIL',
  captain: 'MIL', capt: 'MIL', admiral: 'MIL', adm: 'MIL', sergeant: 'MIL', sgt: 'MIL', corporal: 'MIL',
  cpl: 'MIL', commander: 'MIL', cmdr: 'MIL', brigadier: 'MIL', marshal: 'MIL', soldier: 'MIL', soldiers: 'MIL',
  troops: 'MIL', officer: 'MIL',
  // Judiciary and prosecution.
  judge: 'JUD', justice: 'JUD', magistrate: 'JUD', prosecutor: 'JUD', prosecutors: 'JUD', attorney: 'JUD',
  'attorney general': 'JUD', 'district attorney': 'JUD', 'defense attorney': 'JUD', 'defense lawyer': 'JUD',
  lawyer: 'JUD', lawyers: 'JUD', counsel: 'JUD', solicitor: 'JUD', 'solicitor general': 'JUD',
  // Police.
  police: 'COP', policeman: 'COP', detective: 'COP', det: 'COP', inspector: 'COP', sheriff: 'COP', marshals: 'COP',
  'police chief': 'COP', constable: 'COP', agent: 'COP', agents: 'COP', 'police officer': 'COP',
  // Legislature.
  senator: 'LEG', sen: 'LEG', representative: 'LEG', rep: 'LEG', congressman: 'LEG', congresswoman: 'LEG',
  lawmaker: 'LEG', lawmakers: 'LEG', legislator: 'LEG', speaker: 'LEG', mp: 'LEG', councilman: 'LEG',
  councilwoman: 'LEG', councillor: 'LEG', deputy: 'LEG',
  // Business.
  chairman: 'BUS', chairwoman: 'BUS', ceo: 'BUS', executive: 'BUS', 'chief executive': 'BUS', director: 'BUS',
  manager: 'BUS', founder: 'BUS', businessman: 'BUS', businesswoman: 'BUS', banker: 'BUS', analyst: 'BUS',
  economist: 'BUS', trader: 'BUS', treasurer: 'BUS',
  // Health, education, religion, press, labour.
  doctor: 'MED', physician: 'MED', surgeon: 'MED', nurse: 'MED', professor: 'EDU', prof: 'EDU', teacher: 'EDU',
  researcher: 'EDU', scientist: 'EDU', pope: 'REL', bishop: 'REL', archbishop: 'REL', cardinal: 'REL', rev: 'REL',
  reverend: 'REL', rabbi: 'REL', imam: 'REL', priest: 'REL', cleric: 'REL', reporter: 'JRN', correspondent: 'JRN',
  editor: 'JRN', journalist: 'JRN', 'union leader': 'LAB',
  // Crime and rebellion.
  kingpin: 'CRM', trafficker: 'CRM', smuggler: 'CRM', 'drug lord': 'CRM', boss: null, rebel: 'REB', rebels: 'REB',
  guerrilla: 'REB', insurgent: 'REB', militant: 'REB', warlord: 'REB',
  // Honorifics.
  mr: null, mrs: null, ms: null, miss: null, dr: null, sir: null, dame: null, lord: null, lady: null, madam: null,
  chief: null, leader: 'GOV', head: null, chair: 'BUS', coach: null,
};

/** Honorifics and rank abbreviations that only ever precede a name (never a person on their own). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt',
  'cpl', 'cmdr', 'sen', 'rep', 'gov', 'rev', 'prof', 'det', 'amb', 'judge', 'justice', 'president', 'ambassador',
  'secretary', 'minister', 'general', 'senator', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope',
  'sheikh', 'emir', 'chancellor', 'premier', 'colonel', 'captain', 'admiral', 'sergeant', 'lieutenant', 'commander',
  'inspector', 'detective', 'officer', 'attorney', 'representative', 'congressman', 'congresswoman', 'bishop',
  'archbishop', 'cardinal', 'rabbi', 'imam', 'father', 'chairman', 'chairwoman', 'professor', 'coach',
]);

/** Words that may stand inside a title phrase before its head ("former", "acting", "Foreign Relations", "defense"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'acting', 'then', 'ex', 'deputy', 'vice', 'assistant', 'associate', 'chief', 'senior', 'top', 'interim',
  'incoming', 'outgoing', 'retired', 'late', 'first', 'lead', 'special', 'federal', 'state', 'district', 'general',
  'foreign', 'defense', 'defence', 'interior', 'justice', 'finance', 'treasury', 'trade', 'economy', 'economic',
  'health', 'education', 'energy', 'labor', 'labour', 'agriculture', 'transport', 'transportation', 'security',
  'homeland', 'public', 'relations', 'affairs', 'army', 'navy', 'air', 'force', 'military', 'national', 'police',
  'regional', 'local', 'supreme', 'high', 'appeals', 'circuit', 'court', 'attorney', 'executive', 'managing',
  'prime', 'environment', 'information', 'communications', 'culture', 'tourism', 'commerce', 'industry', 'oil',
  'fisheries', 'home', 'legal', 'government', 'party', 'opposition', 'union', 'central', 'bank', 'drug', 'cartel',
  'team', 'club', 'company', 'u.s.', 'us', 'un', 'u.n.', 'u.n', 'eu', 'e.u', 'nato', 'white', 'house', 'staff', 'secretary',
  'president', 'minister', 'county', 'city', 'town', 'provincial', 'municipal',
]);

/** Words that, lower-cased and without a final period, are a role head or an honorific. */
export function isRoleWord(word: string): boolean {
  const w = roleKey(word);
  return w in ROLE_SECTORS || HONORIFICS.has(w);
}

/** A word's key in the role tables: lower case, final period dropped, "then-"/"ex-" prefixes dropped. */
export function roleKey(word: string): string {
  return word.toLowerCase().replace(/^(then|ex|former)-/, '').replace(/\.$/, '');
}

/** The sector of a title phrase: its longest known role phrase ending at the last role word, else null. */
export function sectorOfTitle(words: readonly string[]): Sector | null {
  // "Secretary-General" arrives as three tokens: the hyphen joins, it is not a word of the phrase.
  const keys = words.filter((w) => w !== '-' && w !== '\u2010').map(roleKey);
  for (let end = keys.length; end > 0; end--) {
    for (let start = Math.max(0, end - 3); start < end; start++) {
      const phrase = keys.slice(start, end).join(' ');
      if (phrase in ROLE_SECTORS) {
        const s = ROLE_SECTORS[phrase];
        if (s !== undefined && s !== null) return s;
        if (start === end - 1 && s === null) break;
      }
    }
  }
  return null;
}

/** Words in organisation names that give the organisation's sector, checked from the name's last word back. */
export const ORG_SECTOR_WORDS: Readonly<Record<string, Sector>> = {
  justice: 'JUD', court: 'JUD', prosecutor: 'JUD', prosecutors: 'JUD', 'attorney general': 'JUD',
  police: 'COP', marshals: 'COP', fbi: 'COP', 'scotland yard': 'COP', interpol: 'COP',
  army: 'MIL', navy: 'MIL', military: 'MIL', 'air force': 'MIL', pentagon: 'MIL', marines: 'MIL', defense: 'MIL',
  congress: 'LEG', senate: 'LEG', parliament: 'LEG', house: 'LEG', assembly: 'LEG', duma: 'LEG', knesset: 'LEG',
  department: 'GOV', ministry: 'GOV', government: 'GOV', administration: 'GOV', cabinet: 'GOV', agency: 'GOV',
  commission: 'GOV', embassy: 'GOV', council: 'GOV', 'white house': 'GOV', kremlin: 'GOV',
  cartel: 'CRM', gang: 'CRM', mafia: 'CRM', rebels: 'REB', guerrillas: 'REB', front: 'REB',
  party: 'PTY', union: 'LAB', university: 'EDU', college: 'EDU', school: 'EDU', institute: 'EDU',
  hospital: 'MED', clinic: 'MED', church: 'REL',
  inc: 'BUS', corp: 'BUS', corporation: 'BUS', co: 'BUS', ltd: 'BUS', plc: 'BUS', bank: 'BUS', group: 'BUS',
  airlines: 'BUS', motors: 'BUS', holdings: 'BUS', ag: 'BUS', sa: 'BUS', nv: 'BUS', llc: 'BUS',
  times: 'JRN', post: 'JRN', news: 'JRN', press: 'JRN', reuters: 'JRN', ap: 'JRN', 'associated press': 'JRN',
};

/** The sector of an organisation name ("Justice Department" -> JUD, "H-2 cartel" -> CRM), or null. */
export function sectorOfOrg(words: readonly string[]): Sector | null {
  // Names recur across articles: answers are kept by the words (joined with a separator no token holds).
  const key = words.join('\u0001');
  let n = 0;
  for (let i = key.indexOf('\u0001'); i >= 0; i = key.indexOf('\u0001', i + 1)) n++;
  const safe = words.length > 0 && n === words.length - 1;
  if (safe) {
    const known = orgSectors.get(key);
    if (known !== undefined) return known;
  }
  const sector = orgSector(words);
  if (safe) {
    if (orgSectors.size >= 20_000) orgSectors.clear();
    orgSectors.set(key, sector);
  }
  return sector;
}

const orgSectors = new Map<string, Sector | null>();

function orgSector(words: readonly string[]): Sector | null {
  const keys = words.map((w) => w.toLowerCase().replace(/\.$/, '').replace(/\./g, ''));
  // The first word that names the field ("Justice Department") outranks the generic head ("Department").
  for (let i = 0; i < keys.length; i++) {
    const two = i + 1 < keys.length ? `${keys[i] as string} ${keys[i + 1] as string}` : '';
    if (two && two in ORG_SECTOR_WORDS) return ORG_SECTOR_WORDS[two] ?? null;
    const k = keys[i] as string;
    if (k in ORG_SECTOR_WORDS && !['department', 'ministry', 'government', 'group', 'co', 'house'].includes(k)) {
      return ORG_SECTOR_WORDS[k] ?? null;
    }
  }
  for (let i = keys.length - 1; i >= 0; i--) {
    const k = keys[i] as string;
    if (k in ORG_SECTOR_WORDS) return ORG_SECTOR_WORDS[k] ?? null;
  }
  return null;
}
