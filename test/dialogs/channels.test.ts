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
