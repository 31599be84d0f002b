import { normalise } from './normalise';
import type { Command } from './types';

/**
 * Global commands ("pomoc", "cofnij", "od nowa", "stop", "z człowiekiem", "pomiń", "więcej", "powtórz").
 * A command is a short utterance that is *only* the command, after politeness words are removed:
 * the whole remaining text must match, so "mąż nie chce pomocy" or "od nowa szukam pracy" are answers,
 * not commands. Small typos in one-word commands are tolerated (one edit for words of 5+ letters).
 */

// Order matters: "nie chcę rozmawiać z botem" is `human` before `stop`; "nie wiem" is `skip`.
const PHRASES: [Command, string][] = [
  ['human', '(rozmawiac|porozmawiac|pogadac|mowic|gadac|polaczyc|polacz|polaczenie|kontakt|skontaktowac)( sie)?( mnie)? z (\\w+ )?(pracownik\\w*|czlowiek\\w*|osob\\w*|konsultant\\w*|urzednik\\w*|urzedniczk\\w*|kims|operator\\w*|pania|panem|doradc\\w*|specjalist\\w*)( socjaln\\w*| zyw\\w*| prawdziw\\w*)?'],
  ['human', '(z )?(prawdziw\\w* |zyw\\w* )?(pracownik\\w*|czlowiek\\w*|konsultant\\w*|operator\\w*|urzednik\\w*|osob\\w* fizyczn\\w*)( socjaln\\w*)?( prosze| poprosze)?'],
  ['human', '(z )?(kims|ktos) (zywym|prawdziwym|zywy|prawdziwy)|nie (chce|bede) (rozmawiac|pisac|gadac) z (botem|maszyna|automatem|komputerem|robotem)|(wole|chce) (czlowieka|pracownika|osobe)|(jest tam )?ktos zywy|nie (chce|lubie) (bota|robota|automatu)|do (pracownika|czlowieka|konsultanta)'],
  ['restart', '(zacznij|zacznijmy|zaczac|zaczynamy|zaczynam|rozpocznij|rozpocznijmy|rozpoczac|jeszcze raz|wszystko)? ?(od nowa|od poczatku|od zera)|restart|reset|nowa rozmowa|zacznij (jeszcze raz|ponownie)|(rozpocznij|zacznij) nowa rozmowe'],
  ['back', 'cofnij( sie)?( jeden krok| o (jeden|1) krok)?|cofnac( sie)?|cofamy|wstecz|wroc|wrocmy|wrocic|powrot|(do|na) (poprzedniego|poprzednie)( pytania| pytanie)?|poprzednie( pytanie)?|(wroc|cofnij) do (poprzedniego|poprzedniej)( pytania| strony)?|pomylil\\w*( sie)?|zle (wpisal\\w*|podal\\w*|napisal\\w*)|chce poprawic|popraw|poprawka|do tylu'],
  ['stop', 'stop|koniec|zakoncz|zakonczmy|zakonczyc|konczymy|konczmy|przerwij|przerwac|przerwijmy|anuluj|anulowac|wyjdz|wyjscie|dosc|rezygnuje|nie chce (dalej|juz)( rozmawiac)?|nie chce rozmawiac|do widzenia|dowidzenia|zegnam|bye|pa|papa|exit|quit|cancel|koniec rozmowy|na tym koniec'],
  ['skip', 'pomin|pominac|pominmy|pomijam|to pominmy|nie wiem|nie pamietam|nie mam pojecia|wole nie (podawac|mowic|odpowiadac|pisac)|nie chce (tego )?(podawac|mowic|odpowiadac|pisac|zdradzac)|nie podam|nie powiem|bez odpowiedzi|nie dotyczy|dalej|nastepne( pytanie)?|pas|skip|next|nie chce podac'],
  ['more', 'wiecej|wiecej (informacji|szczegolow|o tym|o \\w+)|rozwin|szczegoly|powiedz wiecej|napisz wiecej|chce wiedziec wiecej|czytaj dalej|co jeszcze|more'],
  ['repeat', 'powtorz|powtorzyc|powtorzysz|powtorzy|jeszcze raz|raz jeszcze|nie (zrozumial\\w*|uslyszal\\w*|doslyszal\\w*|rozumiem)|co|slucham|jak|ze co|nie doslyszalam|mozna powtorzyc|repeat|again|prosze powtorzyc|jeszcze raz pytanie|powtorz pytanie'],
];
const COMPILED: [Command, RegExp][] = PHRASES.map(([c, src]) => [c, new RegExp(`^(?:${src})$`)]);

// Politeness and filler that may surround a command without changing it.
const POLITE = new Set([
  'prosze', 'poprosze', 'dziekuje', 'dzieki', 'bardzo', 'czy', 'moge', 'mozna', 'mozesz', 'mozecie', 'moglabym', 'moglbym',
  'chce', 'chcialabym', 'chcialbym', 'chcialam', 'chcialem', 'pan', 'pani', 'panie', 'ok', 'okej', 'dobrze', 'to', 'a', 'no',
  'teraz', 'tutaj', 'tu', 'juz', 'natychmiast', 'szybko', 'mi', 'mnie', 'ja', 'halo', 'hej', 'sluchaj', 'sluchajcie', 'wiec',
  'najpierw', 'daj', 'dajcie', 'lepiej', 'jednak', 'moze', 'chyba', 'zeby', 'by', 'sie', 'zapytac', 'ten', 'te', 'tego',
]);
/** Longest utterance (in words, politeness included) still taken as a command. */
const MAX_WORDS = 7;
const MAX_CORE_WORDS = 5;

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      // A swap of neighbours counts as one edit ("pmooc" is not common, "pmoc" / "pomco" are).
      if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
        i += 2;
        j += 2;
        continue;
      }
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

// One-word commands for typo tolerance.
const TYPO_WORDS: [Command, string][] = [
  ['help', 'pomoc'], ['help', 'pomocy'], ['back', 'cofnij'], ['back', 'wstecz'], ['restart', 'restart'], ['stop', 'zakoncz'],
  ['stop', 'przerwij'], ['stop', 'anuluj'], ['stop', 'koniec'], ['skip', 'pomin'], ['skip', 'pominmy'], ['more', 'wiecej'],
  ['repeat', 'powtorz'], ['human', 'pracownik'], ['human', 'czlowiek'], ['human', 'konsultant'],
];

function matchCore(s: string): Command | null {
  if (!s) return null;
  // `help` alone: "pomoc" as a command means "how does this work", never "I need social help".
  if (/^(pomoc|pomocy|help|instrukcja|menu|opcje|co umiesz|co (moge|mam|mozna) (tu |teraz )?(zrobic|napisac|wpisac)|jak to dziala|jak (tego )?uzywac|nie wiem jak to dziala|w czym (mozesz|mozecie) pomoc)$/.test(s)) return 'help';
  for (const [c, re] of COMPILED) if (re.test(s)) return c;
  if (!s.includes(' ') && s.length >= 4) for (const [c, w] of TYPO_WORDS) if (w.length >= 5 && editDistanceAtMostOne(s, w)) return c;
  return null;
}

export function matchCommand(text: string): Command | null {
  const { folded, tokens } = normalise(text);
  if (!folded || tokens.length > MAX_WORDS) return null;
  // "nie chcę podawać" must not lose its "chcę": try the text as is first, then without politeness.
  const direct = matchCore(folded);
  if (direct) return direct;
  const core = tokens.filter((t) => !POLITE.has(t));
  if (!core.length || core.length > MAX_CORE_WORDS) return null;
  return matchCore(core.join(' '));
}
