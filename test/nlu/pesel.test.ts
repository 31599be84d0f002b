import { parsePesel, peselCheckDigit } from '../../nlu/pesel';

describe('parsePesel', () => {
  it.each([
    ['44051401359', '1944-05-14', 'male'],
    ['52031501236', '1952-03-15', 'male'],
    ['45112804560', '1945-11-28', 'female'],
    ['02230909876', '2002-03-09', 'male'],
    ['01262503487', '2001-06-25', 'female'],
    ['39010100022', '1939-01-01', 'female'],
  ])('%s → %s, %s', (pesel, birthDate, sex) => {
    expect(parsePesel(pesel)).toEqual({ pesel, birthDate, sex });
  });

  it.each(['44051401358', '4405140135', '440514013599', 'abcdefghijk', '', '44 051401359'])('rejects %j', (p) => {
    expect(parsePesel(p)).toBeNull();
  });

  it('rejects an impossible date even with a valid check digit', () => {
    const first10 = '5002300000'; // 30 February 1950
    expect(parsePesel(first10 + peselCheckDigit(first10))).toBeNull();
  });

  it('decodes the 1800s and 2100s month offsets', () => {
    const p1800 = '9981010000'; // 1899-01-01
    expect(parsePesel(p1800 + peselCheckDigit(p1800))?.birthDate).toBe('1899-01-01');
    const p2100 = '0141010000'; // 2101-01-01
    expect(parsePesel(p2100 + peselCheckDigit(p2100))?.birthDate).toBe('2101-01-01');
  });

  it('computes the check digit from the domain formula', () => {
    expect(peselCheckDigit('4405140135')).toBe(9);
  });
});
