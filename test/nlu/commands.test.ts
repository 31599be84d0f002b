import { matchCommand } from '../../nlu/commands';
import type { Command } from '../../nlu/types';

describe('matchCommand', () => {
  it.each<[string, Command]>([
    ['Pomoc!', 'help'],
    ['POMOC', 'help'],
    ['pomc', 'help'],
    ['jak to działa?', 'help'],
    ['cofnij proszę', 'back'],
    ['cofnij', 'back'],
    ['wróć', 'back'],
    ['wroc do poprzedniego pytania', 'back'],
    ['pomyliłam się', 'back'],
    ['chcę zacząć od nowa', 'restart'],
    ['od nowa', 'restart'],
    ['zacznijmy od początku', 'restart'],
    ['stop', 'stop'],
    ['koniec', 'stop'],
    ['zakończ', 'stop'],
    ['do widzenia', 'stop'],
    ['poproszę z człowiekiem', 'human'],
    ['chce rozmawiac z pracownikiem', 'human'],
    ['czy mogę porozmawiać z pracownikiem socjalnym', 'human'],
    ['nie chcę rozmawiać z botem', 'human'],
    ['konsultant', 'human'],
    ['nie wiem', 'skip'],
    ['pomiń', 'skip'],
    ['pomin', 'skip'],
    ['wolę nie podawać', 'skip'],
    ['nie chcę podawać', 'skip'],
    ['więcej', 'more'],
    ['wiecej informacji', 'more'],
    ['powtórz', 'repeat'],
    ['powtorz prosze', 'repeat'],
    ['nie zrozumiałam', 'repeat'],
  ])('%s → %s', (text, cmd) => {
    expect(matchCommand(text)).toBe(cmd);
  });

  it.each([
    'mąż nie chce pomocy',
    'od nowa szukam pracy',
    'potrzebuję pomocy',
    'potrzebuję pomocy finansowej bo nie mam pracy',
    'tak',
    'nie',
    'mam 79 lat',
    'mama potrzebuje opieki, a ja nie wiem jak to załatwić',
    'wczoraj wróciłam ze szpitala',
    'dalej mieszkam z mężem',
    'stop przemocy',
    'koniec miesiąca nie mam pieniędzy',
    'więcej niż 2000 zł',
    'mam dość',
    'człowiek z opieki był u nas wczoraj',
    'mieszkam z pracownikiem ochrony, to mój mąż i mamy dwoje dzieci',
    '',
  ])('does not fire inside a normal answer: %s', (text) => {
    expect(matchCommand(text)).toBeNull();
  });
});
