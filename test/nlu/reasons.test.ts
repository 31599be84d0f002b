import { detectReasons } from '../../nlu/reasons';

describe('art. 7 reasons from keyword rules', () => {
  it.each([
    ['mąż pije', 'addiction'],
    ['maz przepija wyplate', 'addiction'],
    ['syn bierze narkotyki', 'addiction'],
    ['ojciec mnie bije', 'domestic_violence'],
    ['jestem bezrobotny', 'unemployment'],
    ['straciłam pracę', 'unemployment'],
    ['mama po udarze', 'illness'],
    ['tata ma alzheimera', 'illness'],
    ['syn jest niepełnosprawny', 'disability'],
    ['jestem bezdomny', 'homelessness'],
    ['nie mam gdzie spać', 'homelessness'],
    ['wyszedł z więzienia', 'after_prison'],
    ['ja z Ukrainy', 'foreigner_integration'],
    ['я з України', 'foreigner_integration'],
    ['mieliśmy pożar', 'disaster'],
    ['mieliśmy pożar', 'random_event_crisis'],
    ['mam troje dzieci', 'maternity_large_family'],
    ['rodzina wielodzietna', 'maternity_large_family'],
    ['nie radzę sobie z dziećmi', 'parenting_household_helplessness'],
    ['brak pieniędzy', 'poverty'],
    ['nie mam na opał', 'poverty'],
    ['zabrali mi paszport i każą pracować', 'trafficking'],
    ['jestem sierotą', 'orphanhood'],
  ])('%s → %s', (text, code) => {
    expect(detectReasons(text)).toContain(code);
  });

  it('does not read negations as the thing itself', () => {
    expect(detectReasons('mąż nie pije i nie bije')).toEqual([]);
  });

  it('finds nothing in a plain question', () => {
    expect(detectReasons('w jakich godzinach jest czynne')).toEqual([]);
  });
});
