// Organisations news names without a country in sight: international bodies, NGOs, armed groups, seats of government and large companies, with their CAMEO codes.
import { COMPANIES } from './companies.js';
import { foldName } from './gazetteer.js';
import type { Sector } from './roles.js';

/** What the entity layer knows of a named organisation: its country (ISO alpha-3, null for international ones), sector and CAMEO known-group code. */
export interface KnownOrganisation {
  readonly country: string | null;
  /** CAMEO type: IGO and NGO for international bodies, else a role sector (REB, GOV, ...). */
  readonly sector: Sector | null;
  /** CAMEO/GDELT known-group code ("UNO", "NAT", "HMS"), when CAMEO has one. */
  readonly group: string | null;
  /** The first name of its row ("Liberal Democrats" for "Lib Dems"): names of one organisation share it. */
  readonly canonical?: string;
}

type Row = readonly [names: readonly string[], country: string | null, sector: Sector | null, group: string | null];

// Group codes are GDELT's CAMEO known-group table; IGO/NGO follow CAMEO's international actor types.
const ROWS: readonly Row[] = [
  // Intergovernmental organisations.
  // One row per body: the names of a row are one entity in a story (see `canonical`).
  [['United Nations', 'U.N.', 'UN', 'UNO'], null, 'IGO', 'UNO'],
  [['Security Council', 'U.N. Security Council', 'UN Security Council', 'United Nations Security Council'], null, 'IGO', 'UNO'],
  [['General Assembly', 'U.N. General Assembly', 'UN General Assembly', 'United Nations General Assembly'], null, 'IGO', 'UNO'],
  [['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'], null, 'IGO', 'NAT'],
  [['European Union', 'EU', 'E.U.', 'European Community', 'European Economic Community', 'EEC'], null, 'IGO', 'EEC'],
  [['European Commission'], null, 'IGO', 'EEC'],
  [['European Parliament'], null, 'IGO', 'EEC'],
  [['European Council'], null, 'IGO', 'EEC'],
  [['African Union', 'AU'], null, 'IGO', null],
  [['Organization of African Unity', 'Organisation of African Unity', 'OAU'], null, 'IGO', 'OAU'],
  [['Arab League', 'League of Arab States'], null, 'IGO', 'ARL'],
  [['ASEAN', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations'], null, 'IGO', 'ASN'],
  [['OPEC', 'Organization of Petroleum Exporting Countries'], null, 'IGO', 'OPC'],
  [['Gulf Cooperation Council', 'GCC'], null, 'IGO', 'GCC'],
  [['IAEA', 'International Atomic Energy Agency'], null, 'IGO', 'IAE'],
  [['IMF', 'International Monetary Fund'], null, 'IGO', 'IMF'],
  [['World Bank'], null, 'IGO', 'WBK'],
  [['WTO', 'World Trade Organization', 'World Trade Organisation'], null, 'IGO', 'WTO'],
  [['WHO', 'World Health Organization', 'World Health Organisation'], null, 'IGO', 'WHO'],
  [['UNICEF'], null, 'IGO', 'KID'],
  [['UNHCR', 'U.N. High Commissioner for Refugees', 'UN High Commissioner for Refugees'], null, 'IGO', 'HCR'],
  [['World Food Program', 'World Food Programme', 'WFP'], null, 'IGO', 'WFP'],
  [['FAO', 'Food and Agriculture Organization'], null, 'IGO', 'FAO'],
  [['ILO', 'International Labor Organization', 'International Labour Organization', 'International Labor Office', 'International Labour Office'], null, 'IGO', 'ILO'],
  [['OSCE', 'Organization for Security and Cooperation in Europe', 'Organization for Security and Co-operation in Europe'], null, 'IGO', 'SCE'],
  [['Organization of American States', 'OAS'], null, 'IGO', 'OAS'],
  [['Organization of Islamic Cooperation', 'Organization of the Islamic Conference', 'OIC'], null, 'IGO', 'OIC'],
  // "ICC" alone is as often the International Cricket Council: only the full name counts.
  [['International Criminal Court'], null, 'IGO', 'ICC'],
  [['International Court of Justice', 'ICJ', 'World Court'], null, 'IGO', 'ICJ'],
  [['Interpol'], null, 'IGO', 'ITP'],
  [['Commonwealth of Independent States'], null, 'IGO', 'CIS'],
  [['ECOWAS', 'Economic Community of West African States'], null, 'IGO', 'WAS'],
  [['Southern African Development Community', 'SADC'], null, 'IGO', 'SAD'],
  [['Council of Europe'], null, 'IGO', 'COE'],
  [['International Organization for Migration', 'IOM'], null, 'IGO', 'IOM'],
  [['APEC', 'Asia-Pacific Economic Cooperation'], null, 'IGO', null],
  [['G7', 'G-7', 'Group of Seven'], null, 'IGO', 'GOS'],
  [['G8', 'G-8', 'Group of Eight'], null, 'IGO', 'GOE'],
  // Non-governmental organisations.
  [['Red Cross', 'International Committee of the Red Cross', 'ICRC', 'International Red Cross'], null, 'NGO', 'IRC'],
  [['Red Crescent'], null, 'NGO', 'RCR'],
  [['Amnesty International', 'Amnesty'], null, 'NGO', 'AMN'],
  [['Human Rights Watch'], null, 'NGO', 'HRW'],
  [['Doctors Without Borders', 'Medecins Sans Frontieres', 'MSF'], null, 'NGO', 'MSF'],
  [['Oxfam'], null, 'NGO', 'XFM'],
  [['International Crisis Group'], null, 'NGO', 'ICG'],
  [['Greenpeace'], null, 'NGO', null],
  [['World Economic Forum'], null, 'NGO', 'WEF'],
  // Armed and political groups tied to one country.
  [['Hamas'], 'PSE', 'REB', 'HMS'],
  [['Hezbollah', 'Hizbollah', 'Hizbullah', 'Hezbullah'], 'LBN', 'REB', 'HEZ'],
  [['Taliban'], 'AFG', 'REB', 'TAL'],
  [['Fatah'], 'PSE', 'PTY', 'FTA'],
  [['Palestine Liberation Organization', 'Palestine Liberation Organisation', 'PLO'], 'PSE', null, 'PLO'],
  [['Islamic Jihad', 'Palestinian Islamic Jihad'], 'PSE', 'REB', 'ISJ'],
  [['PKK', "Kurdistan Workers' Party", 'Kurdistan Workers Party'], 'TUR', 'REB', null],
  [['Tamil Tigers', 'LTTE', 'Liberation Tigers of Tamil Eelam'], 'LKA', 'REB', 'LTT'],
  [['Khmer Rouge'], 'KHM', 'REB', 'KHM'],
  [['Likud'], 'ISR', 'PTY', 'LKD'],
  [['UNITA', 'Unita', 'National Union for the Total Independence of Angola'], 'AGO', 'REB', null],
  [['al-Qaeda', 'al-Qaida', 'al Qaeda', 'Al-Qaeda', 'Al Qaeda', 'Qaeda'], null, 'REB', null],
  // Parties whose name belongs to one country's politics.
  [['Liberal Democrats', 'Liberal Democrat Party', 'Liberal Democrat', 'Lib Dems', 'Lib Dem', 'LibDems'], 'GBR', 'PTY', null],
  [['UK Independence Party', 'UKIP', 'Ukip'], 'GBR', 'PTY', null],
  [['Plaid Cymru'], 'GBR', 'PTY', null],
  [['Scottish National Party', 'SNP'], 'GBR', 'PTY', null],
  [['British National Party', 'BNP'], 'GBR', 'PTY', null],
  [['Sinn Fein', 'Sinn Féin'], 'GBR', 'PTY', null],
  [['Democratic Unionist Party', 'DUP'], 'GBR', 'PTY', null],
  [['Ulster Unionist Party', 'UUP'], 'GBR', 'PTY', null],
  [['New Labour'], 'GBR', 'PTY', null],
  [['Republican Party', 'GOP'], 'USA', 'PTY', null],
  [['Democratic Party'], 'USA', 'PTY', null],
  [['African National Congress', 'ANC'], 'ZAF', 'PTY', null],
  [['Bharatiya Janata Party', 'BJP'], 'IND', 'PTY', null],
  [['Kuomintang', 'KMT'], 'TWN', 'PTY', null],
  [['Christian Democratic Union', 'CDU'], 'DEU', 'PTY', null],
  [['Social Democratic Party of Germany', 'SPD'], 'DEU', 'PTY', null],
  [['Institutional Revolutionary Party', 'PRI'], 'MEX', 'PTY', null],
  // News agencies: the sign-off "Reuter" and credits such as "(AP)" name the agency, never a person.
  [['Reuters', 'Reuter'], 'GBR', 'JRN', null],
  [['Associated Press', 'AP'], 'USA', 'JRN', null],
  [['Agence France-Presse', 'Agence France Presse', 'AFP'], 'FRA', 'JRN', null],
  [['United Press International', 'UPI'], 'USA', 'JRN', null],
  [['Xinhua', 'Xinhua News Agency'], 'CHN', 'JRN', null],
  [['TASS', 'Tass'], 'RUS', 'JRN', null],
  [['Kyodo', 'Kyodo News'], 'JPN', 'JRN', null],
  [['Yonhap', 'Yonhap News Agency'], 'KOR', 'JRN', null],
  // Broadcasters and newspapers named as sources.
  [['BBC', 'British Broadcasting Corporation', 'BBC News', 'BBC Radio', 'BBC One', 'BBC Two', 'BBC World Service'], 'GBR', 'JRN', null],
  [['Daily Telegraph', 'Telegraph', 'Sunday Telegraph'], 'GBR', 'JRN', null],
  [['Financial Times'], 'GBR', 'JRN', null],
  ...['Evening Standard', 'Daily Mail', 'Daily Mirror', 'Sunday Times', 'The Guardian', 'The Observer'].map((n): Row => [[n], 'GBR', 'JRN', null]),
  ...['New York Times', 'Washington Post', 'Wall Street Journal', 'Los Angeles Times', 'USA Today', 'CNN'].map((n): Row => [[n], 'USA', 'JRN', null]),
  [['Al Jazeera', 'Al-Jazeera'], 'QAT', 'JRN', null],
  // Seats of government and services named for the government itself.
  [['White House'], 'USA', 'GOV', null],
  [['Pentagon'], 'USA', 'MIL', null],
  [['Kremlin'], 'RUS', 'GOV', null],
  [['Downing Street'], 'GBR', 'GOV', null],
  [['Whitehall'], 'GBR', 'GOV', null],
  [['Ofcom'], 'GBR', 'GOV', null],
  [['Elysee', 'Élysée', 'Elysee Palace'], 'FRA', 'GOV', null],
  [['Knesset'], 'ISR', 'LEG', null],
  [['Duma', 'State Duma'], 'RUS', 'LEG', null],
  [['FBI', 'Federal Bureau of Investigation'], 'USA', 'COP', null],
  [['CIA', 'Central Intelligence Agency'], 'USA', 'SPY', null],
  [['Mossad'], 'ISR', 'SPY', null],
  [['Scotland Yard'], 'GBR', 'COP', null],
];

const TABLE: ReadonlyMap<string, KnownOrganisation> = (() => {
  const m = new Map<string, KnownOrganisation>();
  for (const [names, country] of COMPANIES) for (const n of names) m.set(foldName(n), { country, sector: 'BUS', group: null, canonical: names[0] as string });
  for (const [names, country, sector, group] of ROWS) for (const n of names) m.set(foldName(n), { country, sector, group, canonical: names[0] as string });
  return m;
})();

/** Longest name in the table, in words, so that a prefix probe stays short. */
const MAX_WORDS = Math.max(...[...TABLE.keys()].map((k) => k.split(' ').length));

/**
 * The known organisation a name denotes: the whole name, else (unless `whole`) its longest leading part ("U.N.
 * refugee agency" -> United Nations, "NATO troops" -> NATO); null when none. Acronyms match only in capitals.
 */
export function knownOrganisation(words: readonly string[], whole = false): KnownOrganisation | null {
  // Names recur across articles: answers are kept by the words (joined with a separator no token holds).
  const joined = words.join('\u0001');
  const key = (whole ? '1' : '0') + joined;
  const safe = words.length > 0 && separators(joined) === words.length - 1;
  if (safe) {
    const known = memo.get(key);
    if (known !== undefined) return known;
  }
  const hit = lookUp(words, whole);
  if (safe) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(key, hit);
  }
  return hit;
}

// How many U+0001 a string holds (the joined key is unambiguous when only the separators are).
function separators(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\u0001'); i >= 0; i = s.indexOf('\u0001', i + 1)) n++;
  return n;
}

const MEMO_SIZE = 20_000;
const memo = new Map<string, KnownOrganisation | null>();

function lookUp(words: readonly string[], whole: boolean): KnownOrganisation | null {
  const shortest = whole ? words.length : 1;
  for (let n = Math.min(words.length, MAX_WORDS); n >= shortest; n--) {
    const part = words.slice(0, n);
    const hit = TABLE.get(foldName(part.join(' ')));
    if (!hit) continue;
    // Short acronyms count only in capitals: "WHO" is the agency, "Who" opens a question.
    const bare = (part[0] as string).replace(/[.-]/g, '');
    if (n === 1 && bare.length <= 3 && bare !== bare.toUpperCase()) continue;
    return hit;
  }
  return null;
}

/** The CAMEO/GDELT known-group code of an organisation name ("United Nations" -> "UNO"), or null. */
export function knownGroupOf(name: string): string | null {
  return knownOrganisation(name.split(/\s+/).filter(Boolean))?.group ?? null;
}
