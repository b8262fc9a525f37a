// Capitalised words news uses often whose entity type the recogniser, trained on 1996 wire text, gets wrong: awards,
// software and devices, religious and political groups; and words that name no entity alone: holidays and months
// (the times layer reads them) and company suffixes.
import type { EntityType } from '../core/index.js';
import { foldName } from './gazetteer.js';

/** What a known name is: an entity type, or 'none' for a word that names no entity. */
export type KnownNameType = EntityType | 'none';

// Awards and prizes.
const AWARDS: readonly string[] = [
  'Oscar', 'Oscars', 'Academy Award', 'Academy Awards', 'Golden Globe', 'Golden Globes', 'Bafta', 'Baftas', 'Grammy',
  'Grammys', 'Emmy', 'Emmys', 'Tony Award', 'Tony Awards', 'Brit Award', 'Brit Awards', 'Nobel Prize', 'Nobel Peace Prize',
  'Booker Prize', 'Man Booker Prize', 'Pulitzer', 'Pulitzer Prize', 'Turner Prize', "Palme d'Or", 'Ballon d\'Or',
];

const ROWS: readonly [type: KnownNameType, names: readonly string[]][] = [
  [
    'MISC',
    [
      ...AWARDS,
      // Software, devices and services named as products.
      'Windows', 'Linux', 'Media Player', 'Windows Media Player', 'Internet Explorer', 'Firefox', 'iPod', 'iPhone', 'iPad',
      'iTunes', 'Android', 'PlayStation', 'PlayStation 2', 'Xbox', 'Xbox 360', 'GameBoy', 'Game Boy', 'Walkman', 'Kindle',
      'Mac Mini', 'Nintendo DS', 'PSP', 'Gizmondo', 'Tamagotchi',
      // Video games.
      'Halo', 'Halo 2', 'Half-Life', 'Half-Life 2', 'Grand Theft Auto', 'World of Warcraft', 'Doom 3',
      // Currencies named by a capitalised word.
      'Ecu', 'Ecus', 'ECU', 'ECUs', 'Euro', 'Euros',
      // Plans and programmes named after a person.
      'Marshall Plan',
    ],
  ],
  [
    'NORP',
    [
      // Religious groups and their members, and party nicknames used as adjectives ("Tory MPs").
      'Muslim', 'Muslims', 'Christian', 'Christians', 'Jew', 'Jews', 'Jewish', 'Hindu', 'Hindus', 'Sikh', 'Sikhs',
      'Buddhist', 'Buddhists', 'Catholic', 'Catholics', 'Roman Catholic', 'Roman Catholics', 'Protestant', 'Protestants',
      'Orthodox', 'Shia', 'Shias', 'Shiite', 'Shiites', "Shi'ite", "Shi'ites", 'Sunni', 'Sunnis', 'Islamist', 'Islamists',
      'Tory', 'Tories', 'Kurd', 'Kurds', 'Kurdish', 'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic',
      // Peoples of a continent or region, with no one country.
      'European', 'Europeans', 'Asian', 'Asians', 'African', 'Africans', 'Arab', 'Arabs', 'Western', 'Westerners',
      'Latin American', 'Latin Americans', 'South American', 'North American', 'Central American', 'Scandinavian',
    ],
  ],
  [
    'none',
    [
      'Christmas', 'Christmas Day', 'Christmas Eve', 'Easter', 'Easter Sunday', 'Good Friday', 'Ramadan', 'Eid', 'Eid al-Fitr',
      'Eid al-Adha', 'Diwali', 'Hanukkah', 'Passover', 'Yom Kippur', 'Thanksgiving', "New Year's Day", "New Year's Eve",
      'Boxing Day', 'Halloween', "Valentine's Day", 'Lent',
      // Months and their abbreviations, alone (tables and datelines: "Feb 28"); "May" is also a name and stays.
      'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
      'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
      // A company suffix alone, split from its name; number words; the abbreviations of financial tables.
      'Co', 'Cos', 'Inc', 'Corp', 'Ltd', 'Plc', 'PLC', 'LLC',
      'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve',
      'Qtr', 'Shr', 'Shrs', 'Revs', 'Avg',
      // Members of a parliament, named by the role.
      'MPs', 'MEPs', 'MSPs', 'AMs',
      // Kinds of device and medium written in capitals, no names ("sales of DVDs", "on TV").
      'TV', 'TVs', 'DVD', 'DVDs', 'CD', 'CDs', 'PC', 'PCs', 'MP3', 'MP3s', 'SMS', 'GPS', 'HDTV',
    ],
  ],
];

const TABLE: ReadonlyMap<string, KnownNameType> = new Map(ROWS.flatMap(([type, names]) => names.map((n) => [foldName(n), type] as const)));

/** The type of a name our table knows whole ("Oscars" MISC, "Sunnis" NORP, "Easter" none), else undefined. */
export function knownNameType(name: string): KnownNameType | undefined {
  return TABLE.get(foldName(name));
}

const AWARD_KEYS: ReadonlySet<string> = new Set(AWARDS.map(foldName));

/** Whether a name is one of the awards our table knows ("Oscar", "Golden Globes"). */
export function isAwardName(name: string): boolean {
  return AWARD_KEYS.has(foldName(name));
}
