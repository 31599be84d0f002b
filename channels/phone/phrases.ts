/**
 * What the phone channel itself says (Polish data, kept in one place). The bot's own questions come
 * from locales/; these are only the telephone-specific additions around them.
 */
export const PHRASES = {
  /** Before a numbered list of choices. */
  choicesIntro: 'Proszę powiedzieć albo nacisnąć numer:',
  /** An optional question whose only option is "Pomiń". */
  skipHint: 'Aby pominąć to pytanie, proszę powiedzieć: pomiń, albo nacisnąć 1.',
  skipHintSpoken: 'Aby pominąć to pytanie, proszę powiedzieć: pomiń.',
  /** After a question that takes a number. */
  digitsHint: 'Cyfry można też wpisać na klawiaturze telefonu i nacisnąć krzyżyk.',
  /** Low-confidence transcript, one candidate. */
  confirmOne: (heard: string) => `Czy dobrze słyszę: „${heard}”? Proszę powiedzieć tak lub nie.`,
  /** Low-confidence transcript, two candidates from the n-best list. */
  confirmTwo: (first: string, second: string) =>
    `Czy dobrze słyszę: „${first}”? Proszę powiedzieć tak albo nacisnąć 1. Jeśli chodziło o „${second}”, proszę nacisnąć 2. Jeśli ani jedno, ani drugie, proszę powiedzieć nie.`,
  repeatPlease: 'Dobrze, proszę powtórzyć.',
  noInput: 'Nie słyszę odpowiedzi.',
  noSuchOption: 'Nie ma takiej opcji.',
  /** Two silences in a row: the bot hands the call over to a worker. */
  callbackCaller: 'Pracownik ośrodka oddzwoni na numer, z którego Pan/Pani dzwoni.',
  callbackNoNumber: 'Nie widzę numeru, z którego Pan/Pani dzwoni, dlatego prosimy o ponowny telefon do ośrodka.',
  callerNumberAsk: 'Czy pracownik może oddzwonić na numer, z którego Pan/Pani teraz dzwoni? Proszę powiedzieć tak lub nie albo nacisnąć 1 lub 2.',
  callerNumberKept: 'Dobrze, zapisuję numer, z którego Pan/Pani dzwoni.',
  callEnded: 'Rozmowa została zakończona. Do widzenia!',
  /** Sent to the bot as if the caller said it: keeps what is known and flags it for a person. */
  toHumanCommand: 'chcę rozmawiać z pracownikiem',
} as const;
