import { emptyRecord } from '../../intake';
import { AuditLog, IntakeRepository, KnexStorage, TranscriptRepository, type Database } from '../../storage';
import { NoteRepository } from '../../storage/noteRepository';
import { RetentionRepository } from '../../storage/retentionRepository';
import { SessionRepository } from '../../storage/sessionRepository';
import { UserRepository } from '../../storage/userRepository';
import { loadCentre } from '../../config';
import { purgeExpired } from '../../worker/retention';
import { describeEachBackend } from '../helpers/databases';

describeEachBackend('worker desk storage (002_worker)', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await backend().open('worker');
  });
  afterAll(async () => db.close());

  test('users: bcrypt hashes, no plain password stored, wrong password and inactive accounts refused', async () => {
    const users = new UserRepository(db.knex, 4);
    const u = await users.create({ login: 'Małgosia.K', password: 'zażółć-gęślą-jaźń' , role: 'team', teams: ['uslugi', 'uslugi'] }).catch((e: Error) => e);
    expect(u).toBeInstanceOf(Error); // logins are ASCII: they go into cookies' audit names and URLs
    const anna = await users.create({ login: 'anna.k', password: 'zażółć-gęślą-jaźń', role: 'team', teams: ['uslugi', 'uslugi'] });
    expect(anna.teams).toEqual(['uslugi']);
    const row = await db.knex('users').where({ login: 'anna.k' }).first();
    expect(row.password_hash).toMatch(/^\$2[aby]\$04\$/);
    expect(JSON.stringify(row)).not.toContain('gęślą');
    expect(await users.verify('ANNA.K', 'zażółć-gęślą-jaźń')).toMatchObject({ login: 'anna.k', role: 'team' });
    expect(await users.verify('anna.k', 'zle')).toBeNull();
    expect(await users.verify('nikt', 'zażółć-gęślą-jaźń')).toBeNull();
    await expect(users.create({ login: 'anna.k', password: 'x'.repeat(12), role: 'admin' })).rejects.toThrow(/exists/);
    await expect(users.create({ login: 'bez.zespolu', password: 'x'.repeat(12), role: 'team' })).rejects.toThrow(/team/);
    await users.update(anna.id, { active: false });
    expect(await users.verify('anna.k', 'zażółć-gęślą-jaźń')).toBeNull();
  });

  test('lockout: N failures lock the login for a while, then it unlocks', async () => {
    const users = new UserRepository(db.knex, 4);
    const t0 = new Date('2026-11-23T10:00:00Z');
    expect(await users.recordFailure('ktos', 3, 15, t0)).toBe(false);
    expect(await users.recordFailure('ktos', 3, 15, t0)).toBe(false);
    expect(await users.recordFailure('ktos', 3, 15, t0)).toBe(true);
    expect(await users.lockedFor('ktos', t0)).toBe(900);
    expect(await users.lockedFor('ktos', new Date(t0.getTime() + 16 * 60_000))).toBe(0);
    await users.clearFailures('ktos');
    expect(await users.lockedFor('ktos', t0)).toBe(0);
  });

  test('sessions: only a hash of the cookie is stored; idle sessions expire; touching keeps one alive', async () => {
    const users = new UserRepository(db.knex, 4);
    const u = await users.create({ login: 'sesja', password: 'x'.repeat(12), role: 'admin' });
    const sessions = new SessionRepository(db.knex);
    const t0 = new Date('2026-11-23T10:00:00Z');
    const { token, csrfToken } = await sessions.create(u.id, t0);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await db.knex('sessions').where({ id: token }).first()).toBeUndefined();
    const idle = 30 * 60_000;
    expect(await sessions.touch(token, idle, new Date(t0.getTime() + 29 * 60_000))).toMatchObject({ userId: u.id, csrfToken });
    expect(await sessions.touch(token, idle, new Date(t0.getTime() + 58 * 60_000))).not.toBeNull();
    expect(await sessions.touch(token, idle, new Date(t0.getTime() + 89 * 60_000))).toBeNull();
    expect(await sessions.touch(token, idle, new Date(t0.getTime() + 90 * 60_000))).toBeNull();
    expect(await sessions.touch('nie-token', idle, t0)).toBeNull();
  });

  test('retention erases record, notes and transcript; audit entries stay (append-only)', async () => {
    const intakes = new IntakeRepository(db.knex);
    const transcripts = new TranscriptRepository(db.knex);
    const notes = new NoteRepository(db.knex);
    const audit = new AuditLog(db.knex);
    const now = new Date('2026-11-23T10:00:00Z');
    const old = emptyRecord({ id: 'r-old', reference: 'PK-2026-700001', conversationId: 'c-old', channel: 'phone', now: new Date('2026-09-01T10:00:00Z'), team: 'uslugi' });
    await intakes.save(old);
    await transcripts.append('c-old', 'resident', 'dzień dobry');
    await notes.add('r-old', 'anna', 'note', 'notatka');
    await audit.record('user:anna', 'record.view', 'r-old');
    const out = await purgeExpired({ retention: new RetentionRepository(db.knex), audit }, loadCentre(), 'system:retention', now);
    expect(out.references).toContain('PK-2026-700001');
    expect(await intakes.get('r-old')).toBeNull();
    expect(await transcripts.forConversation('c-old')).toEqual([]);
    expect(await notes.forIntake('r-old')).toEqual([]);
    expect((await audit.list({ intakeId: 'r-old' })).map((e) => e.action)).toEqual(['record.view', 'retention.purge']);
  });

  test('retention also erases the bot state and the web chat copy of the conversation (ids with "_" too), and nothing else', async () => {
    const intakes = new IntakeRepository(db.knex);
    const storage = new KnexStorage(db.knex);
    const conv = 'dl_ab_12';
    await intakes.save(emptyRecord({ id: 'r-dl', reference: 'PK-2026-700002', conversationId: conv, channel: 'webchat', now: new Date('2026-09-01T10:00:00Z'), team: 'uslugi' }));
    await storage.write({
      [`directline/conversations/${conv}/`]: { dialogState: { secret: 'Anna' } },
      [`pk-directline/${conv}`]: { userId: 'u' },
      [`pk-directline/${conv}/0`]: { a: ['{"text":"Anna"}'] },
      'directline/conversations/dlXabX12/': { keep: true },
      'pk-directline/other/0': { keep: true },
    });
    await purgeExpired({ retention: new RetentionRepository(db.knex), audit: new AuditLog(db.knex) }, loadCentre(), 'system:retention', new Date('2026-11-23T10:00:00Z'));
    const left = (await db.knex('bot_state').select('key')).map((r: { key: string }) => r.key);
    expect(left.filter((k: string) => k.includes(conv))).toEqual([]);
    expect(left).toEqual(expect.arrayContaining(['directline/conversations/dlXabX12/', 'pk-directline/other/0']));
  });
});
