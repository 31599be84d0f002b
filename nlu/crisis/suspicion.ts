import { keyed, keyPattern } from './key';
import { crisisScore } from './model';

/**
 * A wide net under the crisis rules: words that often come with a crisis but also with ordinary
 * requests ("krzyk", "noc", "krew", "tabletki", "dach"). It never sets `urgent`; it tells the dialog
 * that a short safety question is worth asking ("Czy jest Pani/Pan teraz bezpieczna/y?") when the
 * rules found nothing. Rules miss unseen phrasings (see the held-out numbers in the report), so this
 * is the second line of defence, tuned to catch rather than to be right.
 */
const CUES = [
  // violence
  'bi(je|l|la|li|c)\\w*', 'pobi\\w*', 'uderz\\w*', 'krzywd\\w*', 'agresyw\\w*', 'noz\\w*', 'piesc\\w*', 'siniak\\w*', 'since',
  'policj\\w*', 'boj\\w* sie', 'boi sie', 'strach\\w*', 'krzyk\\w*', 'krzycz\\w*', 'przemoc\\w*', 'szarp\\w*', 'grozi\\w*', 'awantur\\w*',
  'wyzyw\\w*', 'zneca\\w*', 'lapami', 'napad\\w*', 'napastow\\w*', 'bje', 'leje', 'lal', 'lala', 'pijan\\w*',
  // suicide
  'umrz\\w*', 'umier\\w*', 'smierc\\w*', 'zabi\\w*', 'skoncz\\w*', 'sensu', 'zegna\\w*', 'tabletk\\w*', 'lekow', 'sznur\\w*', 'most\\w*',
  'zyc', 'zycia', 'zycie', 'beznadziej\\w*', 'nie daje rady', 'nie dam rady', 'koniec', 'dosc wszystkiego', 'odejsc', 'skocz\\w*', 'balkon\\w*', 'pozegnal\\w*', 'mnie nie bedzie', 'nie bedzie mnie', 'przeczytacie',
  // shelter
  'ulic\\w*', 'dworc\\w*', 'bezdomn\\w*', 'wyrzuc\\w*', 'eksmisj\\w*', 'nocleg\\w*', 'spac', 'spie', 'spimy', 'marzn\\w*', 'mroz\\w*',
  'dach nad glowa', 'wygon\\w*', 'przystank\\w*', 'nocy',
  // food
  'glod\\w*', 'glodn\\w*', 'jesc', 'jedzeni\\w*', 'jadl\\w*', 'jedl\\w*', 'lodowk\\w*',
  // child
  'sam[aeo]? w domu', 'same', 'samego', 'samo', 'bez opieki', 'placz\\w*', 'zaniedb\\w*', 'zagin\\w*',
  // health
  'nieprzytom\\w*', 'przytomn\\w*', 'krew', 'krwi\\w*', 'oddych\\w*', 'oddech\\w*', 'karetk\\w*', 'pogotowi\\w*', 'zawal\\w*', 'udar\\w*',
  'upadl\\w*', 'przewrocil\\w*', 'lezy', 'zemdl\\w*', 'drgawk\\w*', 'dusi\\w*', '112', 'sinie\\w*', 'nie rusza', 'rusza sie',
  // disaster
  'pozar\\w*', 'pali sie', 'sie pali', 'pali', 'ogien', 'ognia', 'dym\\w*', 'zalal\\w*', 'zalan\\w*', 'woda', 'wody', 'powodz\\w*', 'burz\\w*', 'wichur\\w*',
  'dach\\w*', 'gaz\\w*', 'wybuch\\w*', 'zawali\\w*', 'spalil\\w*', 'splon\\w*',
  // urgency words
  'pilnie', 'ratunk\\w*', 'ratuj\\w*', 'na pomoc', 'szybko', 'natychmiast', 'teraz', 'dzisiaj w nocy', 'dzis w nocy',
];
const RE = new RegExp(`(?<![a-z0-9])(?:${keyPattern(CUES.join('|'))})(?![a-z0-9])`, 'g');

export interface CrisisSuspicion {
  suspect: boolean;
  /** The words that raised it: as written for cue words, folded for the learned model. */
  cues: string[];
}

export function crisisSuspicion(text: string): CrisisSuspicion {
  const k = keyed(text);
  const cues: string[] = [];
  RE.lastIndex = 0;
  for (const m of k.key.matchAll(RE)) {
    const start = m.index ?? 0;
    const tok = k.tokens.find((t) => t.kStart <= start && start < t.kEnd + 1);
    if (tok) cues.push(k.source.slice(tok.start, tok.end));
  }
  if (cues.length) return { suspect: true, cues };
  // Second net: the learned model catches indirect wording no cue list foresees ("chyba zrobię coś głupiego").
  const learned = crisisScore(text);
  return learned.suspect ? { suspect: true, cues: learned.words } : { suspect: false, cues: [] };
}
