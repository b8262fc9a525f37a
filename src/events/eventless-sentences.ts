// Our own news-style sentences that report no codable event (figures, descriptions, weather, opinions, prices,
// schedules, figurative uses of trigger words): the development check that the coder does not invent events.

/**
 * Sentences with no PLOVER event in them, written for this check (none copied from any corpus). Several use
 * trigger words in senses that name no political act: markets that "retreat", weather that "batters", a film that
 * "captures" awards.
 */
export const EVENTLESS_SENTENCES: readonly string[] = [
  'Unemployment in Portugal fell to 6.1 percent in October, the national statistics office said.',
  'The price of arabica coffee rose 3 percent on Tuesday to its highest level since May.',
  'Wheat exports from Argentina reached 4.5 million tonnes in the first quarter.',
  'Temperatures in Madrid are expected to reach 38 degrees Celsius on Friday.',
  'Heavy rain battered the northern coast of Spain over the weekend.',
  'The bridge, completed in 1932, spans 800 meters across the river.',
  'The museum in Oslo attracts about two million visitors a year.',
  'Analysts said the stock market in Tokyo looked expensive after a long rally.',
  'The festival will run from June 3 to June 9 in the old town of Krakow.',
  'Shares of the Canadian miner retreated from record highs in late trading.',
  'The dollar surrendered its early gains against the yen on Wednesday.',
  'Inflation in Turkey threatens to erode the wage increases granted in January.',
  'The film captured three awards at the festival in Venice.',
  'Brazil defended its title with a 2-0 win over Chile in the final.',
  'The company reported a net profit of 12 million dollars for the year.',
  'Average house prices in London are now about 13 times average earnings.',
  'The new railway line between Nairobi and Mombasa is 470 kilometers long.',
  'Most economists expect growth in India to slow slightly next year.',
  'The governor of Texas is a former lawyer who grew up in Houston.',
  'Population figures show that Lagos has grown by a third in a decade.',
  'The talks in Geneva are the third round this year, according to the schedule.',
  'The report describes the border region as poor and sparsely populated.',
  'Fans of the club say the new stadium lacks the atmosphere of the old one.',
  'Copper hit a two-year low in London as demand from China weakened.',
  'The annual meeting of the central bank governors takes place every September in Basel.',
  'Its opinion pages have long argued that taxes in France are too high.',
  'The striker fired a shot past the goalkeeper in the 89th minute.',
  'Sales of electric cars in Norway outnumbered sales of petrol cars for the first time.',
  'Officials said the number of tourists visiting Egypt doubled last year.',
  'The army has about 120,000 soldiers and 300 tanks.',
  'Police said the cause of the fire in the warehouse was not yet known.',
  'Protests are common in the capital during the summer months.',
  'Relations between the two neighbours have been tense for decades.',
  'The minister, who studied in Paris, speaks four languages.',
  'Attacks on shipping in the region fell by half last year, an insurance group said.',
  'The opposition party won 12 percent of the vote in the last election.',
];
