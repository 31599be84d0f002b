import { Conversation, all, driveIntake } from '../helpers/conversation';
import { BENEFITS } from './testData/intakeCases';


let c: Conversation;
beforeEach(async () => {
  c = await Conversation.start();
});
afterEach(async () => c.close());

test('a field is corrected from the summary by naming it', async () => {
  const turns = await driveIntake(c, { category: 'benefits', answers: BENEFITS, confirmSummary: false });
  expect(all(turns[turns.length - 1])).toContain('Telefon: 601222333');
  const ask = await c.say('popraw telefon');
  expect(ask.pk?.step).toBe('phone');
  const back = await c.say('505 606 707');
  expect(back.pk?.step).toBe('summary');
  expect(all(back)).toContain('Telefon: 505606707');
  // "Chcę coś poprawić" → which field → the field's question.
  const which = await c.say('Chcę coś poprawić');
  expect(which.pk?.sub).toBe('which');
  expect(which.pk?.choices.map((x) => x.title)).toContain('Adres');
  expect((await c.say('Adres')).pk?.step).toBe('address');
  expect(all(await c.say('ul. Polna 1, 99-100 Demowo'))).toContain('Adres: Polna 1, 99-100 Demowo');
  const done = await c.say('Tak, wysyłam');
  expect(all(done)).toMatch(/PK-2026-\d{6}/);
  expect((await c.record())!.applicant).toMatchObject({ phone: '505606707', address: { street: 'Polna 1' } });
});

test('optional questions can be skipped and are recorded as skipped', async () => {
  await driveIntake(c, { category: 'benefits', answers: { ...BENEFITS, identity: 'pomiń', phone: 'Pomiń', income: 'nie wiem' } });
  const r = (await c.record())!;
  expect(r.status).toBe('new');
  expect(r.skipped).toEqual(expect.arrayContaining(['identity', 'phone', 'income']));
  expect(r.applicant.pesel).toBeNull();
  expect(r.income.monthlyNet).toBeNull();
});

test('"cofnij" goes back one question and clears its answer', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'phone' });
  const back = await c.say('cofnij');
  expect(back.pk?.step).toBe('address');
  expect((await c.record())!.applicant.address).toBeNull();
  expect((await c.say('ul. Lipowa 2, 99-100 Demowo')).pk?.step).toBe('phone');
});

test('"cofnij" at the first question says there is nothing before it', async () => {
  await c.join();
  const t = await c.say('cofnij');
  expect(all(t)).toContain('pierwsze pytanie');
  expect(t.pk?.step).toBe('consent');
});

test('"od nowa" starts again from the description but keeps the reference', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'address' });
  const before = (await c.record())!;
  const t = await c.say('od nowa');
  expect(all(t)).toContain('zaczynamy od nowa');
  expect(t.pk?.step).toBe('problem');
  const after = (await c.record())!;
  expect(after.reference).toBe(before.reference);
  expect(after.applicant.firstName).toBeNull();
  expect(after.problem.description).toBe('');
});

test('"przerwij" asks whether to keep what was given: keep leaves a draft', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'phone' });
  const ask = await c.say('przerwij');
  expect(all(ask)).toContain('Czy zachować');
  const kept = await c.say('Tak, zachowaj');
  const r = (await c.record())!;
  expect(all(kept)).toContain(r.reference);
  expect(r.status).toBe('draft');
  expect(r.applicant.lastName).toBe('Kowalski');
});

test('"przerwij" then delete removes the draft', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'phone' });
  await c.say('przerwij');
  const gone = await c.say('Nie, usuń');
  expect(all(gone)).toContain('usunięte');
  expect(await c.record()).toBeNull();
  // Nothing the resident said is kept: the transcript is gone too.
  const left = await c.runtime.services.transcripts.forConversation(c.conversationId);
  expect(left.filter((l) => l.from === 'resident')).toEqual([]);
});

test('"przerwij" can be taken back', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'phone' });
  await c.say('przerwij');
  const t = await c.say('Wróć do rozmowy');
  expect(t.pk?.step).toBe('phone');
});

test('asking for a person records what is known and says how to reach one', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'address' });
  const t = await c.say('chcę rozmawiać z pracownikiem');
  const r = (await c.record())!;
  expect(r.humanRequested).toBe(true);
  expect(r.status).toBe('new');
  expect(all(t)).toContain(c.config.phone);
  expect(all(t)).toContain(r.reference);
});

test('"pomoc" explains the commands and repeats the question', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'name' });
  const t = await c.say('Pomoc!');
  expect(all(t)).toContain('cofnij');
  expect(t.pk?.step).toBe('name');
});

test('an information question is answered from the config without an intake', async () => {
  await c.join();
  await c.say('Tak, zaczynamy');
  const t = await c.say('W jakich godzinach jesteście otwarci?');
  expect(all(t)).toContain(c.config.openingHours.text);
  expect(t.pk?.sub).toBe('anythingElse');
  const bye = await c.say('To wszystko, dziękuję');
  expect(all(bye)).toContain('Do widzenia');
  expect(await c.record()).toBeNull();
  expect(await c.runtime.services.transcripts.forConversation(c.conversationId)).toEqual([]);
});

test('a neighbour reporting is not asked for income', async () => {
  const turns = await driveIntake(c, {
    category: 'benefits',
    answers: { ...BENEFITS, problem: 'Sąsiadka jest w biedzie, nie ma pieniędzy na opał, proszę o zasiłek dla niej', reporter: 'Innej osoby (np. sąsiada)', relation: 'sąsiadka', reporterName: 'pomiń', age: '78' },
  });
  const steps = turns.map((t) => t.pk?.step);
  expect(steps).not.toContain('income');
  expect(steps).not.toContain('householdSize');
  expect(steps).not.toContain('identity');
  const r = (await c.record())!;
  expect(r.reporter).toBe('third_party');
  expect(r.applicant.age).toBe(78);
  expect(r.reporterContact).toMatchObject({ relation: 'sąsiadka', phone: '601222333', name: null });
});

test('an address outside the gmina is recorded and the resident told where to go', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'address' });
  const t = await c.say('ul. Długa 1, 00-950 Warszawa');
  expect(all(t)).toContain('poza gminą Demowo');
  expect(t.pk?.step).toBe('phone');
  expect((await c.record())!.territory.inside).toBe(false);
});

test('"Więcej o danych" shows the full information clause, then asks again', async () => {
  const join = await c.join();
  expect(all(join)).toContain('programem komputerowym');
  const more = await c.say('Więcej o danych');
  expect(all(more)).toContain('Administratorem danych jest');
  expect(all(more)).toContain('Prezesa Urzędu Ochrony Danych Osobowych');
  expect(more.pk?.step).toBe('consent');
});

test('where 800+ and the housing allowance are handled comes from the config', async () => {
  await c.join();
  await c.say('Tak, zaczynamy');
  expect(all(await c.say('gdzie złożyć wniosek o 800 plus?'))).toContain('ZUS');
  await c.say('Mam inne pytanie');
  expect(all(await c.say('dodatek mieszkaniowy gdzie to się załatwia'))).toContain('pokój 12');
  // Then the resident may still want an intake.
  const t = await c.say('Chcę zgłosić sprawę');
  expect(t.pk).toMatchObject({ step: 'problem', sub: null });
});

test('a matter told before the greeting is acknowledged is kept and used as the description', async () => {
  await c.join();
  expect(all(await c.say('dzień dobry'))).toContain('Dzień dobry!');
  const noted = await c.say('mama ma 86 lat, jest po udarze i potrzebuje pomocy w domu');
  expect(all(noted)).toContain('zapamiętam');
  expect(noted.pk?.step).toBe('consent');
  const t = await c.say('Tak, zaczynamy');
  expect(t.pk).toMatchObject({ step: 'problem', sub: 'confirm' });
  expect((await c.record())!.problem.description).toBe('mama ma 86 lat, jest po udarze i potrzebuje pomocy w domu');
});

test('"1" answering a number question is the number, not the "Pomiń" button', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'householdSize' });
  const t = await c.say('1');
  expect(t.pk?.step).toBe('income');
  expect((await c.record())!.household.size).toBe(1);
});

test('a worker\'s change to a live record is not overwritten by the next turn of the conversation', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'address' });
  const intakes = c.runtime.services.intakes;
  const stored = (await intakes.getByConversation(c.conversationId))!;
  stored.applicant.lastName = 'Kowalski-Poprawiony';
  stored.status = 'accepted';
  await intakes.save(stored);
  await c.say('ul. Słoneczna 5, 99-100 Demowo');
  const r = (await c.record())!;
  expect(r.applicant.lastName).toBe('Kowalski-Poprawiony');
  expect(r.status).toBe('accepted');
  expect(r.applicant.address?.street).toBe('Słoneczna 5');
});

test('a web client cannot plant a caller number (only the phone channel knows one)', async () => {
  await c.join();
  await c.say('Tak, zaczynamy');
  await c.say('Proszę o zasiłek celowy na opał', { callerNumber: '601234567' });
  expect((await c.record())!.callerNumber).toBeNull();
});

test('"cofnij" at the confirmation lets the resident describe the matter again, replacing the first description', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'problem' });
  await c.say('potrzebuję zasiłku na opał');
  await c.say('cofnij');
  await c.say('mama potrzebuje opiekunki, jest po udarze');
  expect((await c.record())!.problem.description).toBe('mama potrzebuje opiekunki, jest po udarze');
});

test('danger told before the greeting is acknowledged is also kept as the description', async () => {
  await c.join();
  await c.say('mąż mnie bije, boję się wrócić do domu');
  const t = await c.say('Tak, zaczynamy');
  expect(t.pk?.step).toBe('problem');
  expect(t.pk?.sub).not.toBeNull();
  expect((await c.record())!.problem.description).toContain('mąż mnie bije');
});

test.each([
  ['mojego syna', 'relative'],
  ['mojej mamy', 'relative'],
  ['teściowej', 'relative'],
  ['nie mnie, tylko sąsiada', 'third_party'],
  ['ucznia z mojej klasy', 'third_party'],
  ['mnie samej', 'self'],
])('"Kogo dotyczy sprawa?" – "%s" is %s', async (answer, reporter) => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'reporter' });
  await c.say(answer);
  expect((await c.record())!.reporter).toBe(reporter);
});

test('"Chcę coś poprawić" at the summary asks what to correct (it is not "cofnij")', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, confirmSummary: false });
  const t = await c.say('chcę coś poprawić');
  expect(t.pk).toMatchObject({ step: 'summary', sub: 'which' });
});

test.each(['Lipowa 7', 'mieszkam na lipowej 7'])('a street without a town ("%s") is not declared outside the gmina', async (address) => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'address' });
  const t = await c.say(address);
  expect(all(t)).not.toContain('poza gminą');
  expect((await c.record())!.territory.inside).toBeNull();
});

test('"nie mam stałego adresu" is recorded as homelessness, not as an address elsewhere', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'address' });
  const t = await c.say('nie mam stałego adresu');
  expect(all(t)).toContain('ostatniego stałego miejsca pobytu');
  expect(all(t)).not.toContain('poza gminą');
  const r = (await c.record())!;
  expect(r.problem.reasons).toContain('homelessness');
  expect(r.territory).toEqual({ inside: null, note: 'brak stałego adresu' });
});

test('"Pomocy!" when asked what the matter is gets the safety question, then the question again', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'problem' });
  const t = await c.say('Pomocy!!!');
  expect(t.pk?.sub).toBe('safety:describe');
  const next = await c.say('Nie');
  expect(next.pk).toMatchObject({ step: 'problem', sub: null });
});

test('"przerwij" before anything was given ends at once, with nothing to keep or delete', async () => {
  await c.join();
  const t = await c.say('przerwij');
  expect(all(t)).toContain('Rozmowa zakończona');
  expect(await c.record()).toBeNull();
});

test('"cofnij" after "pomiń" asks again and forgets that the question was skipped', async () => {
  await driveIntake(c, { category: 'benefits', answers: { ...BENEFITS, identity: 'pomiń' }, until: 'address' });
  expect((await c.record())!.skipped).toContain('identity');
  await c.say('cofnij');
  expect((await c.record())!.skipped).not.toContain('identity');
});

test('a hospital social worker reporting is an answer, not a request for a person', async () => {
  await driveIntake(c, { category: 'benefits', answers: { ...BENEFITS, reporter: 'Innej osoby (np. sąsiada)' }, until: 'relation' });
  const t = await c.say('pracownik socjalny ze szpitala');
  expect(t.pk?.step).toBe('reporterName');
  expect((await c.record())!.reporterContact?.relation).toBe('pracownik socjalny ze szpitala');
});

test('asking for a person before saying anything gives the way to reach one, without claiming to pass anything on', async () => {
  await c.join();
  const t = await c.say('chcę rozmawiać z pracownikiem');
  expect(all(t)).toContain(c.config.phone);
  expect(all(t)).not.toContain('Przekażę');
});

test('"no dzień dobry" at the greeting is a greeting, not a yes', async () => {
  await c.join();
  const t = await c.say('no dzien dobry');
  expect(all(t)).toContain('Dzień dobry!');
  expect(t.pk?.step).toBe('consent');
});

test('"tak, zaczynamy" said again is not taken as the description', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'problem' });
  const t = await c.say('tak zaczynamy');
  expect(t.pk).toMatchObject({ step: 'problem', sub: null });
  expect((await c.record())?.problem.description ?? '').toBe('');
});

test('more words about the matter at the safety question go into the description', async () => {
  await driveIntake(c, { category: 'benefits', answers: BENEFITS, until: 'problem' });
  const ask = await c.say('jest mi bardzo ciężko, nie daję rady');
  expect(ask.pk?.sub).toMatch(/^safety:/);
  const t = await c.say('brakuje mi pieniędzy na opał i na czynsz, proszę o zasiłek');
  expect(t.pk?.sub).toMatch(/^(confirm|clarify)$/);
  expect((await c.record())!.problem.description).toContain('proszę o zasiłek');
});
