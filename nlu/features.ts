import { stem } from './stem';

/**
 * Feature extraction for the triage classifier. Works on the diacritic-folded tokens from `normalise`,
 * so "opał", "opal" and "OPAŁ" are one word. Which feature families are on is part of the trained model,
 * chosen by measurement (see docs/nlu.md).
 */
export interface FeatureOptions {
  /** Drop Polish function words (question words are kept: they mark `information`). */
  stopwords: boolean;
  /** Whole tokens ("w:opalu"). */
  words: boolean;
  /** Light suffix-stripped stems ("s:opal"). */
  stems: boolean;
  /** Prefix of this many letters of longer tokens ("p:zasil"); 0 = off. Cheap stand-in for stemming. */
  prefix: number;
  /** Adjacent-token pairs ("b:nie_mam"), which carry negation and set phrases. */
  bigrams: boolean;
  /** An age of 65+ ("ma 86 lat") becomes one feature "n:senior": the number itself is too sparse to learn. */
  ages?: boolean;
}

export const DEFAULT_FEATURES: FeatureOptions = { stopwords: true, words: true, stems: true, prefix: 5, bigrams: true, ages: true };

// Function words that carry no topic. Kept on purpose: nie (nie mam na…), gdzie/jak/kiedy/czy/jakie
// (questions → information), sam/sama (alone → care or social work).
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'i', 'w', 'z', 'ze', 'we', 'na', 'do', 'sie', 'to', 'o', 'od', 'po', 'ale', 'bo', 'ten', 'ta', 'te', 'tego',
  'tej', 'jest', 'sa', 'jestem', 'ja', 'ty', 'on', 'ona', 'ono', 'oni', 'my', 'wy', 'mi', 'mnie', 'mu', 'jej', 'go',
  'ich', 'tak', 'no', 'juz', 'tez', 'dla', 'by', 'oraz', 'lub', 'albo', 'u', 'przez', 'przy', 'za', 'dzien', 'dobry',
  'halo', 'prosze', 'ee', 'eee', 'yyy', 'wiec', 'tylko', 'jeszcze', 'bardzo', 'moj', 'moja', 'moje', 'mojej',
  'mojego', 'moim', 'nas', 'nam', 'ktory', 'ktora', 'ktore', 'ktorzy', 'sobie', 'siebie', 'jako', 'ani',
]);

/**
 * Words that say someone needs something but not what: "potrzebuję pomocy", "mam problem", "nie wiem".
 * A request made only of these and stop words is vague whatever the classifier says, so triage asks.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'pomoc', 'pomocy', 'pomoz', 'pomozcie', 'pomoze', 'problem', 'problemy', 'problemu', 'problemem', 'klopot', 'klopoty',
  'sprawa', 'sprawe', 'sprawie', 'sprawy', 'wiem', 'mam', 'mamy', 'ma', 'chce', 'chcialbym', 'chcialabym', 'chcemy',
  'pytanie', 'pytanko', 'pytania', 'porozmawiac', 'rozmowa', 'potrzebuje', 'potrzebujemy', 'potrzebna', 'potrzebny',
  'dobrze', 'witam', 'witajcie', 'cos', 'jakas', 'jakis', 'jakiejs', 'jakies', 'informacja', 'informacje', 'informacji',
  'zapytac', 'dzwonie', 'pisze', 'zalatwic', 'kims', 'ktos', 'kogos', 'nie', 'tak', 'ok', 'okej', 'wsparcie', 'wsparcia',
  'rady', 'sytuacja', 'sytuacji', 'trudna', 'trudnej', 'ciezka', 'ciezko', 'zle', 'kiepsko', 'prosic', 'prosba', 'moge',
  'mozna', 'czy', 'jak', 'co', 'gdzie', 'kiedy', 'wlasnie', 'tutaj', 'tu', 'sie', 'jestem', 'bym', 'by',
]);

/** True when no token carries a topic (only stop words and GENERIC_WORDS). */
export function isVague(tokens: readonly string[]): boolean {
  return tokens.every((t) => STOPWORDS.has(t) || GENERIC_WORDS.has(t) || /^\d+$/.test(t));
}

/** Features of one utterance, each once, in first-seen order (stable, so training is deterministic). */
export function featurize(tokens: readonly string[], opts: FeatureOptions = DEFAULT_FEATURES): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (f: string): void => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  const kept = opts.stopwords ? tokens.filter((t) => !STOPWORDS.has(t)) : tokens;
  for (const t of kept) {
    if (opts.words) add(`w:${t}`);
    if (opts.stems) add(`s:${stem(t)}`);
    if (opts.prefix > 0 && t.length > opts.prefix) add(`p:${t.slice(0, opts.prefix)}`);
  }
  if (opts.ages) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const n = /^\d{2,3}$/.test(tokens[i]) ? Number(tokens[i]) : 0;
      if (n >= 65 && n <= 120 && tokens[i + 1].startsWith('lat')) add('n:senior');
    }
  }
  if (opts.bigrams) {
    // Pairs over all tokens (not the stop-filtered ones): "nie mam", "do dps", "gdzie zlozyc".
    for (let i = 0; i + 1 < tokens.length; i++) add(`b:${tokens[i]}_${tokens[i + 1]}`);
  }
  return out;
}

/** Positions of the tokens a feature came from, to show a worker the user's own words. */
export function featurePositions(feature: string, tokens: readonly string[]): number[] {
  const kind = feature.slice(0, 2);
  const body = feature.slice(2);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (kind === 'b:') {
      if (i + 1 < tokens.length && `${t}_${tokens[i + 1]}` === body) out.push(i, i + 1);
    } else if (kind === 'n:') {
      if (i + 1 < tokens.length && /^\d{2,3}$/.test(t) && tokens[i + 1].startsWith('lat')) out.push(i, i + 1);
    } else if (kind === 'w:' ? t === body : kind === 's:' ? stem(t) === body : t.length > body.length && t.startsWith(body)) {
      out.push(i);
    }
  }
  return out;
}
