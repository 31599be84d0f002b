import { emptyRecord } from '../../intake';
import { AuditLog, IntakeRepository, KnexStorage, TranscriptRepository, type Database } from '../../storage';
import { describeEachBackend } from '../helpers/databases';

describeEachBackend('storage', (backend) => {
  let db: Database;
  beforeAll(async () => { db = await backend().open('storage'); });
  afterAll(async () => db.close());

  const record = (id: string, reference: string) =>
    emptyRecord({ id, reference, conversationId: `conv-${id}`, channel: 'webchat', now: new Date('2026-11-23T10:00:00Z'), team: 'swiadczenia' });

  test('SQLite runs in WAL mode with a busy timeout', async () => {
    if (db.dialect !== 'sqlite') return;
    expect((await db.knex.raw('PRAGMA journal_mode'))[0].journal_mode).toBe('wal');
    expect((await db.knex.raw('PRAGMA busy_timeout'))[0].timeout).toBe(5000);
    expect((await db.knex.raw('PRAGMA synchronous'))[0].synchronous).toBe(1);
  });

  test('a failing query does not put its values (personal data) into the error message', async () => {
    await db.knex('counters').insert({ name: 'dup-44051401359', value: 1 });
    const err: Error = await db.knex('counters').insert({ name: 'dup-44051401359', value: 1 }).then(() => new Error('no error'), (e: Error) => e);
    expect(err.message).not.toContain('44051401359');
  });

  test('references are unique and sequential per year', async () => {
    const repo = new IntakeRepository(db.knex);
    const a = await repo.nextReference(new Date('2026-05-01'));
    const b = await repo.nextReference(new Date('2026-05-01'));
    const c = await repo.nextReference(new Date('2027-01-02'));
    expect(a).toMatch(/^PK-2026-\d{6}$/);
    expect(Number(b.slice(-6))).toBe(Number(a.slice(-6)) + 1);
    expect(c).toBe('PK-2027-000001');
  });

  test('a record round-trips, updates in place and lists urgent first', async () => {
    const repo = new IntakeRepository(db.knex);
    const r1 = record('a1', 'PK-2026-100001');
    r1.applicant.lastName = "O'Brien'); DROP TABLE intakes;--";
    r1.applicant.firstName = '<script>alert(1)</script>';
    await repo.save(r1);
    const r2 = record('a2', 'PK-2026-100002');
    r2.createdAt = '2026-11-23T11:00:00.000Z';
    r2.urgency = { urgent: true, flags: ['violence'], evidence: ['bije'] };
    await repo.save(r2);
    r1.status = 'new';
    await repo.save(r1);
    const back = await repo.get('a1');
    expect(back?.status).toBe('new');
    expect(back?.applicant.lastName).toBe("O'Brien'); DROP TABLE intakes;--");
    expect(back?.applicant.firstName).toBe('<script>alert(1)</script>');
    const all = await repo.list({ status: ['draft', 'new'] });
    expect(all.map((r) => r.id).slice(0, 2)).toEqual(['a2', 'a1']);
    expect((await repo.list({ status: 'draft' })).map((r) => r.id)).toContain('a2');
  });

  test('possible duplicates are found by PESEL or phone', async () => {
    const repo = new IntakeRepository(db.knex);
    const a = record('d1', 'PK-2026-200001');
    a.applicant.pesel = '44051401359';
    const b = record('d2', 'PK-2026-200002');
    b.applicant.pesel = '44051401359';
    const c = record('d3', 'PK-2026-200003');
    c.applicant.phone = '601222333';
    await Promise.all([repo.save(a), repo.save(b), repo.save(c)]);
    expect((await repo.findPossibleDuplicates(b)).map((r) => r.id)).toEqual(['d1']);
    expect(await repo.findPossibleDuplicates(c)).toEqual([]);
  });

  test('transcripts keep order and sender', async () => {
    const t = new TranscriptRepository(db.knex);
    await t.append('conv-t', 'resident', 'Dzień dobry');
    await t.append('conv-t', 'bot', 'W czym możemy pomóc?');
    const lines = await t.forConversation('conv-t');
    expect(lines.map((l) => [l.from, l.text])).toEqual([
      ['resident', 'Dzień dobry'],
      ['bot', 'W czym możemy pomóc?'],
    ]);
  });

  test('the audit log is append-only', async () => {
    const audit = new AuditLog(db.knex);
    await audit.record('anna', 'intake.view', 'a1', { field: 'x' });
    const [entry] = await audit.list({ intakeId: 'a1' });
    expect(entry).toMatchObject({ actor: 'anna', action: 'intake.view', details: { field: 'x' } });
    await expect(db.knex('audit_log').update({ actor: 'mallory' })).rejects.toThrow(/append-only/);
    await expect(db.knex('audit_log').delete()).rejects.toThrow(/append-only/);
    expect(await audit.list({ intakeId: 'a1' })).toHaveLength(1);
  });

  test('audit details are sealed per intake and become unreadable once the intake is forgotten', async () => {
    const audit = new AuditLog(db.knex);
    await audit.record('ewa', 'intake.edit', 'sealed-1', { before: { lastName: 'Kowalska' }, after: { lastName: 'Nowak' } });
    const raw = await db.knex('audit_log').where({ intake_id: 'sealed-1' }).first();
    expect(raw.details).not.toContain('Kowalska');
    expect((await audit.list({ intakeId: 'sealed-1' }))[0].details).toEqual({ before: { lastName: 'Kowalska' }, after: { lastName: 'Nowak' } });
    await audit.forget('sealed-1');
    await audit.record('system', 'retention.purge', 'sealed-1', { reference: 'PK-2026-000009' });
    const [edit, purge] = await audit.list({ intakeId: 'sealed-1' });
    expect(edit).toMatchObject({ actor: 'ewa', action: 'intake.edit', details: null, erased: true });
    expect(purge.details).toEqual({ reference: 'PK-2026-000009' });
  });

  test('bot state storage reads back writes and rejects a stale eTag', async () => {
    const s = new KnexStorage(db.knex);
    await s.write({ k1: { step: 'phone', n: 1 } });
    const first = await s.read(['k1', 'missing']);
    expect(first.k1).toMatchObject({ step: 'phone', n: 1 });
    expect(first.missing).toBeUndefined();
    await s.write({ k1: { ...first.k1, n: 2 } });
    await expect(s.write({ k1: { ...first.k1, n: 3 } })).rejects.toThrow(/eTag/);
    expect((await s.read(['k1'])).k1).toMatchObject({ n: 2 });
    await s.delete(['k1']);
    expect(await s.read(['k1'])).toEqual({});
  });

  test('bot state storage: "*" overwrites, and a conflict in a batch writes none of it', async () => {
    const s = new KnexStorage(db.knex);
    await s.write({ a: { v: 1 }, b: { v: 1, eTag: '*' } });
    const first = await s.read(['a', 'b']);
    await s.write({ a: { v: 2, eTag: '*' }, b: { v: 2, eTag: '*' } });
    const read = await s.read(['a', 'b']);
    expect(read.a).toMatchObject({ v: 2, eTag: String(Number(first.a.eTag) + 1) });
    expect(read.b).toMatchObject({ v: 2, eTag: String(Number(first.b.eTag) + 1) });
    // "a" is current, "b" is stale: the whole write is refused, "a" keeps its value.
    await expect(s.write({ a: { v: 3, eTag: read.a.eTag }, b: { v: 3, eTag: first.b.eTag }, c: { v: 3 } })).rejects.toThrow(/eTag conflict for key b/);
    expect(await s.read(['a', 'b', 'c'])).toEqual({ a: read.a, b: read.b });
    // A conditional write to an item that was deleted meanwhile writes it afresh (as MemoryStorage does)…
    await s.delete(['a']);
    await s.write({ a: { v: 4, eTag: read.a.eTag } });
    const fresh = (await s.read(['a'])).a;
    expect(fresh).toMatchObject({ v: 4 });
    // …and the fresh item's eTag is not the one a writer of the old item may still hold.
    expect(fresh.eTag).not.toBe(read.a.eTag);
    await expect(s.write({ a: { v: 5, eTag: first.a.eTag } })).rejects.toThrow(/eTag conflict/);
  });

  test('data survives closing and reopening the database', async () => {
    const a = await backend().open('reopen');
    await new KnexStorage(a.knex).write({ 'conv/x': { step: 'address' } });
    await a.close();
    const b = await backend().open('reopen');
    expect((await new KnexStorage(b.knex).read(['conv/x']))['conv/x']).toMatchObject({ step: 'address' });
    await b.close();
  });
});
