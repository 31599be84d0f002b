/**
 * Polish numbers in free text: number words (with or without diacritics), digits, "tys." multipliers,
 * collective numerals ("dwójka", "pięcioro") and ordinals ("piętnastego"), each found with its span.
 *
 * Adjacent number words combine only the way Polish grammar builds one number: hundreds, then tens,
 * then units (or a teen), optionally times "tysiąc" and again hundreds/tens/units. Anything else starts
 * a new number, so "pięćset jeden dwieście trzydzieści cztery" is 501 | 234 and "sześć zero jeden"
 * is 6 | 0 | 1. Callers that want a digit string (phone, PESEL, postal code) join such runs with
 * `digitRuns`.
 */

const FOLD: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
const fold = (s: string): string => s.replace(/[ąćęłńóśźż]/g, (c) => FOLD[c] ?? c);

type Level = 1 | 2 | 3; // units/teens, tens, hundreds

interface WordInfo {
  value: number;
  level: Level;
  teen?: boolean;
  ordinal?: boolean;
}

const CARDINALS = new Map<string, WordInfo>();
const ORDINALS = new Map<string, WordInfo>();
const COLLECTIVES = new Map<string, number>();
const MULTIPLIERS = new Map<string, number>();

function add(map: Map<string, WordInfo>, forms: string, info: WordInfo): void {
  for (const f of forms.split(' ')) map.set(f, info);
}

// Cardinals in the case forms people actually use ("z dwoma", "od trzech", "pięciuset").
add(CARDINALS, 'zero', { value: 0, level: 1 });
add(CARDINALS, 'jeden jedna jedno jednego jednej jednemu jednym', { value: 1, level: 1 });
add(CARDINALS, 'dwa dwie dwoch dwu dwoma dwom dwuch', { value: 2, level: 1 });
add(CARDINALS, 'trzy trzech trzema trzem', { value: 3, level: 1 });
add(CARDINALS, 'cztery czterech czterema czterem', { value: 4, level: 1 });
add(CARDINALS, 'piec pieciu piecioma', { value: 5, level: 1 });
add(CARDINALS, 'szesc szesciu szescioma', { value: 6, level: 1 });
add(CARDINALS, 'siedem siedmiu siedmioma', { value: 7, level: 1 });
add(CARDINALS, 'osiem osmiu osmioma', { value: 8, level: 1 });
add(CARDINALS, 'dziewiec dziewieciu dziewiecioma', { value: 9, level: 1 });
const TEENS: [string, number][] = [
  ['dziesiec dziesieciu', 10],
  ['jedenascie jedenastu', 11],
  ['dwanascie dwunastu', 12],
  ['trzynascie trzynastu', 13],
  ['czternascie czternastu', 14],
  ['pietnascie pietnastu', 15],
  ['szesnascie szesnastu', 16],
  ['siedemnascie siedemnastu', 17],
  ['osiemnascie osiemnastu', 18],
  ['dziewietnascie dziewietnastu', 19],
];
for (const [forms, value] of TEENS) add(CARDINALS, forms, { value, level: 1, teen: true });
const TENS: [string, number][] = [
  ['dwadziescia dwudziestu', 20],
  ['trzydziesci trzydziestu', 30],
  ['czterdziesci czterdziestu', 40],
  ['piecdziesiat piecdziesieciu', 50],
  ['szescdziesiat szescdziesieciu', 60],
  ['siedemdziesiat siedemdziesieciu', 70],
  ['osiemdziesiat osiemdziesieciu', 80],
  ['dziewiecdziesiat dziewiecdziesieciu', 90],
];
for (const [forms, value] of TENS) add(CARDINALS, forms, { value, level: 2 });
const HUNDREDS: [string, number][] = [
  ['sto stu', 100],
  ['dwiescie dwustu', 200],
  ['trzysta trzystu', 300],
  ['czterysta czterystu', 400],
  ['piecset pieciuset', 500],
  ['szescset szesciuset', 600],
  ['siedemset siedmiuset', 700],
  ['osiemset osmiuset', 800],
  ['dziewiecset dziewieciuset', 900],
];
for (const [forms, value] of HUNDREDS) add(CARDINALS, forms, { value, level: 3 });

// Ordinals: stem + adjectival ending. Used for days ("piętnastego marca") and years ("…pięćdziesiątego drugiego").
const ORDINAL_STEMS: [string, number, Level][] = [
  ['pierwsz', 1, 1], ['drug', 2, 1], ['trzec', 3, 1], ['czwart', 4, 1], ['piat', 5, 1], ['szost', 6, 1],
  ['siodm', 7, 1], ['osm', 8, 1], ['dziewiat', 9, 1], ['dziesiat', 10, 1], ['jedenast', 11, 1],
  ['dwunast', 12, 1], ['trzynast', 13, 1], ['czternast', 14, 1], ['pietnast', 15, 1], ['szesnast', 16, 1],
  ['siedemnast', 17, 1], ['osiemnast', 18, 1], ['dziewietnast', 19, 1], ['dwudziest', 20, 2],
  ['trzydziest', 30, 2], ['czterdziest', 40, 2], ['piecdziesiat', 50, 2], ['szescdziesiat', 60, 2],
  ['siedemdziesiat', 70, 2], ['osiemdziesiat', 80, 2], ['dziewiecdziesiat', 90, 2], ['setn', 100, 3],
  ['dwusetn', 200, 3], ['trzechsetn', 300, 3], ['czterechsetn', 400, 3], ['piecsetn', 500, 3],
  ['szescsetn', 600, 3], ['siedemsetn', 700, 3], ['osiemsetn', 800, 3], ['dziewiecsetn', 900, 3],
];
const ORDINAL_ENDINGS = ['y', 'a', 'e', 'ego', 'ej', 'emu', 'ym', 'ych', 'i', 'iego', 'iej', 'im', 'ia', 'ie'];
for (const [stem, value, level] of ORDINAL_STEMS) {
  for (const end of ORDINAL_ENDINGS) {
    const form = stem + end;
    if (!CARDINALS.has(form)) ORDINALS.set(form, { value, level, teen: value >= 10 && value < 20, ordinal: true });
  }
}
// "dwutysięcznego", "tysięcznego" (years 2000, 1000).
for (const end of ['y', 'ego', 'ym', 'a', 'e']) {
  ORDINALS.set('tysieczn' + end, { value: 1000, level: 3, ordinal: true });
  ORDINALS.set('dwutysieczn' + end, { value: 2000, level: 3, ordinal: true });
}

// Collective numerals and their noun forms: "dwójka dzieci", "we trójkę", "pięcioro", "czworo".
const COLLECTIVE_FORMS: [string, number][] = [
  ['jedynka jedynke jedynki jedynka jedynce', 1],
  ['dwojka dwojke dwojki dwojce dwojka dwojgiem dwoje dwojga dwojgu', 2],
  ['trojka trojke trojki trojce troje trojga trojgiem trojgu', 3],
  ['czworka czworke czworki czworce czworo czworga czworgiem czworgu', 4],
  ['piatka piatke piatki piatce piecioro pieciorga pieciorgiem', 5],
  ['szostka szostke szostki szescioro szesciorga szesciorgiem', 6],
  ['siodemka siodemke siodemki siedmioro siedmiorga siedmiorgiem', 7],
  ['osemka osemke osemki osmioro osmiorga osmiorgiem', 8],
  ['dziewiatka dziewiatke dziewiatki dziewiecioro dziewieciorga', 9],
  ['dziesiatka dziesiatke dziesiecioro dziesieciorga', 10],
];
for (const [forms, value] of COLLECTIVE_FORMS) for (const f of forms.split(' ')) COLLECTIVES.set(f, value);

for (const f of ['tysiac', 'tysiace', 'tysiecy', 'tysiaca', 'tysiacem', 'tysiacu', 'tys', 'tysi', 'tysia', 'k']) MULTIPLIERS.set(f, 1000);
for (const f of ['milion', 'miliony', 'milionow', 'miliona', 'mln']) MULTIPLIERS.set(f, 1_000_000);

export interface NumberToken {
  /** The number's value (1500 for "półtora tysiąca", 3500 for "3,5 tys."). */
  value: number;
  /** Span in the text given to `numbersIn`. */
  start: number;
  end: number;
  /** Written as digits ("601", "3,5 tys.") or as words ("sześćset jeden"). */
  kind: 'digits' | 'words';
  /** "piętnastego", "drugiego" … */
  ordinal: boolean;
  /** "dwójka", "troje", "pięcioro" … */
  collective: boolean;
  /** Exactly one spoken digit word 0–9 ("sześć", "zero"): a digit of a dictated number. */
  singleDigit: boolean;
  /** The digits as written, keeping leading zeros ("05" from "05-500"); for words, String(value). */
  digits: string;
}

interface Word {
  w: string; // folded lower-case word
  start: number;
  end: number;
}

const WORD_RE = /\d+(?:[.,/:-]\d+)*|\p{L}+/gu;

function words(text: string): Word[] {
  const lower = fold(text.toLowerCase());
  const out: Word[] = [];
  for (const m of lower.matchAll(WORD_RE)) {
    const start = m.index ?? 0;
    const w = m[0];
    // "1234,50" is a decimal, "1.200" a thousands separator; "601-222-333", "15.03.1952" split into groups.
    if (!/^\d/.test(w) || /^\d+,\d{1,2}$/.test(w) || /^\d+$/.test(w)) out.push({ w, start, end: start + w.length });
    else if (/^\d{1,3}\.\d{3}$/.test(w)) out.push({ w: w.replace('.', ''), start, end: start + w.length });
    else if (/^\d+[.,]\d+$/.test(w) && !/^\d{1,2}\.\d{1,2}$/.test(w)) out.push({ w: w.replace(',', '.'), start, end: start + w.length });
    else for (const g of w.matchAll(/\d+/g)) out.push({ w: g[0], start: start + (g.index ?? 0), end: start + (g.index ?? 0) + g[0].length });
  }
  return out;
}

/** Only whitespace (and light punctuation) between two words counts as adjacency. */
function adjacent(text: string, a: Word, b: Word, allowComma: boolean): boolean {
  const gap = text.slice(a.end, b.start);
  return allowComma ? /^[\s,.\-]*$/.test(gap) && !/[.]\s/.test(gap) : /^\s*$/.test(gap) || gap === '.' || gap === '. ';
}

/** All numbers in `text`, in order, with spans into `text`. */
export function numbersIn(text: string): NumberToken[] {
  const ws = words(text);
  const out: NumberToken[] = [];
  let i = 0;
  while (i < ws.length) {
    const w = ws[i];
    // "dwa i pół tysiąca" / "2 i pół tys." = 2500: a whole number, "i pół", then a multiplier.
    const half = ws[i + 1]?.w === 'i' && ws[i + 2]?.w === 'pol' && ws[i + 3] && MULTIPLIERS.has(ws[i + 3].w) && ws[i + 3].w !== 'k';
    const whole = half ? (/^\d+$/.test(w.w) ? Number(w.w) : CARDINALS.get(w.w)?.value) : undefined;
    if (half && whole !== undefined && whole > 0 && whole < 1000) {
      const value = (whole + 0.5) * (MULTIPLIERS.get(ws[i + 3].w) ?? 1);
      out.push({ value, start: w.start, end: ws[i + 3].end, kind: 'words', ordinal: false, collective: false, singleDigit: false, digits: String(value) });
      i += 4;
      continue;
    }
    // Digits, possibly with a decimal comma and a "tys." multiplier: "3,5 tys.", "2 tys", "2 tysiące".
    if (/^\d/.test(w.w)) {
      const isDecimal = /[.,]/.test(w.w);
      let value = Number(w.w.replace(',', '.'));
      let end = w.end;
      let j = i + 1;
      const next = ws[j];
      if (next && MULTIPLIERS.has(next.w) && adjacent(text, w, next, false) && (next.w !== 'k' || next.start === w.end)) {
        value = Math.round(value * (MULTIPLIERS.get(next.w) ?? 1) * 100) / 100;
        end = next.end;
        j++;
        if (text[end] === '.') end++;
      }
      const digits = j > i + 1 ? String(value) : isDecimal ? w.w : w.w;
      out.push({ value, start: w.start, end, kind: 'digits', ordinal: false, collective: false, singleDigit: false, digits });
      i = j;
      continue;
    }
    // "półtora tysiąca" = 1500, "półtorej" too; "pół tysiąca" = 500.
    if ((w.w === 'poltora' || w.w === 'poltorej' || w.w === 'pol') && ws[i + 1] && MULTIPLIERS.has(ws[i + 1].w) && ws[i + 1].w !== 'k') {
      const mult = MULTIPLIERS.get(ws[i + 1].w) ?? 1;
      const value = (w.w === 'pol' ? 0.5 : 1.5) * mult;
      out.push({ value, start: w.start, end: ws[i + 1].end, kind: 'words', ordinal: false, collective: false, singleDigit: false, digits: String(value) });
      i += 2;
      continue;
    }
    const coll = COLLECTIVES.get(w.w);
    if (coll !== undefined) {
      out.push({ value: coll, start: w.start, end: w.end, kind: 'words', ordinal: false, collective: true, singleDigit: false, digits: String(coll) });
      i++;
      continue;
    }
    const parsed = parseWords(ws, i, text);
    if (parsed) {
      out.push(parsed.token);
      i = parsed.next;
      continue;
    }
    i++;
  }
  return out;
}

/** Parses one grammatical number starting at ws[i]; null when ws[i] is not a number word. */
function parseWords(ws: Word[], i: number, text: string): { token: NumberToken; next: number } | null {
  const first = ws[i];
  const firstInfo = CARDINALS.get(first.w) ?? ORDINALS.get(first.w);
  const firstIsThousand = (MULTIPLIERS.get(first.w) ?? 0) >= 1000 && !['k', 'tys', 'mln'].includes(first.w);
  if (!firstInfo && !firstIsThousand) return null;

  let total = 0; // the thousands part, already multiplied
  let cur = 0; // the part below 1000 being built
  let lastLevel = 4; // next word must have a lower level
  let lastTeen = false;
  let ordinal = false;
  let hadThousand = false;
  let hadMillion = false;
  let count = 0;
  let end = first.end;
  let j = i;
  let zero = false;
  for (; j < ws.length; j++) {
    const w = ws[j];
    if (j > i && !adjacent(text, ws[j - 1], w, false)) break;
    const mult = MULTIPLIERS.get(w.w);
    if (mult === 1_000_000 && w.w !== 'mln') {
      // "dwa miliony", "milion dwieście tysięcy": millions come before thousands.
      if (hadMillion || hadThousand || ordinal || zero) break;
      total = (count === 0 ? 1 : cur) * 1_000_000;
      cur = 0;
      hadMillion = true;
      lastLevel = 4;
      lastTeen = false;
      count++;
      end = w.end;
      continue;
    }
    if (mult === 1000 && w.w !== 'k') {
      if (hadThousand || ordinal || zero) break;
      total += (count === 0 || (hadMillion && cur === 0) ? 1 : cur) * 1000;
      cur = 0;
      hadThousand = true;
      lastLevel = 4;
      lastTeen = false;
      count++;
      end = w.end;
      continue;
    }
    const info = CARDINALS.get(w.w) ?? ORDINALS.get(w.w);
    if (!info) break;
    // Once an ordinal has started, only lower ordinals may follow ("pięćdziesiątego drugiego").
    if (ordinal && !info.ordinal) break;
    if (zero) break;
    if (info.value === 0 && count > 0) break;
    if (info.value === 1000 && info.ordinal) {
      // "tysiąc dziewięćsetnego" is unusual; "dwutysięcznego" stands alone.
      if (count > 0) break;
      cur = info.value;
      ordinal = true;
      count++;
      end = w.end;
      j++;
      break;
    }
    if (info.level >= lastLevel || (lastTeen && info.level === 1)) break;
    if (lastLevel === 2 && info.teen) break; // "dwadzieścia piętnaście" is two numbers
    cur += info.value;
    lastLevel = info.level;
    lastTeen = !!info.teen;
    if (info.ordinal) ordinal = true;
    if (info.value === 0) zero = true;
    count++;
    end = w.end;
  }
  const value = total + cur;
  const singleDigit = count === 1 && !ordinal && !hadThousand && value >= 0 && value <= 9;
  return {
    token: { value, start: first.start, end, kind: 'words', ordinal, collective: false, singleDigit, digits: String(value) },
    next: Math.max(j, i + 1),
  };
}

export interface DigitRun {
  /** The concatenated digits ("601222333", "05500"). */
  digits: string;
  start: number;
  end: number;
  /** The tokens the run was built from. */
  tokens: NumberToken[];
}

/**
 * Joins adjacent number tokens into digit strings, the way people dictate phone numbers, PESELs and
 * postal codes: "sześć zero jeden" → "601", "pięćset jeden, dwieście trzydzieści cztery" → "501234",
 * "zero pięć pięćset" → "05500", "601 222 333" → "601222333". A round hundred followed by spoken "zero"
 * lends its zeros to the digits after it: "sześćset zero dwa" → "602".
 * Ordinals, collectives, decimals and multiplied amounts never join.
 */
export function digitRuns(text: string, tokens: NumberToken[] = numbersIn(text)): DigitRun[] {
  const runs: DigitRun[] = [];
  let cur: NumberToken[] = [];
  const flush = (): void => {
    if (cur.length) runs.push({ digits: joinTokens(cur), start: cur[0].start, end: cur[cur.length - 1].end, tokens: cur });
    cur = [];
  };
  for (const t of tokens) {
    const joinable = !t.ordinal && !t.collective && Number.isInteger(t.value) && /^\d+$/.test(t.digits);
    if (!joinable) {
      flush();
      continue;
    }
    if (cur.length) {
      const prev = cur[cur.length - 1];
      const gap = text.slice(prev.end, t.start);
      if (!/^[\s,.\-()/]*$/.test(gap) || /\.\s/.test(gap) || gap.length > 4) flush();
    }
    cur.push(t);
  }
  flush();
  return runs;
}

function joinTokens(tokens: NumberToken[]): string {
  let out = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (t.kind === 'words' && t.value >= 100 && t.value < 1000 && t.value % 100 === 0 && next?.singleDigit && next.value === 0) {
      // "sześćset zero dwa": the speaker names the first digit as a hundred and dictates the rest.
      const after = tokens.slice(k + 1, k + 3).filter((x) => x.singleDigit);
      out += String(t.value / 100) + after.map((x) => x.digits).join('');
      k += after.length;
      continue;
    }
    out += t.digits;
  }
  return out;
}

/**
 * Rewrites number words as digits, for `normalise`: "dwa tysiące trzysta" → "2300",
 * "dwójka dzieci" → "2 dzieci", "piętnastego marca" → "15 marca". Three or more spoken single digits
 * in a row become one digit string ("sześć zero jeden dwa" → "6012"); grouped numbers stay separate
 * ("501 234 567") and callers join them with `digitRuns` when they expect a phone or PESEL.
 */
export function numberWordsToDigits(text: string): string {
  const tokens = numbersIn(text).filter((t) => t.kind === 'words' || /tys|k|mln/i.test(text.slice(t.start, t.end)));
  if (!tokens.length) return text;
  // Merge runs of ≥3 single digits.
  const pieces: { start: number; end: number; repl: string }[] = [];
  for (let k = 0; k < tokens.length; ) {
    let m = k;
    while (m < tokens.length && tokens[m].singleDigit && (m === k || /^\s*,?\s*$/.test(text.slice(tokens[m - 1].end, tokens[m].start)))) m++;
    if (m - k >= 3) {
      pieces.push({ start: tokens[k].start, end: tokens[m - 1].end, repl: tokens.slice(k, m).map((t) => t.digits).join('') });
      k = m;
      continue;
    }
    const t = tokens[k];
    // Ordinals only where they make dates: "piętnastego marca", "…roku", years; "ta druga" stays a word.
    if (!t.ordinal || t.value >= 1000 || dateContext(text, t)) pieces.push({ start: t.start, end: t.end, repl: formatValue(t.value) });
    k++;
  }
  let out = '';
  let pos = 0;
  for (const p of pieces) {
    out += text.slice(pos, p.start) + p.repl;
    pos = p.end;
  }
  return out + text.slice(pos);
}

function dateContext(text: string, t: NumberToken): boolean {
  const next = /^\s*(\p{L}+)/u.exec(text.slice(t.end));
  const prev = /(\d|\p{L}+)\s*$/u.exec(text.slice(0, t.start));
  if (next && (monthNumber(next[1]) !== null || /^(roku|rok|r)$/.test(fold(next[1].toLowerCase())))) return true;
  return !!prev && /^(tysiac|tysiace|\d)$/.test(fold(prev[1].toLowerCase()));
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : String(v).replace('.', ',');
}

const MONTHS: [RegExp, number][] = [
  [/^(stycz\w*|styczen)$/, 1], [/^lut\w*$/, 2], [/^mar(zec|ca|cu|cem)$/, 3], [/^kwie(cien|tnia|tniu)$/, 4],
  [/^maj(a|u)?$/, 5], [/^czerw(iec|ca|cu)$/, 6], [/^lip(iec|ca|cu)$/, 7], [/^sierp(ien|nia|niu)$/, 8],
  [/^wrze(sien|snia|sniu)$/, 9], [/^pazdziernik\w*$/, 10], [/^listopad\w*$/, 11], [/^grud(zien|nia|niu)$/, 12],
];

/** Month number of a Polish month name in any case, folded or not ("marca" → 3); null otherwise. */
export function monthNumber(word: string): number | null {
  const w = fold(word.toLowerCase());
  for (const [re, n] of MONTHS) if (re.test(w)) return n;
  return null;
}
