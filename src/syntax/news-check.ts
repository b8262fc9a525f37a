// A small news check for the tagger: sentences of our own invention in news style with hand-assigned Penn (XPOS) tags.
import type { Tagger } from './tagger.js';

/**
 * Gold-tagged sentences, `word/TAG` separated by spaces, on the treebanks' tokenisation. They cover what the web and
 * wiki treebanks lack: news compounds (money laundering, arms smuggling, price fixing), `acting` before a title, titles
 * before names, datelines as the pipeline tags them (the dateline piece alone), numbers and currencies.
 */
export const NEWS_CHECK: readonly string[] = [
  'Prosecutors/NNS charged/VBD the/DT two/CD men/NNS in/IN a/DT drug/NN trafficking/NN and/CC money/NN laundering/NN case/NN on/IN Tuesday/NNP ./.',
  'Maria/NNP Keller/NNP ,/, the/DT acting/JJ U.S./NNP Attorney/NNP in/IN Newark/NNP ,/, announced/VBD the/DT charges/NNS ./.',
  'Both/DT governments/NNS signed/VBD a/DT pact/NN on/IN sharing/VBG customs/NNS records/NNS in/IN March/NNP ./.',
  'He/PRP faces/VBZ arms/NNS smuggling/NN charges/NNS in/IN a/DT court/NN in/IN Lagos/NNP ./.',
  'Three/CD cement/NN makers/NNS were/VBD fined/VBN for/IN price/NN fixing/NN ,/, the/DT regulator/NN said/VBD ./.',
  'The/DT acting/JJ director/NN of/IN the/DT agency/NN resigned/VBD on/IN Friday/NNP ./.',
  'Agents/NNS arrested/VBD a/DT former/JJ bank/NN manager/NN on/IN insider/NN trading/NN charges/NNS ./.',
  'The/DT company/NN said/VBD profits/NNS rose/VBD 12/CD percent/NN to/IN $/$ 4.3/CD billion/CD in/IN the/DT third/JJ quarter/NN ./.',
  'Prime/NNP Minister/NNP Anna/NNP Holt/NNP told/VBD reporters/NNS that/IN the/DT talks/NNS would/MD resume/VB next/JJ week/NN ./.',
  'Foreign/NNP Minister/NNP Lars/NNP Ekberg/NNP arrived/VBD in/IN Nairobi/NNP on/IN Sunday/NNP for/IN talks/NNS on/IN trade/NN ./.',
  'Shares/NNS of/IN Northway/NNP Air/NNP fell/VBD 8/CD percent/NN after/IN the/DT carrier/NN cut/VBD its/PRP$ forecast/NN ./.',
  'The/DT central/JJ bank/NN left/VBD its/PRP$ main/JJ interest/NN rate/NN unchanged/JJ at/IN 3.25/CD percent/NN ./.',
  'Rebels/NNS attacked/VBD an/DT army/NN post/NN near/IN the/DT border/NN ,/, killing/VBG five/CD soldiers/NNS ,/, a/DT military/JJ spokesman/NN said/VBD ./.',
  'The/DT money/NN laundering/NN investigation/NN has/VBZ widened/VBN to/TO include/VB two/CD more/JJR banks/NNS ./.',
  'Officers/NNS from/IN the/DT customs/NNS service/NN seized/VBD 40/CD kilograms/NNS of/IN cocaine/NN at/IN the/DT port/NN ./.',
  'The/DT deal/NN is/VBZ worth/JJ about/RB 1.2/CD billion/CD euros/NNS ,/, according/VBG to/IN people/NNS familiar/JJ with/IN the/DT matter/NN ./.',
  'Chief/NNP Executive/NNP Paul/NNP Marsh/NNP will/MD step/VB down/RP at/IN the/DT end/NN of/IN the/DT year/NN ./.',
  'Defense/NNP Secretary/NNP Ruth/NNP Alder/NNP visited/VBD troops/NNS stationed/VBN in/IN the/DT region/NN ./.',
  'The/DT opposition/NN won/VBD 54/CD of/IN the/DT 120/CD seats/NNS in/IN Sunday/NNP \'s/POS election/NN ./.',
  'Oil/NN prices/NNS climbed/VBD above/IN $/$ 90/CD a/DT barrel/NN on/IN Wednesday/NNP ./.',
  'The/DT suspects/NNS are/VBP accused/VBN of/IN human/JJ trafficking/NN and/CC fraud/NN ./.',
  'A/DT spokeswoman/NN for/IN the/DT ministry/NN declined/VBD to/TO comment/VB ./.',
  'Union/NN leaders/NNS called/VBD off/RP the/DT strike/NN after/IN wage/NN talks/NNS ended/VBD late/RB on/IN Thursday/NNP ./.',
  'The/DT acting/JJ governor/NN signed/VBD the/DT budget/NN bill/NN into/IN law/NN ./.',
  'Investigators/NNS found/VBD no/DT evidence/NN of/IN vote/NN rigging/NN in/IN the/DT northern/JJ province/NN ./.',
  'Inflation/NN slowed/VBD to/IN 2.1/CD percent/NN in/IN October/NNP from/IN 2.6/CD percent/NN in/IN September/NNP ./.',
  'The/DT firm/NN agreed/VBD to/TO pay/VB a/DT $/$ 25/CD million/CD fine/NN to/TO settle/VB bribery/NN charges/NNS ./.',
  'Lawmakers/NNS passed/VBD a/DT bill/NN that/WDT tightens/VBZ rules/NNS on/IN arms/NNS exports/NNS ./.',
  'WASHINGTON/NNP --/:',
  'NAIROBI/NNP ,/, Kenya/NNP --/:',
  'BERLIN/NNP (/-LRB- Reuters/NNP )/-RRB- --/:',
  'Bangladesh/NNP \'s/POS garment/NN exports/NNS rose/VBD 9/CD percent/NN in/IN the/DT year/NN to/IN June/NNP ./.',
  'The/DT trial/NN of/IN the/DT former/JJ mayor/NN on/IN corruption/NN charges/NNS opened/VBD on/IN Monday/NNP ./.',
  'Witnesses/NNS said/VBD gunmen/NNS opened/VBD fire/NN on/IN a/DT crowded/JJ market/NN ./.',
  'The/DT agency/NN said/VBD it/PRP had/VBD frozen/VBN assets/NNS worth/JJ $/$ 3/CD million/CD ./.',
  'Talks/NNS on/IN a/DT ceasefire/NN broke/VBD down/RP ,/, officials/NNS said/VBD ./.',
  'Fire/NN chief/NN Mark/NNP Dunn/NNP told/VBD a/DT news/NN conference/NN that/IN nobody/NN was/VBD hurt/VBN ./.',
  'The/DT central/JJ bank/NN raised/VBD rates/NNS by/IN a/DT quarter/NN point/NN ./.',
  'Exports/NNS of/IN rice/NN fell/VBD to/IN 1.4/CD million/CD tonnes/NNS last/JJ year/NN ./.',
  'Senator/NNP Joan/NNP Ruiz/NNP said/VBD the/DT committee/NN would/MD vote/VB on/IN the/DT nomination/NN next/JJ month/NN ./.',
  'The/DT acting/JJ chairman/NN of/IN the/DT commission/NN ,/, Ivan/NNP Petrov/NNP ,/, was/VBD not/RB available/JJ for/IN comment/NN ./.',
  'The/DT court/NN sentenced/VBD him/PRP to/IN 12/CD years/NNS in/IN prison/NN for/IN tax/NN evasion/NN and/CC money/NN laundering/NN ./.',
  'Regulators/NNS are/VBP investigating/VBG claims/NNS of/IN bid/NN rigging/NN at/IN the/DT state/NN oil/NN company/NN ./.',
  'The/DT strike/NN has/VBZ halted/VBN output/NN at/IN three/CD mines/NNS since/IN June/NNP 4/CD ./.',
  'The/DT government/NN plans/VBZ to/TO sell/VB a/DT 20/CD percent/NN stake/NN in/IN the/DT phone/NN operator/NN ./.',
  'Judge/NNP Helen/NNP Marr/NNP ordered/VBD the/DT release/NN of/IN the/DT two/CD journalists/NNS ./.',
  'Wheat/NN futures/NNS rose/VBD 2/CD %/NN in/IN Chicago/NNP trading/NN ./.',
  'Airline/NN shares/NNS gained/VBD after/IN fuel/NN costs/NNS eased/VBD ./.',
  'Opposition/NN leader/NN Sam/NNP Okafor/NNP called/VBD the/DT vote/NN a/DT sham/NN ./.',
  'The/DT report/NN found/VBD that/IN water/NN shortages/NNS affected/VBD 2/CD million/CD people/NNS ./.',
  'Human/JJ rights/NNS groups/NNS accused/VBD the/DT army/NN of/IN torturing/VBG detainees/NNS ./.',
  'Sales/NNS of/IN electric/JJ cars/NNS doubled/VBD in/IN the/DT first/JJ half/NN of/IN 2023/CD ./.',
  'The/DT minister/NN \'s/POS spokesman/NN said/VBD the/DT visit/NN had/VBD been/VBN postponed/VBN ./.',
  'Counterfeiting/NN rings/NNS are/VBP smuggling/VBG fake/JJ medicines/NNS across/IN the/DT border/NN ./.',
  'The/DT new/JJ system/NN records/VBZ every/DT payment/NN made/VBN by/IN the/DT agency/NN ./.',
];

/** One sentence of the check: its words and gold XPOS tags. */
export interface CheckSentence {
  readonly words: readonly string[];
  readonly xpos: readonly string[];
}

/** Splits `word/TAG word/TAG ...` (the tag follows the last slash, so words may hold slashes). */
export function parseTagged(line: string): CheckSentence {
  const words: string[] = [];
  const xpos: string[] = [];
  for (const item of line.split(' ')) {
    const k = item.lastIndexOf('/');
    if (k <= 0 || k === item.length - 1) throw new RangeError(`expected word/TAG, found "${item}"`);
    words.push(item.slice(0, k));
    xpos.push(item.slice(k + 1));
  }
  return { words, xpos };
}

/** XPOS accuracy of a tagger on `NEWS_CHECK` (or other tagged lines), with the words it got wrong as `word/got/gold`. */
export function scoreNewsCheck(tagger: Tagger, lines: readonly string[] = NEWS_CHECK): { accuracy: number; tokens: number; errors: string[] } {
  let n = 0;
  let right = 0;
  const errors: string[] = [];
  for (const line of lines) {
    const s = parseTagged(line);
    const got = tagger.tag(s.words).xpos;
    s.words.forEach((w, i) => {
      n++;
      if (got[i] === s.xpos[i]) right++;
      else errors.push(`${w}/${got[i] ?? '?'}/${s.xpos[i] ?? '?'}`);
    });
  }
  return { accuracy: n ? right / n : 0, tokens: n, errors };
}
