import { Conversation, all, driveIntake } from '../helpers/conversation';
import { BENEFITS } from './testData/intakeCases';


let c: Conversation;
beforeEach(async () => {
  c = await Conversation.start();
});
afterEach(async () => c.close());

describe('crisis on any step', () => {
  test('at the greeting, before consent: helplines at once, an urgent record saved', async () => {
    await c.join();
    const t = await c.say('mąż mnie bije, boję się wrócić do domu');
    expect(all(t)).toContain('112');
    expect(all(t)).toContain('800 120 002');
    const r = (await c.record())!;
    expect(r.urgency.urgent).toBe(true);
    expect(r.urgency.flags).toContain('violence');
    // Straight into the first-contact inbox, not left among drafts.
    expect(r.status).toBe('new');
    // The conversation goes on at the same question.
    expect(t.pk?.step).toBe('consent');
  });

  test('in the middle (name step): the answer is kept and the flag added', async () => {
    await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'name' });
    const t = await c.say('nie chcę już żyć');
    expect(all(t)).toContain('112');
    expect(all(t)).toContain('116 123');
    const r = (await c.record())!;
    expect(r.urgency).toMatchObject({ urgent: true, flags: ['suicide_risk'] });
    expect(r.problem.category).toBe('benefits');
    // Not taken as a name: the same question again.
    expect(r.applicant.firstName).toBeNull();
    expect(t.pk?.step).toBe('name');
  });

  test('at the summary, and the record stays even if the resident asks to delete it', async () => {
    await driveIntake(c, { category: 'benefits', answers: BENEFITS, confirmSummary: false });
    const t = await c.say('dzieci są głodne, nie mamy co jeść od wczoraj');
    expect(all(t)).toContain('pilne');
    await c.say('przerwij');
    const end = await c.say('Nie, usuń');
    expect(all(end)).toContain('zostaje zachowane');
    const r = (await c.record())!;
    expect(r.urgency.urgent).toBe(true);
    expect(r.urgency.flags).toContain('no_food');
  });

  test('helplines for a flag are given once, not on every message', async () => {
    await c.join();
    const first = await c.say('mąż mnie bije');
    const second = await c.say('on mnie bije codziennie');
    expect(all(first)).toContain('800 120 002');
    expect(all(second)).not.toContain('800 120 002');
  });

  test('an urgent intake is promised same-day contact at hand-off', async () => {
    const turns = await driveIntake(c, { category: 'social_work', answers: { ...BENEFITS, problem: 'Mąż mnie bije i grozi mi, potrzebuję pomocy', socialDetails: 'pomiń' } });
    const last = all(turns[turns.length - 1]);
    expect(last).toContain('pilna');
    const r = (await c.record())!;
    expect(r.dueBy).toBe('2026-11-25'); // 2 working days
    expect(r.team).toBe('praca_socjalna');
  });
});

describe('bad input', () => {
  test('an empty message gets a polite answer and the same question', async () => {
    await c.join();
    const t = await c.say('   ');
    expect(all(t)).toContain('Nie dotarła żadna wiadomość');
    expect(t.pk?.step).toBe('consent');
  });

  test('20 000 characters are cut, stored, and the resident told', async () => {
    await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'problem' });
    const t = await c.say(`brakuje mi pieniędzy na opał ${'a'.repeat(20_000)}`);
    expect(all(t)).toContain('pierwsze 2000 znaków');
    const r = (await c.record())!;
    expect(r.problem.description.length).toBe(2000);
  });

  test('emoji only is not an answer; nothing given before is lost', async () => {
    await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'name' });
    const t = await c.say('😀😀😀');
    expect(all(t)).toContain('Nie rozpoznaję imienia');
    expect(t.pk?.step).toBe('name');
    expect((await c.record())!.problem.category).toBe('benefits');
  });

  test('a wrong PESEL is re-asked twice, then noted as missing and the talk goes on', async () => {
    await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'identity' });
    const first = await c.say('44051401358');
    expect(all(first)).toContain('PESEL się nie zgadza');
    expect(first.pk?.step).toBe('identity');
    const second = await c.say('44051401357');
    expect(all(second)).toContain('PESEL się nie zgadza');
    expect(second.pk?.step).toBe('identity');
    const third = await c.say('12345678901');
    expect(all(third)).toContain('pracownik zapyta');
    expect(third.pk?.step).toBe('address');
    const r = (await c.record())!;
    expect(r.missing).toContain('identity');
    expect(r.applicant.pesel).toBeNull();
  });

  test('SQL and HTML in names are stored verbatim and harmlessly', async () => {
    const evil = "Robert'); DROP TABLE intakes;-- <img src=x onerror=alert(1)>";
    await driveIntake(c, { category: 'benefits', answers: { ...BENEFITS, name: evil } });
    const r = (await c.record())!;
    expect(`${r.applicant.firstName} ${r.applicant.lastName}`).toBe(evil);
    expect(r.status).toBe('new');
    expect(await c.db.knex('intakes').count({ n: '*' })).toEqual([{ n: 1 }]);
  });

  test('an unknown command-like message is treated as an answer, not a crash', async () => {
    await c.join();
    const t = await c.say('/start');
    expect(all(t)).toContain('Nie rozumiem');
    expect(t.pk?.step).toBe('consent');
  });
});

test('a process restart mid-conversation resumes at the same question from the SQLite file', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'address' });
  await c.restart();
  const t = await c.say('ul. Słoneczna 5, 99-100 Demowo');
  expect(t.pk?.step).toBe('phone');
  await driveIntakeFrom(c);
  const r = (await c.record())!;
  expect(r.status).toBe('new');
  expect(r.applicant).toMatchObject({ firstName: 'Jan', pesel: '44051401359', phone: '601222333' });
});

/** Continues a conversation already under way until the summary is sent. */
async function driveIntakeFrom(conv: Conversation): Promise<void> {
  let t = await conv.say(BENEFITS.phone);
  for (let i = 0; i < 10 && t.pk; i++) {
    const step = t.pk.step as keyof typeof BENEFITS | 'summary';
    t = await conv.say(step === 'summary' ? 'Tak, wysyłam' : BENEFITS[step]);
  }
}

describe('safety question when words hint at danger the rules did not flag', () => {
  test('"tak" marks the record urgent and gives 112; the talk goes on', async () => {
    await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'problem' });
    const ask = await c.say('jest mi bardzo ciężko, nie daję rady');
    expect(ask.pk?.sub).toMatch(/^safety:/);
    expect(all(ask)).toContain('niebezpieczeństwie');
    const yes = await c.say('Tak, to pilne');
    expect(all(yes)).toContain('112');
    expect((await c.record())!.urgency.urgent).toBe(true);
    expect(yes.pk?.step).toBe('problem');
    expect(yes.pk?.sub).not.toMatch(/^safety/);
  });

  test('"nie" goes on without marking anything, and the question is asked only once', async () => {
    await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'problem' });
    const ask = await c.say('jest mi bardzo ciężko, nie daję rady');
    expect(ask.pk?.sub).toMatch(/^safety:/);
    const no = await c.say('Nie');
    expect(no.pk?.sub).toMatch(/^(confirm|clarify)$/);
    expect((await c.record())!.urgency.urgent).toBe(false);
    await c.say('Nie, chodzi o coś innego');
    const again = await c.say('jest mi bardzo ciężko, nie daję rady');
    expect(again.pk?.sub ?? '').not.toMatch(/^safety/);
  });
});

test('outside opening hours a crisis is not promised "today": the resident hears when the centre opens, and 112', async () => {
  const weekend = await Conversation.start({ now: () => new Date('2026-11-28T20:00:00Z') }); // Saturday 21:00 in Warsaw
  await weekend.join();
  const t = await weekend.say('mąż mnie bije');
  expect(all(t)).toContain('Ośrodek jest teraz zamknięty – pracownik zajmie się nim w poniedziałek od 7:30');
  expect(all(t)).not.toContain('zajmie się nim dzisiaj');
  await weekend.close();
});
