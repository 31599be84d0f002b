import { normalise } from './normalise';
import type { Command } from './types';

// STUB (replaced by the full command matcher).
const COMMANDS: [Command, RegExp][] = [
  ['help', /^(pomoc|pomocy|help|co moge zrobic)$/],
  ['back', /^(cofnij|wstecz|wroc|poprzednie pytanie)$/],
  ['restart', /^(od nowa|zacznij od nowa|zacznijmy od nowa|restart)$/],
  ['stop', /^(przerwij|koniec|zakoncz|stop|anuluj)$/],
  ['human', /(rozmawiac z (pracownikiem|czlowiekiem|osoba)|chce (z )?(pracownik|czlowiek)\w*|prosze o pracownika)/],
  ['skip', /^(pomin|nie wiem|nie pamietam|wole nie podawac|pominmy|dalej)$/],
  ['more', /^(wiecej|wiecej informacji|wiecej o rodo|wiecej o danych)$/],
  ['repeat', /^(powtorz|jeszcze raz|nie zrozumialem|nie zrozumialam)$/],
];

export function matchCommand(text: string): Command | null {
  const { folded } = normalise(text);
  for (const [command, re] of COMMANDS) if (re.test(folded)) return command;
  return null;
}
