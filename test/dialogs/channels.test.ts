import { Conversation, all, driveIntake } from '../helpers/conversation';

test('on the phone, a number is read back in groups and kept only when confirmed', async () => {
  const c = await Conversation.start({ channelId: 'phone' });
  await driveIntake(c, {
    category: 'benefits',
    answers: { consent: 'tak zaczynamy', problem: 'prosze o zasilek celowy na opal na zime', reporter: 'mnie', name: 'anna kowalska', identity: 'pomin', address: 'sloneczna piec demowo' },
    until: 'phone',
  });
  const ask = await c.say('szescset jeden dwiescie dwadziescia dwa trzysta trzydziesci trzy');
  expect(all(ask)).toContain('601 222 333');
  expect(ask.pk?.sub).toBe('confirm');
  const no = await c.say('nie');
  expect(no.pk).toMatchObject({ step: 'phone', sub: null });
  await c.say('601 222 334');
  const yes = await c.say('tak');
  expect(yes.pk?.step).not.toBe('phone');
  const r = (await c.record())!;
  expect(r.channel).toBe('phone');
  expect(r.applicant.phone).toBe('601222334');
  await c.close();
});

test('a kiosk conversation is recorded with channel kiosk', async () => {
  const c = await Conversation.start({ channelId: 'kiosk' });
  await driveIntake(c, { category: 'care_services', answers: { consent: 'Tak, zaczynamy', problem: 'Potrzebuję opiekunki, jestem starsza i po udarze', reporter: 'Mnie', name: 'Maria Lis' } });
  expect((await c.record())).toMatchObject({ channel: 'kiosk', status: 'new', team: 'uslugi' });
  await c.close();
});

test('a caller asking for a person before saying anything still leaves a record with the number to call back', async () => {
  const c = await Conversation.start({ channelId: 'phone' });
  await c.join();
  const t = await c.say('chce rozmawiac z czlowiekiem', { callerNumber: '601222333' });
  const r = (await c.record())!;
  expect(r).toMatchObject({ humanRequested: true, status: 'new', callerNumber: '601222333', channel: 'phone' });
  expect(all(t)).toContain(r.reference);
  await c.close();
});

test('names spoken in lower case are stored with capitals', async () => {
  const c = await Conversation.start({ channelId: 'phone' });
  await driveIntake(c, { category: 'benefits', answers: { consent: 'tak', problem: 'prosze o zasilek celowy na opal', reporter: 'mnie', name: 'anna nowak-kowalska' }, until: 'identity' });
  expect((await c.record())!.applicant).toMatchObject({ firstName: 'Anna', lastName: 'Nowak-Kowalska' });
  await c.close();
});
