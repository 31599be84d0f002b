import { Conversation, all, driveIntake } from '../helpers/conversation';
import { INTAKE_CASES, ROUTING } from './testData/intakeCases';

describe.each(Object.keys(ROUTING))('whole intake in centre %s', (centre) => {
  test.each(INTAKE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, intake) => {
    const c = await Conversation.start({ centre });
    const answers = Object.fromEntries(
      Object.entries(intake.answers).map(([k, v]) => [
        k,
        v.replace('{postalCode}', c.config.territory.postalCodes[0]).replace('{city}', c.config.address.city),
      ]),
    );
    const turns = await driveIntake(c, { category: intake.category, answers });
    const last = all(turns[turns.length - 1]);
    const record = (await c.record())!;
    expect(last).toContain(`pod numerem ${record.reference}`);
    expect(record.reference).toMatch(/^PK-2026-\d{6}$/);
    expect(record.status).toBe('new');
    expect(record.problem.category).toBe(intake.category);
    expect(record.team).toBe(ROUTING[centre][intake.category]);
    const team = c.config.teams.find((t) => t.code === record.team)!;
    expect(last).toContain(team.name);
    expect(record.consent.informed).toBe(true);
    expect(record.dueBy).toBe('2026-12-11'); // 14 working days after Monday 23.11.2026
    expect(record.missing).toEqual([]);
    intake.expect(record);
    // The transcript holds both sides in order.
    const transcript = await c.runtime.services.transcripts.forConversation(c.conversationId);
    expect(transcript[0].from).toBe('bot');
    expect(transcript.some((l) => l.from === 'resident' && l.text === answers.problem)).toBe(true);
    await c.close();
  });
});
