import { keyed, keyPattern, keyWord, tokenAt, type Keyed } from './crisis/key';
import { foreignCrisisHits } from './crisis/foreign';
import { crisisSuspicion as suspicionNet, type CrisisSuspicion } from './crisis/suspicion';
import { crisisScore, likelyFlags, loadCrisisModel, type CompiledCrisisModel } from './crisis/model';
import { GENERAL_QUESTION, IDIOMS, INFO_CONTEXT, JOKE_CONTEXT, LAUGHING, MEDIA_CONTEXT, NEGATORS, PAST_CONTEXT, RESOLVED_CONTEXT, RULES, STILL_CONTEXT, VIOLENCE_OVER, VIOLENCE_PAST_CONTEXT, type RuleKind } from './crisis/rules';
import type { CrisisFlag, CrisisResult } from './types';

/**
 * Crisis detection on every message: violence, suicide risk, no shelter tonight, no food, a child at
 * risk, a health emergency, a disaster. Two halves that cover each other:
 * - rules (`crisisRules`): broad cues with three guards — a negation just before the cue ("mąż mnie
 *   nie bije"), a past marker in its clause ("20 lat temu"), and, for topic nouns, an information
 *   question ("co to jest przemoc"). They name the flag and the words, and catch the direct phrasings.
 * - a learned model (crisis/model.ts) that reads the whole message: on its own it raises the alarm on
 *   indirect wording no rule foresees; it also vetoes a rule hit only when it is sure the context is
 *   calm ("zabiję się ze śmiechu", a school project about violence).
 * Third-party reports count the same as first-person ones.
 */
const FLAG_ORDER: CrisisFlag[] = ['violence', 'suicide_risk', 'no_shelter', 'no_food', 'child_at_risk', 'health_emergency', 'disaster'];

interface Compiled {
  flag: CrisisFlag;
  kind: RuleKind;
  re: RegExp;
  unless?: RegExp;
  unlessIn: 'clause' | 'utterance';
  requires?: RegExp;
}

// A negation inside a rule's word window belongs to the words after it ("mąż mnie nie bije"): windows skip it.
const noNegInWindow = (src: string): string =>
  src.replace(/\(\\w\+ \)/g, '((?!nie |nigdy )\\w+ )').replace(/\( \\w\+\)/g, '( (?!(?:nie|nigdy)(?![a-z0-9]))\\w+)');
const wrap = (src: string, flags = 'g'): RegExp => new RegExp(`(?<![a-z0-9])(?:${noNegInWindow(keyPattern(src))})(?![a-z0-9])`, flags);

// Compiled once at load: detectCrisis runs on every message.
const COMPILED: Compiled[] = RULES.map((r) => ({ flag: r.flag, kind: r.kind, re: wrap(r.src), unless: r.unless ? wrap(r.unless, '') : undefined, unlessIn: r.unlessIn ?? 'clause', requires: r.requires ? wrap(r.requires, '') : undefined }));
const INFO_RE = wrap(INFO_CONTEXT, '');
const GENERAL_QUESTION_RE = wrap(GENERAL_QUESTION, '');
const IDIOMS_RE = wrap(IDIOMS);
const PAST_RE = wrap(PAST_CONTEXT, '');
const STILL_RE = wrap(STILL_CONTEXT, '');
// Unambiguous "it goes on" words count anywhere in the clause; time words ("teraz", "dziś") only before the cue.
const STRONG_STILL_RE = wrap('(znowu|znow|nadal|wciaz|ciagle|caly czas|codziennie|co dzien|co noc)', '');
const VIOLENCE_PAST_RE = wrap(VIOLENCE_PAST_CONTEXT, '');
const VIOLENCE_OVER_RE = wrap(VIOLENCE_OVER, '');
// A clause that only dates the one before it: "uderzył mnie raz, dziesięć lat temu", "…ale to było trzy lata temu".
const PAST_AFTER_RE = new RegExp(`^(ale |a )?(to )?(bylo |byl |byla |bylo to |jeszcze )?(\\w+ )?${PAST_RE.source}|${keyPattern('^(ale |a )?(teraz |juz )?(od|przez) (roku|pol roku|(\\w+ )?(lat|lata|miesiecy|miesiace|tygodni)) (\\w+ )?(sie )?(lecze|leczy|leczymy|jestem na terapii|chodze na terapie|biore leki|bierze leki)')}`);
// Clauses that take their time and their source from the clause before: "W tamtym roku dzwoniłam, bo mąż mi groził",
// "Czytałam w gazecie o panu, który zamarzł".
const SUBORDINATE_PAST = new Set(['bo', 'ze', 'gdy', 'kiedy', 'ktory', 'ktora', 'ktore', 'ktorzy', 'ktorego', 'ktorej', 'ktoremu', 'ktorym']);
const SUBORDINATE_MEDIA = new Set(['ze', 'jak', 'gdzie', 'gdy', 'kiedy', 'ktory', 'ktora', 'ktore', 'ktorzy', 'ktorego', 'ktorej', 'ktoremu', 'ktorym']);
const RESOLVED_RE = wrap(RESOLVED_CONTEXT, '');
const MEDIA_RE = wrap(MEDIA_CONTEXT, '');
const JOKE_RE = wrap(JOKE_CONTEXT, '');
// An event that is over ends these; violence and suicide risk are never "resolved" by a remark.
const RESOLVABLE = new Set<CrisisFlag>(['disaster', 'health_emergency', 'child_at_risk', 'no_food', 'no_shelter']);
const CHILD_WORDS = wrap('(dzieci|dzieck\\w*|dzieciom|dziecmi|przy dzieciach|dzieciaki|syn\\w*|cork\\w*|coreczk\\w*|wnuk\\w*|wnucz\\w*|niemowl\\w*|malucha?|nastolat\\w*|uczen|ucznia|uczennic\\w*|pasierb\\w*|dziewczynk\\w*|chlopc\\w*|chlopiec|jestem dzieckiem|jestem uczniem|jestem uczennica|(jedno|dwu|trzy|cztero|piecio|szescio|siedmio|osmio|dziewiecio|dziesiecio|jedenasto|dwunasto|trzynasto|czternasto|pietnasto|szesnasto|siedemnasto|kilku|kilkunasto|[0-9]*)(latk\\w*|latek)|([0-9]|1[0-7]) ?letni\\w*|(jedno|dwu|trzy|cztero|piecio|szescio|siedmio|osmio|dziewiecio|dziesiecio|jedenasto|dwunasto|trzynasto|czternasto|pietnasto|szesnasto|siedemnasto|kilku|kilkunasto)letni\\w*|mam ([0-9]|1[0-7]|dziesiec|jedenascie|dwanascie|trzynascie|czternascie|pietnascie|szesnascie|siedemnascie) lat)', '');

const MINOR = wrap('(ma|mam|majac\\w*|lat) ([0-9]|1[0-7]|dziesiec|jedenascie|dwanascie|trzynascie|czternascie|pietnascie|szesnascie|siedemnascie)( lat| lata)?|nastolat\\w*|dziecko|dzieci|ucz(en|nia|ennica|ennicy)|latk\\w*|latek', '');

// Negators as match keys ("żadnych" → "zadnyh").
const NEGATOR_KEYS: ReadonlySet<string> = new Set([...NEGATORS].map(keyWord));

// Short words that may stand between a negator and the verb it negates ("nigdy mnie nie bił", "nie za bardzo").
const CLITICS = new Set(['mnie', 'mi', 'go', 'ja', 'jej', 'mu', 'nas', 'nam', 'ich', 'im', 'cie', 'ci', 'sie', 'joz', 'wcale', 'raczej', 'to', 'tego', 'tak', 'az', 'bardzo', 'za', 'specjalnie', 'nigdy', 'nie', 'on', 'ona', 'oni', 'wiecej', 'dzieci', 'was', 'wam', 'jestem', 'jest', 'sa', 'jestesmy', 'jestescie', 'byl', 'byla', 'bylo', 'byli', 'byly', 'bede', 'bedzie', 'beda', 'bywa', 'zbyt', 'calkiem', 'do', 'konca']);

function clauseUpTo(k: Keyed, clause: number, last: number): string {
  let s = '';
  for (let i = 0; i <= last; i++) if (k.tokens[i].clause === clause) s += (s ? ' ' : '') + k.tokens[i].key;
  return s;
}

function clauseText(k: Keyed, clause: number): string {
  let s = '';
  for (const t of k.tokens) if (t.clause === clause) s += (s ? ' ' : '') + t.key;
  return s;
}

/** True when a negation stands within two words before the hit, in the same clause ("nie bije", "nigdy mnie nie bił"). */
function negated(k: Keyed, first: number, window: number, cliticsOnly = false): boolean {
  const clause = k.tokens[first].clause;
  for (let i = first - 1; i >= Math.max(0, first - window); i--) {
    const t = k.tokens[i];
    if (t.clause !== clause) break;
    // "nie tylko bije, ale…" is not a negation.
    if (NEGATOR_KEYS.has(t.key) && k.tokens[i + 1]?.key !== 'tylko') return true;
    // "nie je nie pije leży": a verb between the negator and the cue takes the negation.
    if (cliticsOnly && !CLITICS.has(t.key)) return false;
  }
  return false;
}

/** The rule half alone (evaluation and evidence). */
export function crisisRules(text: string): CrisisResult {
  return ruleHits(text).result;
}

// Words either side of a rule hit that the model reads to judge its context: enough for "zabiję się ze
// śmiechu" or "korzysta z noclegowni w naszym mieście", too few for a long benefits request before
// "…a mąż mnie bije" to drown the hit (the whole message would).
const VETO_WINDOW = 3;

function ruleHits(text: string): { result: CrisisResult; windows: string[] } {
  const k = keyed(text);
  const found = new Map<CrisisFlag, string[]>();
  const windows: string[] = [];
  if (!k.key) return { result: { urgent: false, flags: [], evidence: [] }, windows };
  // Disaster and health: "hydraulik już naprawił" anywhere ends them (as before round 3).
  const resolved = RESOLVED_RE.test(k.key);
  // Sentences, built once: the guards below look at a hit's sentence, and a 5 000-character message
  // with hundreds of hits must stay linear.
  const sentences = new Map<number, { key: string; source: string; tokens: number[] }>();
  k.tokens.forEach((t, i) => {
    const s = sentences.get(t.sentence);
    if (s) {
      s.key += ` ${t.key}`;
      s.tokens.push(i);
    } else sentences.set(t.sentence, { key: t.key, source: '', tokens: [i] });
  });
  for (const s of sentences.values()) s.source = k.source.slice(k.tokens[s.tokens[0]].start, k.tokens[s.tokens[s.tokens.length - 1]].end + 3);
  // "…uciekł, ale już się znalazł": the end of the story comes after the hit, in the same sentence or later.
  const resolvedAfter = (first: number): boolean => {
    const rest = k.tokens.slice(first).map((t) => t.key).join(' ');
    return RESOLVED_RE.test(rest);
  };
  // News and reading: the marker in the hit's own clause, or in the clause just before a "że" clause ("czytałam w gazecie, że…").
  const parentOf = (firstOfClause: number, words: ReadonlySet<string>): string | undefined =>
    firstOfClause > 0 && words.has(k.tokens[firstOfClause].key) ? clauseOf(k.tokens[firstOfClause - 1].clause) : undefined;
  const reported = (clause: number, firstOfClause: number): boolean => MEDIA_RE.test(clauseOf(clause)) || MEDIA_RE.test(parentOf(firstOfClause, SUBORDINATE_MEDIA) ?? '');
  // The hit's clause, the clause it depends on, or the clause right after it that dates it.
  const pastAround = (clause: number, firstOfClause: number, ctx: string, violence: boolean): boolean => {
    // "jak był mały, to ojciec go bił": the "to" clause takes its time from the "jak/kiedy" clause before it.
    const parent = parentOf(firstOfClause, SUBORDINATE_PAST) ?? (firstOfClause > 0 && k.tokens[firstOfClause].key === 'to' ? clauseOf(k.tokens[firstOfClause - 1].clause) : '');
    let after = firstOfClause;
    while (after < k.tokens.length && k.tokens[after].clause === clause) after++;
    const next = after < k.tokens.length ? clauseOf(k.tokens[after].clause).split(' ').slice(0, 8).join(' ') : '';
    return PAST_RE.test(ctx) || PAST_RE.test(parent) || PAST_AFTER_RE.test(next) || (violence && (VIOLENCE_PAST_RE.test(ctx) || VIOLENCE_PAST_RE.test(parent)));
  };
  const firstTokenOfClause = new Map<number, number>();
  k.tokens.forEach((t, i) => {
    if (!firstTokenOfClause.has(t.clause)) firstTokenOfClause.set(t.clause, i);
  });
  // Spans of idioms that contain a cue word: a hit starting inside one is dropped.
  const idioms = [...k.key.matchAll(IDIOMS_RE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const inIdiom = (pos: number): boolean => idioms.some(([a, b]) => pos >= a && pos < b);
  const hitsPerRule = 4;
  // The words around a hit, in its clause: a transcript without punctuation is one clause, and a "znowu"
  // twenty words on ("…czy znowu można złożyć wniosek") is about the request, not the event.
  const near = (first: number, last: number, reach: number): string => {
    const c = k.tokens[first].clause;
    const out: string[] = [];
    for (let i = Math.max(0, first - reach); i <= Math.min(k.tokens.length - 1, last + reach); i++) if (k.tokens[i].clause === c) out.push(k.tokens[i].key);
    return out.join(' ');
  };
  const clauseCache = new Map<number, string>();
  const clauseOf = (c: number): string => {
    let s = clauseCache.get(c);
    if (s === undefined) {
      s = clauseText(k, c);
      clauseCache.set(c, s);
    }
    return s;
  };
  for (const rule of COMPILED) {
    rule.re.lastIndex = 0;
    let kept = 0;
    for (const m of k.key.matchAll(rule.re)) {
      // A few hits per rule are evidence enough; a pasted wall of text must not cost more.
      if (kept >= hitsPerRule) break;
      const start = m.index ?? 0;
      if (idioms.length && inIdiom(start)) continue;
      const first = tokenAt(k, start);
      const last = tokenAt(k, start + Math.max(0, m[0].length - 1));
      const clause = k.tokens[first].clause;
      const ctx = clauseOf(clause);
      // Topic nouns sit further from their verb ("nie myślę o samobójstwie").
      if (rule.kind !== 'fixed' && negated(k, first, rule.kind === 'topic' ? 3 : 2, rule.kind === 'act')) continue;
      // "kiedyś spaliśmy w samochodzie, teraz mamy mieszkanie": a still-marker counts only up to the hit, not in the contrast after it.
      if (pastAround(clause, firstTokenOfClause.get(clause) ?? first, ctx, rule.flag === 'violence') && !STILL_RE.test(clauseUpTo(k, clause, first)) && !STRONG_STILL_RE.test(near(first, last, STILL_REACH))) continue;
      // "Dzieci głodne nie są": the negation after a predicate.
      if (rule.kind !== 'fixed' && NEGATED_AFTER.test(k.tokens.slice(last + 1, last + 3).map((t) => t.key).join(' '))) continue;
      // "przemocy już nie ma": a topic noun denied after it.
      if (rule.kind === 'topic' && TOPIC_DENIED_AFTER.test(k.tokens.slice(last + 1, last + 5).map((t) => t.key).join(' '))) continue;
      // "co by się stało, gdyby mama zasłabła", "gdyby nie sąsiadka, spałabym na dworcu": a supposition, not an event (never for violence, suicide or a child).
      if (SUPPOSABLE.has(rule.flag) && (HYPOTHETICAL_RE.test(clauseUpTo(k, clause, first)) || (clause > 0 && HYPOTHETICAL_RE.test(clauseOf(clause - 1))))) continue;
      if ((rule.flag === 'disaster' || rule.flag === 'health_emergency') && resolved) continue;
      if (RESOLVABLE.has(rule.flag) && resolvedAfter(first)) continue;
      const sentence = sentences.get(k.tokens[first].sentence)!;
      // "czytałam w gazecie, że matka zostawiła dzieci same": news, not a report.
      if (reported(clause, firstTokenOfClause.get(clause) ?? first)) continue;
      if (JOKE_RE.test(sentence.key) || LAUGHING.test(sentence.source)) continue;
      if (rule.kind === 'topic' && (INFO_RE.test(ctx) || GENERAL_QUESTION_RE.test(k.key))) continue;
      if (rule.kind === 'topic' && rule.flag === 'violence' && VIOLENCE_OVER_RE.test(k.key)) continue;
      // `unless` looks at the hit's own clause: "siniaki po upadku" cancels, "mówi że się przewróciła, ale to mąż" does not.
      if (rule.unless?.test(rule.unlessIn === 'utterance' ? k.key : ctx)) continue;
      if (rule.requires && !rule.requires.test(k.key)) continue;
      const ev = k.source.slice(k.tokens[first].start, k.tokens[last].end);
      windows.push(k.source.slice(k.tokens[Math.max(0, first - VETO_WINDOW)].start, k.tokens[Math.min(k.tokens.length - 1, last + VETO_WINDOW)].end));
      const list = found.get(rule.flag) ?? [];
      if (!list.includes(ev)) list.push(ev);
      found.set(rule.flag, list);
      kept++;
    }
  }
  // Violence, no shelter or no food with a child in the picture (as victim or witness) puts the child at risk too.
  if ((found.has('violence') || found.has('no_shelter') || found.has('no_food')) && !found.has('child_at_risk') && CHILD_WORDS.test(k.key)) {
    const m = CHILD_WORDS.exec(k.key);
    const i = tokenAt(k, m?.index ?? 0);
    found.set('child_at_risk', [k.source.slice(k.tokens[i].start, k.tokens[i].end)]);
  }
  // Suicide risk or self-harm of a minor is a child at risk.
  if (found.has('suicide_risk') && !found.has('child_at_risk')) {
    const m = MINOR.exec(k.key);
    if (m) {
      const i = tokenAt(k, m.index);
      found.set('child_at_risk', [k.source.slice(k.tokens[i].start, k.tokens[Math.min(k.tokens.length - 1, i + 2)].end)]);
    }
  }
  const flags = FLAG_ORDER.filter((f) => found.has(f));
  const evidence = flags.flatMap((f) => found.get(f) ?? []);
  return { result: { urgent: flags.length > 0, flags, evidence }, windows };
}

// The same message is checked up to three times in one turn (the interrupt check, triage, the safety
// question); one remembered result spares the repeats. Callers get copies, so none can change it.
let lastCrisis: { text: string; result: CrisisResult } | undefined;
const copyOf = (r: CrisisResult): CrisisResult => ({ ...r, flags: [...r.flags], evidence: [...r.evidence], ...(r.vetoed ? { vetoed: [...r.vetoed] } : {}) });

export function detectCrisis(text: string): CrisisResult {
  if (lastCrisis?.text !== text) lastCrisis = { text, result: detectUncached(text) };
  return copyOf(lastCrisis.result);
}

function detectUncached(text: string): CrisisResult {
  return detectCrisisWith(text, loadCrisisModel());
}

/** detectCrisis with a given model (evaluation of a model before it is committed). */
export function detectCrisisWith(text: string, model: CompiledCrisisModel): CrisisResult {
  const { result: rules, windows } = ruleHits(text);
  // Ukrainian/Russian cues join the Polish rules' hits.
  const foreign = foreignCrisisHits(text);
  for (const h of foreign) {
    if (!rules.flags.includes(h.flag)) rules.flags = FLAG_ORDER.filter((f) => f === h.flag || rules.flags.includes(f));
    if (!rules.evidence.includes(h.evidence)) rules.evidence.push(h.evidence);
    windows.push(h.evidence);
  }
  rules.urgent = rules.flags.length > 0;
  const score = crisisScore(text, model);
  const { urgent, ruleVeto } = model.thresholds;
  // A message of one to three words gives the model little to go on ("mnie samej" as an answer to "Kogo
  // dotyczy sprawa?"): alone it raises the alarm only when it is sure; below that it asks the safety question.
  if (score.p > (countWords(text) <= SHORT_ALARM_WORDS ? Math.max(urgent, SHORT_ALARM_P) : urgent)) {
    // The model is sure: its flags join the rules' (the rules' words are better evidence when there are any).
    const flags = FLAG_ORDER.filter((f) => rules.flags.includes(f) || likelyFlags(score).includes(f));
    return { urgent: true, flags, evidence: rules.evidence.length ? rules.evidence : score.words };
  }
  // A rule hit stands unless the model, knowing most of the message's words, finds it clearly calm *and*
  // the words around every hit clearly calm too: the second condition keeps "…zasiłek na opał,
  // a mąż mnie bije"; the first keeps messages in words the model has hardly seen.
  // Never in a short message: there the words around the hit are the whole message, and "syn zaginął"
  // or "odbiorę sobie życie" must stand whatever the model thinks.
  // Never a hit in another language either: the model has read little English or Ukrainian, and what it has
  // read of their everyday requests made it call "my boyfriend choked me last night…" calm (p 0.03).
  const vetoed = foreign.length === 0 && countWords(text) > SHORT_MESSAGE_WORDS && score.coverage >= 0.5 && score.p <= ruleVeto && windows.every((w) => crisisScore(w, model).p <= WINDOW_CALM);
  if (rules.urgent && !vetoed) return rules;
  return rules.urgent ? { urgent: false, flags: [], evidence: [], vetoed: rules.flags } : { urgent: false, flags: [], evidence: [] };
}

const SHORT_MESSAGE_WORDS = 8;
const SHORT_ALARM_WORDS = 3;
// The words around a hit must look clearly calm for a veto, not merely less crisis than calm (0.5 dropped
// "moja siostra jest bita przez męża, ale nie chce zgłosić" once the model had learnt more).
const WINDOW_CALM = 0.3;
const SHORT_ALARM_P = 0.9;
const STILL_REACH = 6;
// Keys, not words: "już" is "joz" (key.ts).
const TOPIC_DENIED_AFTER = /^(joz )?nie (ma|bylo|ma joz)(?! (dnia|nocy|tygodnia|konca|granic|sensu|gdzie|co|kto|jak|dokad))(?![a-z0-9])/;
const HYPOTHETICAL_RE = wrap('(gdyby\\w*|jesliby|jezeliby)', '');
const SUPPOSABLE = new Set<CrisisFlag>(['disaster', 'health_emergency', 'no_shelter', 'no_food']);
const NEGATED_AFTER = /^nie (jest|sa|jestem|jestesmy|byl|byla|byli|byly|bylo)(?![a-z0-9])/;
const countWords = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

export type { CrisisSuspicion } from './crisis/suspicion';

/** Whether to ask the safety question: the model's band, words of distress, or a rule hit the model vetoed. */
export function crisisSuspicion(text: string): CrisisSuspicion {
  const net = suspicionNet(text);
  if (net.suspect) return net;
  const d = detectCrisis(text);
  return !d.urgent && d.vetoed?.length ? { suspect: true, cues: crisisRules(text).evidence } : net;
}
