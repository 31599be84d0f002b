import { cleanText, foldDiacritics, normalise, removeFillers } from '../../nlu/normalise';

describe('normalise', () => {
  it('keeps the original and gives text, folded and tokens', () => {
    const n = normalise('  Żółta GĘŚ!  ');
    expect(n.original).toBe('  Żółta GĘŚ!  ');
    expect(n.text).toBe('żółta gęś');
    expect(n.folded).toBe('zolta ges');
    expect(n.tokens).toEqual(['zolta', 'ges']);
  });

  it('applies Unicode NFC (decomposed ą/ó become one character)', () => {
    expect(normalise('zo\u0301\u0142w ma\u0328ka').text).toBe('żółw mąka'.replace('ż', 'z'));
  });

  it.each([
    ['Yyy, proszę pani, mam problem', 'mam problem'],
    ['eee no więc mąż pije', 'więc mąż pije'],
    ['no tak', 'tak'],
    ['no', 'no'],
    ['to znaczy mam dwoje dzieci', 'mam 2 dzieci'],
    ['hmm wie pani, nie wiem', 'nie wiem'],
    ['jakby nie mam pieniędzy', 'jakby nie mam pieniędzy'],
    ['proszę pana ja jakby potrzebuję pomocy', 'ja potrzebuję pomocy'],
  ])('removes speech fillers: %s', (input, text) => {
    expect(normalise(input).text).toBe(text);
  });

  it.each([
    ['tysiąc dwieście złotych', '1200 złotych'],
    ['dziewięćset pięćdziesiąt', '950'],
    ['dwa tysiące trzysta', '2300'],
    ['sto tysięcy', '100000'],
    ['półtora tysiąca', '1500'],
    ['3,5 tys.', '3500'],
    ['2 tys zł', '2000 zł'],
    ['mieszkam z żoną i dwójką dzieci', 'mieszkam z żoną i 2 dzieci'],
    ['we trójkę', 'we 3'],
    ['pięcioro', '5'],
    ['czworo dzieci', '4 dzieci'],
    ['piętnastego marca tysiąc dziewięćset pięćdziesiątego drugiego', '15 marca 1952'],
    ['sześć zero jeden dwa dwa dwa', '601222'],
    ['pięćset jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem', '501 234 567'],
    ['dwadzieścia dwa trzysta', '22 300'],
    ['ta druga', 'ta druga'],
  ])('turns number words into digits: %s', (input, text) => {
    expect(normalise(input).text).toBe(text);
  });

  it('works without diacritics', () => {
    expect(normalise('tysiac dwiescie zlotych').folded).toBe('1200 zlotych');
    expect(normalise('dziewiecset piecdziesiat').folded).toBe('950');
  });

  it('keeps separators that belong to numbers and words', () => {
    expect(cleanText('Kod: 22-300, kwota 1234,50 zł; 15.03.1952; m. 12/4; Nowak-Kowalska; +48 601')).toBe(
      'kod 22-300 kwota 1234,50 zł 15.03.1952 m 12/4 nowak-kowalska +48 601',
    );
  });

  it('folds diacritics one-to-one, upper case too', () => {
    expect(foldDiacritics('Zażółć gęślą jaźń ŁÓDŹ')).toBe('Zazolc gesla jazn LODZ');
    expect(foldDiacritics('ąćęłńóśźż').length).toBe(9);
  });

  it('removeFillers leaves a lone "no" for yes/no', () => {
    expect(removeFillers('no')).toBe('no');
    expect(removeFillers('yyy eee')).toBe('');
  });

  it('copes with empty input', () => {
    expect(normalise('').tokens).toEqual([]);
    expect(normalise('   ').text).toBe('');
  });
});
