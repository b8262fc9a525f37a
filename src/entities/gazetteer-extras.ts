// Hand-kept additions to the generated gazetteer: the short forms and places news text uses that the data packages lack.

/** Country names and abbreviations news text uses, by ISO alpha-3. */
export const GAZETTEER_EXTRA_COUNTRIES: Readonly<Record<string, string>> = {
  'U.S.': 'USA', US: 'USA', USA: 'USA', 'U.S.A.': 'USA', America: 'USA', 'United States': 'USA',
  'United States of America': 'USA', Britain: 'GBR', 'Great Britain': 'GBR', 'U.K.': 'GBR', UK: 'GBR',
  England: 'GBR', Scotland: 'GBR', Wales: 'GBR', 'Northern Ireland': 'GBR',
  Russia: 'RUS', 'Soviet Union': 'RUS', USSR: 'RUS', 'South Korea': 'KOR', 'North Korea': 'PRK', Iran: 'IRN',
  Syria: 'SYR', Holland: 'NLD', 'the Netherlands': 'NLD', Vietnam: 'VNM', Laos: 'LAO', Bolivia: 'BOL',
  Venezuela: 'VEN', Tanzania: 'TZA', Moldova: 'MDA', Macedonia: 'MKD', Czechoslovakia: 'CZE', 'Czech Republic': 'CZE',
  Yugoslavia: 'SRB', Zaire: 'COD', Congo: 'COD', Burma: 'MMR', 'Ivory Coast': 'CIV', Taiwan: 'TWN', Palestine: 'PSE',
  'West Bank': 'PSE', Gaza: 'PSE', 'Hong Kong': 'HKG', Kosovo: 'XKX', 'Vatican': 'VAT', UAE: 'ARE', 'U.A.E.': 'ARE',
  'Saudi Arabia': 'SAU', 'New Zealand': 'NZL', 'South Africa': 'ZAF', 'East Timor': 'TLS', Brunei: 'BRN',
  Turkey: 'TUR', Bosnia: 'BIH', 'Bosnia-Herzegovina': 'BIH', Herzegovina: 'BIH', Kampuchea: 'KHM', Persia: 'IRN',
  Ceylon: 'LKA', Rhodesia: 'ZWE', 'Gaza Strip': 'PSE',
};

/** Demonyms and adjectives the data packages lack or spell otherwise, by ISO alpha-3. */
export const GAZETTEER_EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  American: 'USA', Americans: 'USA', British: 'GBR', Briton: 'GBR', Britons: 'GBR', English: 'GBR', Scottish: 'GBR',
  Welsh: 'GBR', Scot: 'GBR', Scots: 'GBR', Soviet: 'RUS', Russian: 'RUS', Russians: 'RUS', Dutch: 'NLD', Swiss: 'CHE',
  French: 'FRA', Irish: 'IRL', Chinese: 'CHN', Japanese: 'JPN', Vietnamese: 'VNM', Portuguese: 'PRT',
  Taiwanese: 'TWN', Lebanese: 'LBN', Sudanese: 'SDN', Senegalese: 'SEN', Congolese: 'COD', Burmese: 'MMR',
  'South Korean': 'KOR', 'South Koreans': 'KOR', 'North Korean': 'PRK', 'North Koreans': 'PRK', Korean: 'KOR',
  Iranian: 'IRN', Iranians: 'IRN', Syrian: 'SYR', Syrians: 'SYR', Palestinian: 'PSE', Palestinians: 'PSE',
  Israeli: 'ISR', Israelis: 'ISR', Iraqi: 'IRQ', Iraqis: 'IRQ', Saudi: 'SAU', Saudis: 'SAU', Kuwaiti: 'KWT',
  Afghan: 'AFG', Afghans: 'AFG', Pakistani: 'PAK', Pakistanis: 'PAK', Bangladeshi: 'BGD', Filipino: 'PHL',
  Filipinos: 'PHL', Thai: 'THA', Czech: 'CZE', Slovak: 'SVK', Serb: 'SRB', Serbs: 'SRB', Serbian: 'SRB', Croat: 'HRV',
  Croats: 'HRV', Croatian: 'HRV', Bosnian: 'BIH', Bosnians: 'BIH', Yugoslav: 'SRB', Kosovar: 'XKX', Mexican: 'MEX',
  Mexicans: 'MEX', Canadian: 'CAN', Canadians: 'CAN', Brazilian: 'BRA', German: 'DEU', Germans: 'DEU',
  Italian: 'ITA', Spanish: 'ESP', Spaniard: 'ESP', Spaniards: 'ESP', Greek: 'GRC', Greeks: 'GRC', Turkish: 'TUR',
  Turk: 'TUR', Turks: 'TUR', Polish: 'POL', Pole: 'POL', Poles: 'POL', Danish: 'DNK', Dane: 'DNK', Danes: 'DNK',
  Swedish: 'SWE', Swede: 'SWE', Swedes: 'SWE', Finnish: 'FIN', Finn: 'FIN', Finns: 'FIN', Norwegian: 'NOR',
  Belgian: 'BEL', Austrian: 'AUT', Hungarian: 'HUN', Romanian: 'ROU', Bulgarian: 'BGR', Ukrainian: 'UKR',
  Indian: 'IND', Indians: 'IND', Egyptian: 'EGY', Egyptians: 'EGY', Nigerian: 'NGA', Kenyan: 'KEN',
  Australian: 'AUS', Australians: 'AUS', 'New Zealander': 'NZL', Argentine: 'ARG', Argentinian: 'ARG',
  Chilean: 'CHL', Colombian: 'COL', Colombians: 'COL', Peruvian: 'PER', Venezuelan: 'VEN', Cuban: 'CUB',
  Cubans: 'CUB', Haitian: 'HTI', Jordanian: 'JOR', Libyan: 'LBY', Algerian: 'DZA', Moroccan: 'MAR', Tunisian: 'TUN',
  Ethiopian: 'ETH', Somali: 'SOM', Rwandan: 'RWA', Zimbabwean: 'ZWE', Indonesian: 'IDN', Malaysian: 'MYS',
  Singaporean: 'SGP', 'Sri Lankan': 'LKA', Nepali: 'NPL', Nepalese: 'NPL', Mongolian: 'MNG',
  Kazakh: 'KAZ', Uzbek: 'UZB', Georgian: 'GEO', Armenian: 'ARM', Azeri: 'AZE', Azerbaijani: 'AZE', Belarusian: 'BLR',
  Lithuanian: 'LTU', Latvian: 'LVA', Estonian: 'EST', Slovenian: 'SVN', Albanian: 'ALB', Albanians: 'ALB',
  Cypriot: 'CYP', Maltese: 'MLT', Icelandic: 'ISL', Luxembourg: 'LUX', Yemeni: 'YEM', Omani: 'OMN', Qatari: 'QAT',
  Emirati: 'ARE', Bahraini: 'BHR', Kampuchean: 'KHM', Cambodian: 'KHM', Cambodians: 'KHM',
};

/** Places the city table misses or gets the wrong country for (its entries below the population threshold). */
export const GAZETTEER_EXTRA_CITIES: Readonly<Record<string, string>> = {
  Brooklyn: 'USA', Bronx: 'USA', 'The Bronx': 'USA', Manhattan: 'USA', Queens: 'USA', 'Staten Island': 'USA',
  'New York City': 'USA', 'New York': 'USA', Washington: 'USA', 'Washington, D.C.': 'USA', Hollywood: 'USA',
  'Silicon Valley': 'USA', 'Los Angeles': 'USA', Houston: 'USA', Dallas: 'USA', Miami: 'USA', Boston: 'USA',
  London: 'GBR', Paris: 'FRA', Moscow: 'RUS', Beijing: 'CHN', Tokyo: 'JPN', Jerusalem: 'ISR', Rome: 'ITA',
  Berlin: 'DEU', Madrid: 'ESP', Lisbon: 'PRT', Athens: 'GRC', Cairo: 'EGY', Baghdad: 'IRQ', Kabul: 'AFG',
  'Mexico City': 'MEX', Geneva: 'CHE', Brussels: 'BEL', Frankfurt: 'DEU', Sydney: 'AUS', Toronto: 'CAN',
  Wellington: 'NZL', Kiev: 'UKR', Kyiv: 'UKR', Bombay: 'IND', Calcutta: 'IND', Peking: 'CHN', Saigon: 'VNM',
  'Hong Kong': 'HKG', Singapore: 'SGP', Darfur: 'SDN', Chechnya: 'RUS',
};
