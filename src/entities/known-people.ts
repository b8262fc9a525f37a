// Heads of state and government and other leaders news names without their country in sight ("Putin said", "Bouteflika
// threatened"), with the country they led and their sector: a small actor dictionary of our own, as CAMEO coders keep.
import { foldName } from './gazetteer.js';
import type { Sector } from './roles.js';

/** What the entity layer knows of a well-known leader: the country (ISO alpha-3) and sector. */
export interface KnownPerson {
  readonly country: string;
  readonly sector: Sector;
}

type Row = readonly [names: readonly string[], country: string, sector: Sector, familyFirst?: boolean];

// Full names, each with the surname it goes by alone. Leaders of several decades are here; one surname is looked up
// alone only when every leader of that surname led the same country (the Bushes, the Clintons).
const ROWS: readonly Row[] = [
  // United States.
  [['Ronald Reagan', 'George Bush', 'George H.W. Bush', 'George W. Bush', 'George W Bush', 'Bill Clinton', 'Hillary Clinton', 'Barack Obama', 'Donald Trump', 'Joe Biden', 'Jimmy Carter', 'Dick Cheney', 'Al Gore', 'Kamala Harris', 'Condoleezza Rice', 'Colin Powell', 'John Kerry', 'James Baker', 'George Shultz', 'Madeleine Albright', 'Warren Christopher', 'Mike Pompeo', 'Antony Blinken', 'Rex Tillerson', 'Donald Rumsfeld', 'Caspar Weinberger', 'Robert Gates', 'Dan Quayle', 'Mike Pence'], 'USA', 'GOV'],
  // Russia and the Soviet Union.
  [['Vladimir Putin', 'Boris Yeltsin', 'Mikhail Gorbachev', 'Dmitry Medvedev', 'Sergei Lavrov', 'Viktor Chernomyrdin', 'Yevgeny Primakov', 'Eduard Shevardnadze', 'Andrei Kozyrev', 'Mikhail Mishustin'], 'RUS', 'GOV'],
  // Europe.
  [['Margaret Thatcher', 'John Major', 'Tony Blair', 'Gordon Brown', 'David Cameron', 'Theresa May', 'Boris Johnson', 'Keir Starmer', 'Rishi Sunak', 'Liz Truss', 'Jack Straw', 'Robin Cook', 'Douglas Hurd', 'Geoffrey Howe', 'Nigel Lawson'], 'GBR', 'GOV'],
  [['Francois Mitterrand', 'François Mitterrand', 'Jacques Chirac', 'Nicolas Sarkozy', 'Francois Hollande', 'François Hollande', 'Emmanuel Macron', 'Lionel Jospin', 'Dominique de Villepin', 'Alain Juppe', 'Alain Juppé'], 'FRA', 'GOV'],
  [['Helmut Kohl', 'Gerhard Schroeder', 'Gerhard Schröder', 'Angela Merkel', 'Olaf Scholz', 'Hans-Dietrich Genscher', 'Joschka Fischer', 'Helmut Schmidt'], 'DEU', 'GOV'],
  [['Silvio Berlusconi', 'Romano Prodi', 'Giulio Andreotti', 'Mario Draghi', 'Giorgia Meloni', 'Matteo Renzi'], 'ITA', 'GOV'],
  [['Felipe Gonzalez', 'Felipe González', 'Jose Maria Aznar', 'José María Aznar', 'Pedro Sanchez', 'Pedro Sánchez', 'Mariano Rajoy'], 'ESP', 'GOV'],
  [['Slobodan Milosevic', 'Vojislav Kostunica', 'Zoran Djindjic', 'Aleksandar Vucic', 'Boris Tadic'], 'SRB', 'GOV'],
  [['Franjo Tudjman'], 'HRV', 'GOV'],
  [['Alija Izetbegovic'], 'BIH', 'GOV'],
  [['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Viktor Yanukovych', 'Petro Poroshenko', 'Leonid Kuchma', 'Viktor Yushchenko'], 'UKR', 'GOV'],
  [['Alexander Lukashenko', 'Alyaksandr Lukashenka'], 'BLR', 'GOV'],
  [['Lech Walesa', 'Lech Wałęsa', 'Wojciech Jaruzelski'], 'POL', 'GOV'],
  [['Vaclav Havel', 'Václav Havel'], 'CZE', 'GOV'],
  [['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Turgut Ozal', 'Tansu Ciller', 'Bulent Ecevit'], 'TUR', 'GOV'],
  [['Viktor Orban', 'Viktor Orbán'], 'HUN', 'GOV'],
  // Middle East and North Africa.
  [['Saddam Hussein', 'Tariq Aziz', 'Nouri al-Maliki', 'Jalal Talabani'], 'IRQ', 'GOV'],
  [['Hafez al-Assad', 'Bashar al-Assad', 'Farouk al-Sharaa'], 'SYR', 'GOV'],
  [['Hosni Mubarak', 'Anwar Sadat', 'Mohamed Morsi', 'Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi', 'Amr Moussa'], 'EGY', 'GOV'],
  [['Muammar Gaddafi', 'Moammar Gadhafi', 'Muammar Qaddafi', 'Moammar Khadafy'], 'LBY', 'GOV'],
  [['Abdelaziz Bouteflika', 'Liamine Zeroual', 'Chadli Bendjedid'], 'DZA', 'GOV'],
  [['Zine El Abidine Ben Ali', 'Habib Bourguiba'], 'TUN', 'GOV'],
  [['Yitzhak Rabin', 'Yitzhak Shamir', 'Shimon Peres', 'Benjamin Netanyahu', 'Ehud Barak', 'Ariel Sharon', 'Ehud Olmert', 'Naftali Bennett', 'Yair Lapid', 'Tzipi Livni'], 'ISR', 'GOV'],
  [['Yasser Arafat', 'Mahmoud Abbas', 'Ismail Haniyeh'], 'PSE', 'GOV'],
  [['King Hussein', 'King Abdullah II', 'Abdullah II'], 'JOR', 'GOV'],
  [['Ali Khamenei', 'Ayatollah Khamenei', 'Ruhollah Khomeini', 'Ayatollah Khomeini', 'Akbar Hashemi Rafsanjani', 'Mohammad Khatami', 'Mahmoud Ahmadinejad', 'Hassan Rouhani', 'Ebrahim Raisi', 'Ali Akbar Velayati', 'Javad Zarif', 'Mohammad Javad Zarif'], 'IRN', 'GOV'],
  [['Omar al-Bashir', 'Omar Hassan al-Bashir', 'Gaafar Nimeiri', 'Sadiq al-Mahdi'], 'SDN', 'GOV'],
  // Asia.
  [['Deng Xiaoping', 'Jiang Zemin', 'Hu Jintao', 'Xi Jinping', 'Li Peng', 'Zhu Rongji', 'Wen Jiabao', 'Li Keqiang', 'Qian Qichen', 'Wang Yi'], 'CHN', 'GOV', true],
  [['Kim Il Sung', 'Kim Il-sung', 'Kim Jong Il', 'Kim Jong-il', 'Kim Jong Un', 'Kim Jong-un'], 'PRK', 'GOV', true],
  [['Yasuhiro Nakasone', 'Junichiro Koizumi', 'Shinzo Abe', 'Ryutaro Hashimoto', 'Kiichi Miyazawa', 'Fumio Kishida', 'Yoshihide Suga', 'Noboru Takeshita'], 'JPN', 'GOV'],
  [['Rajiv Gandhi', 'Indira Gandhi', 'Atal Bihari Vajpayee', 'Manmohan Singh', 'Narendra Modi', 'P.V. Narasimha Rao'], 'IND', 'GOV'],
  [['Benazir Bhutto', 'Nawaz Sharif', 'Pervez Musharraf', 'Imran Khan', 'Zia ul-Haq', 'Asif Ali Zardari'], 'PAK', 'GOV'],
  [['Hamid Karzai', 'Ashraf Ghani', 'Mohammad Najibullah', 'Burhanuddin Rabbani', 'Mullah Omar'], 'AFG', 'GOV'],
  [['Corazon Aquino', 'Ferdinand Marcos', 'Fidel Ramos', 'Joseph Estrada', 'Gloria Arroyo', 'Gloria Macapagal Arroyo', 'Rodrigo Duterte'], 'PHL', 'GOV'],
  [['Suharto', 'B.J. Habibie', 'Abdurrahman Wahid', 'Megawati Sukarnoputri', 'Susilo Bambang Yudhoyono', 'Joko Widodo', 'Ali Alatas'], 'IDN', 'GOV'],
  [['Mahathir Mohamad', 'Anwar Ibrahim', 'Najib Razak'], 'MYS', 'GOV'],
  [['Lee Kuan Yew', 'Goh Chok Tong', 'Lee Hsien Loong'], 'SGP', 'GOV', true],
  [['Hun Sen', 'Norodom Sihanouk', 'Pol Pot'], 'KHM', 'GOV', true],
  [['Askar Akayev', 'Kurmanbek Bakiyev'], 'KGZ', 'GOV'],
  [['Nursultan Nazarbayev'], 'KAZ', 'GOV'],
  [['Islam Karimov'], 'UZB', 'GOV'],
  [['Heydar Aliyev', 'Ilham Aliyev'], 'AZE', 'GOV'],
  // Africa.
  [['Nelson Mandela', 'F.W. de Klerk', 'Thabo Mbeki', 'Jacob Zuma', 'Cyril Ramaphosa', 'P.W. Botha'], 'ZAF', 'GOV'],
  [['Robert Mugabe', 'Emmerson Mnangagwa'], 'ZWE', 'GOV'],
  [['Olusegun Obasanjo', 'Sani Abacha', 'Ibrahim Babangida', 'Umaru Yar\'Adua', 'Goodluck Jonathan', 'Muhammadu Buhari'], 'NGA', 'GOV'],
  [['Charles Taylor', 'Ellen Johnson Sirleaf', 'Samuel Doe'], 'LBR', 'GOV'],
  [['Laurent Gbagbo', 'Alassane Ouattara', 'Felix Houphouet-Boigny', 'Henri Konan Bedie'], 'CIV', 'GOV'],
  [['Yoweri Museveni', 'Idi Amin'], 'UGA', 'GOV'],
  [['Paul Kagame', 'Juvenal Habyarimana'], 'RWA', 'GOV'],
  [['Jose Eduardo dos Santos', 'José Eduardo dos Santos', 'Jonas Savimbi'], 'AGO', 'GOV'],
  [['Mobutu Sese Seko', 'Laurent Kabila', 'Joseph Kabila', 'Felix Tshisekedi'], 'COD', 'GOV'],
  [['Daniel arap Moi', 'Mwai Kibaki', 'Uhuru Kenyatta', 'William Ruto'], 'KEN', 'GOV'],
  [['Meles Zenawi', 'Mengistu Haile Mariam', 'Abiy Ahmed'], 'ETH', 'GOV'],
  [['Jerry Rawlings', 'John Kufuor'], 'GHA', 'GOV'],
  // The Americas.
  [['Fidel Castro', 'Raul Castro', 'Raúl Castro'], 'CUB', 'GOV'],
  [['Hugo Chavez', 'Hugo Chávez', 'Nicolas Maduro', 'Nicolás Maduro', 'Carlos Andres Perez', 'Carlos Andrés Pérez'], 'VEN', 'GOV'],
  [['Luiz Inacio Lula da Silva', 'Luiz Inácio Lula da Silva', 'Fernando Henrique Cardoso', 'Dilma Rousseff', 'Jair Bolsonaro', 'Jose Sarney', 'José Sarney'], 'BRA', 'GOV'],
  [['Carlos Menem', 'Raul Alfonsin', 'Raúl Alfonsín', 'Nestor Kirchner', 'Néstor Kirchner', 'Cristina Fernandez de Kirchner', 'Mauricio Macri', 'Javier Milei'], 'ARG', 'GOV'],
  [['Augusto Pinochet', 'Michelle Bachelet', 'Sebastian Pinera', 'Sebastián Piñera', 'Gabriel Boric'], 'CHL', 'GOV'],
  [['Alberto Fujimori', 'Alan Garcia', 'Alan García', 'Alejandro Toledo'], 'PER', 'GOV'],
  [['Carlos Salinas', 'Carlos Salinas de Gortari', 'Ernesto Zedillo', 'Vicente Fox', 'Felipe Calderon', 'Felipe Calderón', 'Enrique Pena Nieto', 'Enrique Peña Nieto', 'Andres Manuel Lopez Obrador', 'Andrés Manuel López Obrador', 'Marcelo Ebrard'], 'MEX', 'GOV'],
  [['Daniel Ortega', 'Violeta Chamorro'], 'NIC', 'GOV'],
  [['Manuel Noriega'], 'PAN', 'GOV'],
  [['Jean-Bertrand Aristide', 'Rene Preval', 'René Préval'], 'HTI', 'GOV'],
  [['Brian Mulroney', 'Jean Chretien', 'Jean Chrétien', 'Stephen Harper', 'Justin Trudeau', 'Pierre Trudeau'], 'CAN', 'GOV'],
  [['Bob Hawke', 'Paul Keating', 'John Howard', 'Kevin Rudd', 'Julia Gillard', 'Scott Morrison', 'Anthony Albanese'], 'AUS', 'GOV'],
];

// Surnames too common to stand for one leader alone ("Taylor", "Brown", "Major"): looked up only in a full name.
const COMMON_SURNAMES = new Set([
  'taylor', 'brown', 'major', 'howard', 'baker', 'cook', 'straw', 'rice', 'powell', 'gates', 'fischer', 'schmidt',
  'jonathan', 'khan', 'singh', 'harris', 'may', 'johnson', 'fox', 'ramos', 'castro', 'garcia', 'gandhi', 'sharif', 'kerry',
  'christopher', 'rao', 'bennett', 'barak', 'abbas', 'ahmed', 'omar', 'doe', 'amin', 'ortega', 'toledo', 'perez', 'harper',
  'santos', 'lee', 'kim', 'hussein', 'aziz', 'macri',
  'gore', 'quayle', 'fujimori', 'salinas', 'wahid', 'rabbani', 'karimov', 'hun', 'li', 'wang', 'hu', 'xi', 'zhu', 'wen',
  'qian', 'deng', 'jiang', 'abdullah', 'khamenei', 'khomeini', 'chamorro', 'mahdi', 'gonzalez', 'sanchez', 'ruto',
  'sharon', 'cameron', 'carter', 'lawson', 'howe', 'schroeder', 'moussa', 'ali', 'bashir', 'ghani', 'marcos', 'estrada',
  'arroyo', 'mohamad', 'ibrahim', 'mariam', 'rawlings', 'chavez', 'silva', 'cardoso', 'calderon', 'nieto', 'keating',
  'rudd', 'morrison', 'albanese', 'jordan',
]);

// Keys under which names are looked up: folded full names, and folded surnames borne by leaders of one country only.
const FULL = new Map<string, KnownPerson>();
const SURNAME = new Map<string, KnownPerson | null>();
for (const [names, country, sector, familyFirst] of ROWS) {
  for (const name of names) {
    const entry = { country, sector };
    FULL.set(foldName(name), entry);
    const words = name.split(' ');
    if (words.length === 1) continue;
    if (/^(King|Ayatollah|Mullah)$/.test(words[0] as string)) continue;
    const surname = foldName((familyFirst ? words[0] : words[words.length - 1]) as string);
    if (COMMON_SURNAMES.has(surname)) continue;
    const seen = SURNAME.get(surname);
    if (seen === undefined) SURNAME.set(surname, entry);
    else if (seen !== null && seen.country !== country) SURNAME.set(surname, null);
  }
}

/**
 * The well-known leader a person's name denotes: by the full name, or, for a name of one word, by a distinctive surname
 * that only leaders of one country bear ("Putin", "Bouteflika"); null when unknown or ambiguous.
 */
export function knownPerson(name: string): KnownPerson | null {
  const key = foldName(name);
  const full = FULL.get(key);
  if (full) return full;
  return key.includes(' ') ? null : SURNAME.get(key) ?? null;
}
