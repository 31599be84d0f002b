import type { IntakeRecord } from '../../../intake';
import { Caller, startTestServer, type Reply } from './server';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.stop());

async function recordOf(callId: string): Promise<IntakeRecord | undefined> {
  return (await server.app.ctx.runtime.services.intakes.list()).find((r) => r.conversationId === callId);
}

/** The spoken transcript of a whole call: no punctuation, no diacritics, numbers as words. */
const SPOKEN_INTAKE = [
  'tak zaczynamy',
  'nie mam na opal i nie mam co jesc',
  'tak',
  'mnie',
  'anna kowalska',
  'cztery cztery zero piec jeden cztery zero jeden trzy piec dziewiec',
  'tak', // the PESEL read back
  'ulica sloneczna piec dziewiecdziesiat dziewiec sto demowo',
  'szescset jeden dwiescie dwadziescia dwa trzysta trzydziesci trzy',
  'tak',
  'dwie osoby',
  'tysiac piecset zlotych',
  'jeden',
  'tak wysylam',
];

describe('phone webhook (JSON)', () => {
  test('a whole intake from speech transcripts ends with a reference number, the record is a phone one', async () => {
    const caller = new Caller(server.app.url);
    let reply = await caller.start();
    expect(reply.text).toContain('asystent');
    expect(reply.ssml).toMatch(/^<speak [^>]*xml:lang="pl-PL">/);
    expect(reply.choices.map((c) => c.title)).toContain('Tak, zaczynamy');
    const log: [string, Reply][] = [];
    for (const said of SPOKEN_INTAKE) {
      reply = await caller.say(said);
      log.push([said, reply]);
    }
    const transcript = log.map(([s, r]) => `> ${s}\n${r.text}`).join('\n');
    if (!reply.hangup) console.log(transcript);
    expect(reply.hangup).toBe(true);
    expect(reply.text).toMatch(/PK-\d{4}-\d{6}/);
    const record = await recordOf(caller.callId);
    expect(record).toBeDefined();
    expect(record!.channel).toBe('phone');
    expect(record!.status).toBe('new');
    expect(record!.applicant).toMatchObject({ pesel: '44051401359', phone: '601222333' });
    expect(`${record!.applicant.firstName} ${record!.applicant.lastName}`.toLowerCase()).toBe('anna kowalska');
    expect(record!.applicant.address?.postalCode).toBe('99-100');
    expect(record!.household.size).toBe(2);
    expect(record!.income.monthlyNet).toBe(1500);
    // "nie mam co jesc" is a crisis (no food): urgent.
    expect(record!.urgency.urgent).toBe(true);
    // The phone number is read back and the SSML says it digit by digit.
    const readBack = log.find(([s]) => s.startsWith('szescset'))![1];
    expect(readBack.text).toContain('601 222 333');
    expect(readBack.ssml).toContain('<say-as interpret-as="characters">6 0 1</say-as>');
    expect(readBack.speech).toContain('6 0 1, 2 2 2, 3 3 3');
    expect(transcript).not.toMatch(/nie rozumiem/i);
  });

  test('options are read as a short numbered list and DTMF digit N picks option N', async () => {
    const caller = new Caller(server.app.url);
    const first = await caller.start();
    expect(first.text).toContain('Proszę powiedzieć albo nacisnąć numer: 1 – Tak, zaczynamy; 2 – Więcej o danych; 3 – Nie, dziękuję.');
    expect(first.expectDigits).toBe('choice');
    const problem = await caller.press('1');
    expect(problem.text).toMatch(/W czym możemy pomóc/);
    expect(problem.expectDigits).toBeNull();
    await caller.say('nie mam na opal i nie mam co jesc');
    await caller.press('1'); // Tak – the category is right
    const who = await caller.press('1'); // reporter: the first option
    expect(who.text.length).toBeGreaterThan(0);
    const record = await recordOf(caller.callId);
    expect(record?.reporter).toBe('self');
  });

  test('digits typed on the keypad answer a number question (PESEL)', async () => {
    const caller = new Caller(server.app.url);
    await caller.start();
    await caller.say('tak zaczynamy');
    await caller.say('nie mam pieniedzy na opal');
    await caller.say('tak');
    await caller.say('mnie');
    const pesel = await caller.say('anna kowalska');
    expect(pesel.expectDigits).toBe('number');
    expect(pesel.maxDigits).toBe(11);
    const readBack = await caller.press('44051401359#');
    expect(readBack.text).toContain('440 514 013 59');
    await caller.press('1');
    expect((await recordOf(caller.callId))?.applicant.pesel).toBe('44051401359');
  });

  test('a low-confidence transcript is confirmed first; "nie" asks again, "tak" uses it', async () => {
    const caller = new Caller(server.app.url);
    await caller.start();
    const confirm = await caller.say('tak zaczynamy', 0.3);
    expect(confirm.text).toBe('Czy dobrze słyszę: „tak zaczynamy”? Proszę powiedzieć tak lub nie.');
    const again = await caller.say('nie');
    expect(again.text).toContain('Dobrze, proszę powtórzyć.');
    expect(again.text).toContain('Czy możemy zaczynać');
    await caller.say('tak zaczynamy', 0.2);
    const next = await caller.say('tak');
    expect(next.text).toMatch(/W czym możemy pomóc/);
  });

  test('n-best: the second alternative can be chosen with 2', async () => {
    const caller = new Caller(server.app.url);
    await caller.start();
    await caller.say('tak zaczynamy');
    const confirm = await caller.say('nie mam na opal', 0.4, [{ text: 'nie mam na opal i na czynsz', confidence: 0.35 }]);
    expect(confirm.text).toContain('„nie mam na opal”');
    expect(confirm.text).toContain('„nie mam na opal i na czynsz”');
    await caller.press('2');
    expect((await recordOf(caller.callId))?.problem.description).toBe('nie mam na opal i na czynsz');
  });

  test('an unclear transcript that may be a crisis is not held back for a read-back: the bot hears it at once', async () => {
    const caller = new Caller(server.app.url);
    await caller.start('+48 601 999 777');
    await caller.say('tak zaczynamy');
    const reply = await caller.say('chce sie zapisac', 0.4, [{ text: 'chce sie zabic nie mam po co zyc', confidence: 0.3 }]);
    expect(reply.text).not.toContain('Czy dobrze słyszę');
    expect(reply.text).toContain('112');
    const r = await recordOf(caller.callId);
    expect(r?.urgency).toMatchObject({ urgent: true, flags: expect.arrayContaining(['suicide_risk']) });
  });

  test('silence: first the question again, the second time a call back is arranged and the call ends', async () => {
    const caller = new Caller(server.app.url);
    await caller.start('+48 601 999 888');
    await caller.say('tak zaczynamy');
    await caller.say('potrzebuje pomocy przy zalatwieniu sprawy w urzedzie');
    const once = await caller.silence();
    expect(once.hangup).toBe(false);
    expect(once.text).toMatch(/^Nie słyszę odpowiedzi\. .*\?/);
    const twice = await caller.silence();
    expect(twice.hangup).toBe(true);
    expect(twice.text).toContain('Pracownik ośrodka oddzwoni na numer, z którego Pan/Pani dzwoni.');
    const record = await recordOf(caller.callId);
    expect(record?.humanRequested).toBe(true);
    expect(record?.callerNumber).toBe('601999888');
  });

  test('hang-up mid-call leaves a draft record with the caller number', async () => {
    const caller = new Caller(server.app.url);
    await caller.start('+48601555444');
    await caller.say('tak zaczynamy');
    await caller.say('nie mam pieniedzy na leki');
    await caller.say('tak');
    await caller.say('mnie');
    await caller.say('jan nowak');
    await caller.hangup();
    const record = await recordOf(caller.callId);
    expect(record?.status).toBe('draft');
    expect(record?.callerNumber).toBe('601555444');
    // Capitalising names from lower-case transcripts is the NLU's job (name extractor).
    expect(`${record?.applicant.firstName} ${record?.applicant.lastName}`.toLowerCase()).toBe('jan nowak');
  });

  test('the phone question offers the number the call comes from', async () => {
    const caller = new Caller(server.app.url);
    await caller.start('+48 602 111 222');
    for (const s of ['tak zaczynamy', 'nie mam na opal', 'tak', 'mnie', 'jan nowak', 'pomin']) await caller.say(s);
    const offer = await caller.say('ulica sloneczna piec dziewiecdziesiat dziewiec sto demowo');
    expect(offer.text).toContain('Czy pracownik może oddzwonić na numer, z którego Pan/Pani teraz dzwoni?');
    const next = await caller.say('tak');
    expect(next.text).toContain('Dobrze, zapisuję numer');
    expect(next.text).toMatch(/Ile osób/);
    expect((await recordOf(caller.callId))?.applicant.phone).toBe('602111222');
  });

  test('"nie" to the caller-number offer goes back to the bot\'s own question, and the number is not taken as the phone', async () => {
    const caller = new Caller(server.app.url);
    await caller.start('+48 602 111 333');
    for (const s of ['tak zaczynamy', 'nie mam na opal', 'tak', 'mnie', 'jan nowak', 'pomin']) await caller.say(s);
    await caller.say('ulica sloneczna piec dziewiecdziesiat dziewiec sto demowo');
    const back = await caller.say('nie');
    expect(back.text).toContain('Proszę podać numer telefonu');
    expect(back.text).not.toContain('Czy pracownik może oddzwonić');
    await caller.hangup();
    const r = await recordOf(caller.callId);
    expect(r?.applicant.phone).toBeNull();
    expect(r?.callerNumber).toBe('602111333');
  });

  test('bad requests are refused', async () => {
    const res = await fetch(`${server.app.url}/api/phone/calls`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"callId":"<x>"}' });
    expect(res.status).toBe(400);
  });
});

test('a hang-up that arrives while a turn is still running does not lose the caller number', async () => {
  const caller = new Caller(server.app.url);
  await caller.start('+48601777666');
  await caller.say('tak zaczynamy');
  await caller.say('nie mam pieniedzy na leki');
  await caller.say('tak');
  await caller.say('mnie');
  await Promise.all([caller.say('jan nowak'), caller.hangup()]);
  const record = await recordOf(caller.callId);
  expect(record?.callerNumber).toBe('601777666');
});
