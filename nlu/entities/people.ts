import type { Ctx } from './context';

/** Age: "mam 79 lat", "79-letnia", "lat 79"; a bare number only when age was asked. */
export function findAge(c: Ctx, expected: boolean): number | undefined {
  const bare: number[] = [];
  for (const t of c.nums) {
    if (t.collective || t.ordinal || !Number.isInteger(t.value) || t.value > 130) continue;
    const aft = c.bf.slice(t.end, t.end + 20);
    const bef = c.bf.slice(Math.max(0, t.start - 20), t.start);
    const yearsAfter = /^\s*-?\s*(lat|lata|latek|latka|letni\w*|rok zycia|roku zycia)\b/.test(aft);
    // "od 10 lat", "przez 5 lat", "10 lat temu", "za 2 lata" are durations, not ages.
    const duration =
      (/\b(od|przez|po|za|juz|ponad|prawie|jakies|okolo|ok|co)\s*$/.test(bef) && !/\b(mam|ma|skonczyl\w*|mialam|mialem)\s+\S*\s*$/.test(bef)) ||
      /^\s*\S+\s+(temu|wstecz)\b/.test(aft);
    if (duration) continue;
    if (yearsAfter && !/(dzie|syn|cork|wnu)\w*\s+(w\s+wieku\s+)?(\d+\s+(i|oraz)\s+)?$/.test(c.bf.slice(Math.max(0, t.start - 40), t.start))) return t.value;
    // "lat 67", "wiek: 67" — but "dzieci w wieku 5 i 7 lat" are the children's ages.
    if (/\b(lat|wiek|wieku)\s*:?\s*$/.test(bef) && !/(dzie|syn|cork|wnu)\w*\s+w\s+wieku\s*$/.test(bef)) return t.value;
    const clauseBefore = c.bf.slice(Math.max(0, t.start - 40), t.start).split(/[,.;]|\b(?:a|ja|sama|sam|ale)\b/).pop() ?? '';
    if (/(dzie|syn|cork|wnu)\w*\s+w\s+wieku\b/.test(clauseBefore)) continue; // children's ages
    if (/^\s*(dzieci|dziecko|osob|zl|zlotych|tys|pokoj|razy|dni|miesiec|godzin|wnuk|syn|cork|corek)/.test(aft)) continue;
    if (/\b(mam|skonczyl\w*|ukonczyl\w*|ma)\s*$/.test(bef)) bare.unshift(t.value);
    else bare.push(t.value);
  }
  return expected ? bare[0] : undefined;
}

const ALONE =
  /(^|\b)(mieszkam|jestem|zyje|zostalam|zostalem|gospodaruje|prowadze gospodarstwo)\s+(\p{L}+\s+)?(sam|sama|samotnie|samiutka|samiutki|samotna|samotny)\b|^(sam|sama|samotnie|samotna|samotny|ja sama|ja sam|sama jestem|sam jestem|tylko ja|sama mieszkam|sam mieszkam|jestem sama|jestem sam|1 osoba|jednoosobow\w*)$|samotnie gospodaruj|osoba samotn|gospodarstwo jednoosobowe|jednoosobowe gospodarstwo/u;

const PREFIX_SIZE: [RegExp, number][] = [
  [/\bjednoosobow/, 1], [/\bdwuosobow/, 2], [/\btrzyosobow/, 3], [/\bczteroosobow/, 4], [/\bpiecio?osobow/, 5],
  [/\bszescio?osobow/, 6], [/\bsiedmio?osobow/, 7], [/\bosmio?osobow/, 8], [/\bdziewiecio?osobow/, 9], [/\bdziesiecio?osobow/, 10],
];

// Household members named one at a time, any case: "z mężem", "mama", "z córką".
const SINGLE_MEMBER =
  /^(maz|meza|mezem|mezowi|zona|zone|zony|zonie|partner|partnera|partnerem|partnerka|partnerke|partnerki|konkubent\w*|konkubin\w*|narzeczon\w*|chlopak|chlopakiem|chlopaka|mama|mame|mamy|mamie|mamusia|mamusia|matka|matke|matki|matce|ojciec|ojcem|ojca|tata|tate|taty|tatem|tatą|syn|syna|synem|synkiem|synek|corka|corke|corki|coreczka|coreczke|brat|brata|bratem|siostra|siostre|siostry|babcia|babcie|babci|dziadek|dziadkiem|dziadka|wnuk|wnuka|wnukiem|wnuczek|wnuczkiem|wnuczka|wnuczke|tesciowa|tesciowe|tesciowej|tesc|tesciem|dziecko|dzieckiem|dziecka|synowa|synowe|synowej|ziec|zieciem|ziecia|szwagier\w*|szwagierk\w*|bratanek\w*|bratanic\w*|siostrzen\w*|wujek|wujkiem|ciocia|ciocia|ciotka|ciotke|ciocią|kuzyn\w*|wspollokator\w*|lokator\w*)$/;
const PAIR_MEMBERS = /^(rodzice|rodzicami|rodzicow|tesciowie|tesciami|tesciow|dziadkowie|dziadkami|dziadkow)$/;
const COUNTED_PLURAL =
  /^(dzieci|dziecmi|dzieciaki|dzieciakami|dzieciakow|dziecko|dzieckiem|synow|synami|synowie|corek|corkami|corki|wnukow|wnukami|wnuki|wnuczek|wnuczkami|wnuczki|braci|bracmi|siostr|siostrami|osob|osobami|osoby|osoba|rodzenstwa|rodzenstwem|dzieciach)$/;
const UNCOUNTED_PLURAL = /^(dzieci|dziecmi|dzieciakami|dzieciaki|synami|corkami|wnukami|wnuczkami|bracmi|siostrami|rodzenstwem|rodzina)$/;

/**
 * Household size: "mieszkam sama" → 1, "z mężem" → 2, "z żoną i dwójką dzieci" → 4, "ja i mama" → 2,
 * "nas jest pięcioro" / "5 osób" / "we trójkę" → the number; a bare number only when it was asked.
 * Members are counted as the speaker plus everyone named; plural kin without a number ("z dziećmi")
 * makes the count unknown rather than guessed.
 */
export function findHouseholdSize(c: Ctx, expected: boolean): number | undefined {
  const f = c.nf;
  const stated = /\b(nas jest|jest nas|jestesmy w|mieszkamy w|mieszka nas|w domu jest nas|w rodzinie jest|rodzina liczy|liczy)\s*(?:w sumie |razem |lacznie |ogolem )?(\d{1,2})\b/.exec(f);
  if (stated) return Number(stated[2]);
  const persons = /\b(\d{1,2})\s*(osob|osoby|osobowa|osobowe|osobowy|os)\b/.exec(f);
  if (persons) return Number(persons[1]);
  for (const [re, n] of PREFIX_SIZE) if (re.test(f)) return n;
  // "we trójkę", "we dwoje", "we dwie", "w czwórkę" (collective or cardinal word after "we"/"w").
  for (const t of c.nums) {
    if (t.kind === 'words' && /\b(we|w)\s*$/.test(c.bf.slice(Math.max(0, t.start - 4), t.start)) && t.value >= 2 && t.value <= 30 && !t.ordinal) return t.value;
  }

  const toks = f.split(' ');
  let members = 0;
  let named = false;
  let unknown = false;
  let pending: number | null = null;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i];
    if (/^\d{1,2}$/.test(w)) {
      pending = Number(w);
      continue;
    }
    if (pending !== null && COUNTED_PLURAL.test(w)) {
      members += pending;
      named = true;
      pending = null;
      continue;
    }
    if (pending !== null && /^(z|ze|i|oraz)$/.test(toks[i - 2] ?? '') && !/^(lat|lata|zl|zlotych|tys|pokoj\w*|razy|dni|miesiec\w*)$/.test(w)) {
      // "z dwójką" without a noun.
      members += pending;
      named = true;
    }
    pending = null;
    if (SINGLE_MEMBER.test(w)) {
      members += 1;
      named = true;
    } else if (PAIR_MEMBERS.test(w)) {
      members += 2;
      named = true;
    } else if (UNCOUNTED_PLURAL.test(w)) unknown = true;
  }
  if (pending !== null && /^(z|ze|i|oraz)$/.test(toks[toks.length - 2] ?? '')) {
    members += pending;
    named = true;
  }
  const speaks = /\b(mieszkam|mieszkamy|zyje|zyjemy|jestem|ja|mam|razem|zostalam|zostalem|z|ze)\b/.test(f);
  if (named && !unknown && (speaks || expected)) return 1 + members;
  if (named && unknown) return undefined;
  if (ALONE.test(f)) return 1;
  if (expected && c.nums.length === 1) {
    const t = c.nums[0];
    if (Number.isInteger(t.value) && !t.ordinal) return t.value;
  }
  return undefined;
}
