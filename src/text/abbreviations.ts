// Our lists of English abbreviations that keep their period, and of the words that tell whether one ends a sentence.

function setOf(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w.length > 0));
}

/** Titles and words that are followed by a name or number, so that their period never ends a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = setOf(`
  Mr Mrs Ms Messrs Mmes Mme Mlle Dr Drs Prof Profs Gen Gens Lt Col Maj Capt Cmdr Cmdt Cdr Adm Sgt Cpl Pvt Pfc Brig Spc
  Sen Sens Rep Reps Gov Govs Pres Supt Insp Det Rev Revs Fr Hon Amb Atty Msgr Sra Srta Mt Ft Pt Gov't Lieut Ald
  Sec Secs Asst Dep Adj vs Vs cf Cf viz Fig Figs fig figs Vol vol Vols vols No Nos Nr Art Ch ch Ps
  approx Approx ca pp p para Para op Op e.g i.e E.g I.e viz eg esp Esp Attn attn P.S PS p.s ps
`);

/** Abbreviations that may also end a sentence ("... in Los Angeles, Calif. The next day"). */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = setOf(`
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat
  Inc Corp Co Cos Ltd Bros Assn Assoc Dept Depts Univ Inst Intl Int'l Govt Natl Mfg Mkt Mgmt Mgr Jr Esq Ph St Ste
  Ave Blvd Rd Ln Hwy Pl Sq Apt Bldg Pkwy Ct Cir Ter Rte Rt
  Ala Ariz Ark Calif Cal Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev
  Okla Ore Oreg Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo Alta Ont Que
  etc al est Est ed eds Ed Eds misc Misc min max Min Max tel Tel ext Ext hr hrs yr yrs mos mo wk wks sq ft lb lbs oz
  pct Pct bn mln Bhd Cia Cie Gmbh Pty Pte Sdn Ag Plc Mssrs Dist Div Adv Tech Sr Yr
`);

/** Capitalised words that usually open a sentence rather than continue a name after "U.S." or "Inc.". */
export const SENTENCE_STARTERS: ReadonlySet<string> = setOf(`
  The A An This That These Those It Its He She They We I You His Her Their Our My Your Him Them Us
  But And Or So Yet Nor In On At For From With By As After Before When While If Although Though Since Because
  Then There Here What Why How Who Whom Whose Where Which Some Many Most All Any No None Not One Both Each Every
  Still Also However Meanwhile Instead Now Today Yesterday Tomorrow Last Next Other Such Earlier Later Under
  During Despite Until Unless Once Only Even Just Thus Therefore Moreover Furthermore Nevertheless Otherwise
  Indeed Perhaps Maybe Yes Please Thanks Thank Let Do Does Did Is Are Was Were Will Would Can Could Should Shall
  May Might Must Has Have Had Be Being Been To Of Over About Among Between Through Without Within Against Upon
  Another Several Few More Much Less Neither Either Whether Overall Already Currently Recently Finally First
  Second Third Officials Police Analysts Shares Prices Sales Some Critics Experts Residents Authorities
`);

/** Prefixes that UD English keeps joined to the rest of a hyphenated word ("non-profit", "e-mail", "co-author"). */
export const JOINED_PREFIXES: ReadonlySet<string> = setOf(`
  non e re mid anti co pre pro cross post semi multi ex sub counter mini neo socio psycho inter intra micro ultra
  hyper bi tri arch vice
`);

/** Whole words UD splits into syntactic words although they have no apostrophe: word -> lengths of the parts. */
export const SPLIT_WORDS: ReadonlyMap<string, readonly number[]> = new Map<string, readonly number[]>([
  ['cannot', [3, 3]],
  ['gonna', [3, 2]],
  ['wanna', [3, 2]],
  ['gotta', [3, 2]],
  ['outta', [3, 2]],
  ['lotta', [3, 2]],
  ['dunno', [2, 1, 2]],
  ['gimme', [3, 2]],
  ['lemme', [3, 2]],
  ['dont', [2, 2]],
  ['didnt', [3, 2]],
  ['doesnt', [4, 2]],
  ['isnt', [2, 2]],
  ['wasnt', [3, 2]],
  ['arent', [3, 2]],
  ['werent', [4, 2]],
  ['cant', [2, 2]],
  ['wont', [2, 2]],
  ['couldnt', [5, 2]],
  ['wouldnt', [5, 2]],
  ['shouldnt', [6, 2]],
  ['havent', [4, 2]],
  ['hasnt', [3, 2]],
  ['im', [1, 1]],
  ['ive', [1, 2]],
  ['youre', [3, 2]],
  ['theyre', [4, 2]],
  ['thats', [4, 1]],
  ['theres', [5, 1]],
  ['whats', [4, 1]],
]);
