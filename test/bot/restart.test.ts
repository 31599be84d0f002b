import { Conversation, all, driveIntake } from '../helpers/conversation';
import { describeEachBackend } from '../helpers/databases';

const ANSWERS = {
  consent: 'Tak, zaczynamy',
  problem: 'Mama po udarze potrzebuje opiekunki do pomocy w domu',
  reporter: 'Kogoś z mojej rodziny',
  relation: 'córka',
  reporterName: 'Ewa Kamińska',
  name: 'Halina Kamińska',
  identity: '15.03.1940',
  address: 'ul. Polna 3, 99-100 Demowo',
  phone: '603 444 555',
  careSituation: 'nie wstaje z łóżka',
  careNeeds: 'Pomocy w domu w codziennych czynnościach',
  currentHelp: 'nikt',
};

describeEachBackend('conversation survives a process restart', (backend) => {
  test('resumes at the same question with every answer kept, then finishes', async () => {
    const c = await Conversation.start({ openDb: () => backend().open('restart') });
    await driveIntake(c, { category: 'care_services', answers: ANSWERS, until: 'phone' });
    const draft = (await c.record())!;
    expect(draft.status).toBe('draft');
    await c.restart(); // closes the database and builds a new bot, as a new process would
    const t = await c.say('powtórz');
    expect(t.pk?.step).toBe('phone');
    let turn = await c.say(ANSWERS.phone);
    for (let i = 0; i < 10 && turn.pk; i++) {
      const step = turn.pk.step as keyof typeof ANSWERS | 'summary';
      turn = await c.say(step === 'summary' ? 'Tak, wysyłam' : ANSWERS[step]);
    }
    const r = (await c.record())!;
    expect(all(turn)).toContain(r.reference);
    expect(r.reference).toBe(draft.reference);
    expect(r).toMatchObject({ status: 'new', team: 'uslugi', applicant: { firstName: 'Halina', birthDate: '1940-03-15' } });
    await c.close();
  });
});
