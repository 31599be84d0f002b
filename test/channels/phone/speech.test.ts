import { renderTurn, spacedDigits, spokenIndex, yesNo, escapeXml } from '../../../channels/phone';
import { spoken } from '../../../channels/phone/speech';
import { nationalNumber } from '../../../channels/phone';

const question = (text: string, pk: Record<string, unknown>) => ({ type: 'message', text, channelData: { pk: { step: 'x', sub: null, expect: null, keypad: false, optional: false, allowFreeText: false, choices: [], ...pk } } });

describe('phone rendering', () => {
  test('choices become a short numbered list; digits are said one by one in SSML', () => {
    const out = renderTurn([
      { type: 'message', text: 'Zapisuję numer telefonu: 601 222 333.' },
      question('Czy się zgadza?', { expect: 'yesNo', choices: [{ value: 'yes', title: 'Tak' }, { value: 'no', title: 'Nie' }] }),
    ]).spoken;
    expect(out.text).toBe('Zapisuję numer telefonu: 601 222 333. Czy się zgadza? Proszę powiedzieć albo nacisnąć numer: 1 – Tak; 2 – Nie.');
    expect(out.speech).toContain('6 0 1, 2 2 2, 3 3 3');
    expect(out.ssml).toMatch(/^<speak version="1\.1" xmlns="http:\/\/www\.w3\.org\/2001\/10\/synthesis" xml:lang="pl-PL">/);
    expect(out.ssml).toContain('<say-as interpret-as="characters">6 0 1</say-as><break time="300ms"/><say-as interpret-as="characters">2 2 2</say-as>');
    expect(out.choices).toEqual([{ digit: '1', title: 'Tak' }, { digit: '2', title: 'Nie' }]);
    expect(out.expectDigits).toBe('choice');
    expect(out.hangup).toBe(false);
  });

  test('ten or more options take two keys', () => {
    const choices = Array.from({ length: 11 }, (_, i) => ({ value: `f${i}`, title: `Pole ${i + 1}` }));
    const out = renderTurn([question('Co poprawić?', { expect: 'choice', choices })]).spoken;
    expect(out.maxDigits).toBe(2);
    expect(out.text).toContain('11 – Pole 11.');
  });

  test('short numbers, amounts and times stay as they are', () => {
    expect(spacedDigits('1500 zł, od 7:30 do 15:30, 2 osoby')).toBe('1500 zł, od 7:30 do 15:30, 2 osoby');
    expect(spacedDigits('numer PK-2026-000123')).toBe('numer PK 2 0 2 6, 0 0 0 1 2 3');
  });

  test('a bulleted summary is read as sentences; no question means the call can end', () => {
    const out = renderTurn([{ type: 'message', text: 'Dane:\n• Imię: Anna\n• Telefon: 601222333' }]).spoken;
    expect(out.text).toBe('Dane: Imię: Anna. Telefon: 601222333.');
    expect(out.hangup).toBe(true);
  });

  test('an optional question with only "Pomiń" is not read as a list', () => {
    const out = renderTurn([question('Proszę podać imię i nazwisko.', { allowFreeText: true, choices: [{ value: '__skip', title: 'Pomiń' }] })]).spoken;
    expect(out.text).toBe('Proszę podać imię i nazwisko. Aby pominąć to pytanie, proszę powiedzieć: pomiń, albo nacisnąć 1.');
  });

  test('SSML and TwiML text are XML-escaped', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(renderTurn([{ type: 'message', text: 'A & B <C>' }]).spoken.ssml).toContain('A &amp; B &lt;C&gt;');
  });

  test('spoken picks and yes/no without diacritics', () => {
    expect(spokenIndex('jeden')).toBe(0);
    expect(spokenIndex('numer dwa')).toBe(1);
    expect(spokenIndex('piec')).toBe(4);
    expect(spokenIndex('3')).toBe(2);
    expect(spokenIndex('jeden dwa trzy')).toBeNull();
    expect(yesNo('tak')).toBe('yes');
    expect(yesNo('no tak prosze')).toBe('yes');
    expect(yesNo('nie')).toBe('no');
    expect(yesNo('ulica sloneczna')).toBeNull();
  });

  test('the caller number as a national 9-digit number', () => {
    expect(nationalNumber('+48 601-222-333')).toBe('601222333');
    expect(nationalNumber('0048601222333')).toBe('601222333');
    expect(nationalNumber('anonymous')).toBeNull();
    expect(nationalNumber('+4915112345678')).toBeNull();
  });
});

test('"Pan/Pani" is read aloud as "Pan lub Pani", in plain speech and in SSML; the text stays as written', () => {
  const out = spoken(['Ile osób, łącznie z Panem/Panią, mieszka razem?'], null, false);
  expect(out.text).toContain('Panem/Panią');
  expect(out.speech).toContain('Panem lub Panią');
  expect(out.ssml).toContain('Panem lub Panią');
});
