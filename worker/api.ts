import express, { type Response, type Router } from 'express';
import type { ServerContext } from '../server/context';
import type { IntakeRecord, IntakeStatus } from '../intake';
import type { NoteKind, NoteRepository } from '../storage/noteRepository';
import type { RetentionRepository } from '../storage/retentionRepository';
import { ROLES, type Role, type User, type UserRepository } from '../storage/userRepository';
import type { SessionRepository } from '../storage/sessionRepository';
import { canSee, queueCodes, teamName, visibleQueues } from './access';
import { publicUser, requireRole, requireUser, type AuthedRequest } from './auth';
import { recordsToCsv } from './csv';
import { deskOf, type DeskRecord } from './desk';
import { applyEdits, EDITABLE_FIELDS } from './edit';
import { withTranscript } from './exportRecords';
import { wt } from './i18n';
import { intakeCardPdf } from './pdfCard';
import { purgeExpired } from './retention';
import { deadlineOf, warningsFor, workingDaysLeft } from './review';

export interface ApiDeps {
  users: UserRepository;
  sessions: SessionRepository;
  notes: NoteRepository;
  retention: RetentionRepository;
  now(): Date;
}

const actorOf = (u: User) => `user:${u.login}`;
const fail = (res: Response, status: number, error: string, extra: Record<string, unknown> = {}) => {
  res.status(status).json({ error, ...extra });
};

/** The desk's JSON API under /worker/api. Every read of a record and every change is audited. */
export function apiRoutes(ctx: ServerContext, deps: ApiDeps): Router {
  const { intakes, transcripts, audit } = ctx.runtime.services;
  const { config } = ctx;
  const r = express.Router();
  r.use(requireUser);

  const summary = (rec: IntakeRecord) => {
    const d = deskOf(rec as DeskRecord);
    const deadline = deadlineOf(rec, config);
    return {
      id: rec.id,
      reference: rec.reference,
      createdAt: rec.createdAt,
      updatedAt: rec.updatedAt,
      status: rec.status,
      channel: rec.channel,
      urgent: rec.urgency.urgent,
      flags: rec.urgency.flags,
      name: [rec.applicant.firstName, rec.applicant.lastName].filter(Boolean).join(' ') || rec.reporterContact?.name || '',
      category: rec.problem.category,
      team: rec.team,
      teamName: teamName(config, rec.team),
      deadline,
      daysLeft: workingDaysLeft(deadline, deps.now()),
      assignee: d.assignee,
      mergedInto: d.mergedInto,
      given: givenFields(rec),
    };
  };

  const firstContact = requireRole('first_contact');

  r.get('/intakes', firstContact, async (req: AuthedRequest, res) => {
    const view = req.query.view === 'drafts' ? 'drafts' : 'inbox';
    const list = await intakes.list({ status: view === 'drafts' ? 'draft' : 'new' });
    await audit.record(actorOf(req.user!), `list.${view}`, null, { count: list.length }, deps.now());
    res.json({ records: list.map(summary) });
  });

  r.get('/queues', async (req: AuthedRequest, res) => {
    const codes = visibleQueues(config, req.user!);
    res.json({ queues: codes.map((code) => ({ code, name: teamName(config, code) })) });
  });

  r.get('/queues/:team', async (req: AuthedRequest, res) => {
    const team = String(req.params.team);
    if (!visibleQueues(config, req.user!).includes(team)) return fail(res, 404, 'not_found');
    const statuses: IntakeStatus[] = req.query.closed === '1' ? ['closed'] : ['accepted', 'rerouted'];
    const list = await intakes.list({ team, status: statuses });
    await audit.record(actorOf(req.user!), 'list.queue', null, { team, count: list.length }, deps.now());
    res.json({ team: { code: team, name: teamName(config, team) }, records: list.map(summary) });
  });

  /** Loads a record the user may see; 404 otherwise (a team member is not told other teams' records exist). */
  async function visible(req: AuthedRequest, res: Response): Promise<DeskRecord | null> {
    const rec = (await intakes.get(String(req.params.id))) as DeskRecord | null;
    if (!rec || !canSee(req.user!, rec)) {
      fail(res, 404, 'not_found');
      return null;
    }
    return rec;
  }

  const detail = async (rec: DeskRecord) => {
    const duplicates = await intakes.findPossibleDuplicates(rec);
    const mergedInto = deskOf(rec).mergedInto;
    return {
      record: rec,
      summary: summary(rec),
      mergedIntoReference: mergedInto ? ((await intakes.get(mergedInto))?.reference ?? null) : null,
      transcript: await transcripts.forConversation(rec.conversationId),
      warnings: warningsFor(rec, config, duplicates),
      duplicates: duplicates.map((d) => ({ id: d.id, reference: d.reference, createdAt: d.createdAt, status: d.status })),
      notes: await deps.notes.forIntake(rec.id),
      teams: queueCodes(config).map((code) => ({ code, name: teamName(config, code) })),
      editable: EDITABLE_FIELDS,
    };
  };

  r.get('/intakes/:id', async (req: AuthedRequest, res) => {
    const rec = await visible(req, res);
    if (!rec) return;
    await audit.record(actorOf(req.user!), 'record.view', rec.id, undefined, deps.now());
    res.json(await detail(rec));
  });

  /**
   * One desk action: permission, change, save, a history line, an audit entry with before/after,
   * and a live push. `mutate` returns an error key (Polish message in invalid.*) or the history text.
   */
  async function act(
    req: AuthedRequest,
    res: Response,
    action: string,
    roles: Role[],
    mutate: (rec: DeskRecord, user: User) => Promise<{ error: string; fields?: Record<string, string> } | { history: string; before?: unknown; after?: unknown; also?: DeskRecord }>,
  ) {
    const user = req.user!;
    if (!roles.includes(user.role)) return fail(res, 403, 'forbidden');
    const rec = await visible(req, res);
    if (!rec) return;
    const snapshot = (x: DeskRecord) => ({ status: x.status, team: x.team, desk: { ...deskOf(x) } });
    const before = snapshot(rec);
    const out = await mutate(rec, user);
    if ('error' in out) return fail(res, 422, out.error, { message: wt(`invalid.${out.error}`), fields: out.fields });
    const now = deps.now();
    rec.updatedAt = now.toISOString();
    await intakes.save(rec);
    await deps.notes.add(rec.id, user.login, 'action', out.history, now);
    await audit.record(actorOf(user), `record.${action}`, rec.id, { before: out.before ?? before, after: out.after ?? snapshot(rec) }, now);
    ctx.events.emit('record-saved', { id: rec.id, status: rec.status, urgent: rec.urgency.urgent });
    if (out.also) ctx.events.emit('record-saved', { id: out.also.id, status: out.also.status, urgent: out.also.urgency.urgent });
    res.json(await detail(rec));
  }

  const FC: Role[] = ['first_contact'];
  const DESK: Role[] = ['first_contact', 'team'];
  const body = (req: AuthedRequest) => (req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {});
  const text = (v: unknown, max = 2000) => (typeof v === 'string' ? v.trim().slice(0, max) : '');

  r.post('/intakes/:id/edit', (req: AuthedRequest, res) =>
    act(req, res, 'edit', DESK, async (rec) => {
      const changes = body(req).changes;
      if (!changes || typeof changes !== 'object') return { error: 'field' };
      const result = applyEdits(rec, changes as Record<string, unknown>, config, deps.now());
      if (Object.keys(result.errors).length) return { error: 'field', fields: result.errors };
      return {
        history: wt('history.edit', { fields: result.changed.map((c) => wt(`field.${c.field}`)).join(', ') || '—' }),
        before: Object.fromEntries(result.changed.map((c) => [c.field, c.before])),
        after: Object.fromEntries(result.changed.map((c) => [c.field, c.after])),
      };
    }),
  );

  r.post('/intakes/:id/accept', (req: AuthedRequest, res) =>
    act(req, res, 'accept', FC, async (rec, user) => {
      if (rec.status === 'draft') return { error: 'status' };
      rec.status = 'accepted';
      const d = deskOf(rec);
      d.reviewedBy = user.login;
      d.reviewedAt = deps.now().toISOString();
      return { history: wt('history.accept', { team: teamName(config, rec.team) }) };
    }),
  );

  r.post('/intakes/:id/reroute', (req: AuthedRequest, res) =>
    act(req, res, 'reroute', DESK, async (rec, user) => {
      const team = text(body(req).team, 64);
      const reason = text(body(req).reason, 500);
      if (!queueCodes(config).includes(team) || team === rec.team) return { error: 'team' };
      if (!reason) return { error: 'reason' };
      rec.team = team;
      rec.status = 'rerouted';
      const d = deskOf(rec);
      d.reason = reason;
      d.assignee = null;
      d.reviewedBy ??= user.login;
      return { history: wt('history.reroute', { team: teamName(config, team), reason }) };
    }),
  );

  r.post('/intakes/:id/close', (req: AuthedRequest, res) =>
    act(req, res, 'close', DESK, async (rec) => {
      rec.status = 'closed';
      deskOf(rec).reason = text(body(req).reason, 500) || 'information_given';
      return { history: wt('history.close') };
    }),
  );

  r.post('/intakes/:id/reopen', (req: AuthedRequest, res) =>
    act(req, res, 'reopen', FC, async (rec) => {
      if (deskOf(rec).mergedInto) return { error: 'status' };
      rec.status = 'new';
      return { history: wt('history.reopen') };
    }),
  );

  r.post('/intakes/:id/status', (req: AuthedRequest, res) =>
    act(req, res, 'status', DESK, async (rec, user) => {
      const status = text(body(req).status, 16) as IntakeStatus;
      const allowed: IntakeStatus[] = user.role === 'first_contact' ? ['new', 'accepted', 'rerouted', 'closed'] : ['accepted', 'closed'];
      if (!allowed.includes(status) || status === rec.status) return { error: 'status' };
      rec.status = status;
      return { history: wt('history.status', { status: wt(`status.${status}`) }) };
    }),
  );

  r.post('/intakes/:id/take', (req: AuthedRequest, res) =>
    act(req, res, 'take', DESK, async (rec, user) => {
      deskOf(rec).assignee = user.login;
      return { history: wt('history.take', { login: user.login }) };
    }),
  );

  r.post('/intakes/:id/release', (req: AuthedRequest, res) =>
    act(req, res, 'release', DESK, async (rec) => {
      deskOf(rec).assignee = null;
      return { history: wt('history.release') };
    }),
  );

  r.post('/intakes/:id/merge', (req: AuthedRequest, res) =>
    act(req, res, 'merge', FC, async (rec) => {
      const key = text(body(req).into, 64);
      const target = ((await intakes.get(key)) ?? (await intakes.getByReference(key.toUpperCase()))) as DeskRecord | null;
      if (!target || target.id === rec.id || deskOf(rec).mergedInto || deskOf(target).mergedInto) return { error: 'merge' };
      const before = { status: rec.status, mergedInto: null };
      rec.status = 'closed';
      deskOf(rec).mergedInto = target.id;
      const td = deskOf(target);
      if (!td.mergedFrom.includes(rec.id)) td.mergedFrom.push(rec.id);
      target.updatedAt = deps.now().toISOString();
      await intakes.save(target);
      await deps.notes.add(target.id, req.user!.login, 'action', wt('history.mergedFrom', { reference: rec.reference }), deps.now());
      await audit.record(actorOf(req.user!), 'record.merged_from', target.id, { merged: rec.id, reference: rec.reference }, deps.now());
      return { history: wt('history.merge', { reference: target.reference }), before, after: { status: rec.status, mergedInto: target.id }, also: target };
    }),
  );

  r.post('/intakes/:id/unmerge', (req: AuthedRequest, res) =>
    act(req, res, 'unmerge', FC, async (rec) => {
      const d = deskOf(rec);
      if (!d.mergedInto) return { error: 'merge' };
      const target = (await intakes.get(d.mergedInto)) as DeskRecord | null;
      const before = { status: rec.status, mergedInto: d.mergedInto };
      if (target) {
        deskOf(target).mergedFrom = deskOf(target).mergedFrom.filter((x) => x !== rec.id);
        await intakes.save(target);
        await audit.record(actorOf(req.user!), 'record.unmerged_from', target.id, { unmerged: rec.id }, deps.now());
      }
      d.mergedInto = null;
      rec.status = 'new';
      return { history: wt('history.unmerge', { reference: target?.reference ?? '?' }), before, after: { status: rec.status, mergedInto: null } };
    }),
  );

  r.post('/intakes/:id/notes', async (req: AuthedRequest, res) => {
    const user = req.user!;
    if (!DESK.includes(user.role)) return fail(res, 403, 'forbidden');
    const rec = await visible(req, res);
    if (!rec) return;
    const kind = (body(req).kind === 'callback' ? 'callback' : 'note') as NoteKind;
    const t = text(body(req).text);
    if (!t) return fail(res, 422, 'text', { message: wt('invalid.text') });
    await deps.notes.add(rec.id, user.login, kind, t, deps.now());
    await audit.record(actorOf(user), `record.${kind}`, rec.id, { after: { kind, text: t } }, deps.now());
    res.json(await detail(rec));
  });

  r.get('/intakes/:id/card.pdf', async (req: AuthedRequest, res) => {
    const rec = await visible(req, res);
    if (!rec) return;
    const notes = (await deps.notes.forIntake(rec.id)).filter((n) => n.kind !== 'action');
    const pdf = await intakeCardPdf(rec, notes, config, { printedBy: req.user!.login, now: deps.now(), compress: req.query.compress !== '0' });
    await audit.record(actorOf(req.user!), 'record.print', rec.id, undefined, deps.now());
    res.attachment(`karta-${rec.reference}.pdf`).type('application/pdf').send(pdf);
  });

  r.get('/export', requireRole('first_contact', 'team'), async (req: AuthedRequest, res) => {
    const format = req.query.format === 'csv' ? 'csv' : 'jsonl';
    const ids = typeof req.query.ids === 'string' && req.query.ids ? req.query.ids.split(',').slice(0, 1000) : null;
    const status = typeof req.query.status === 'string' ? (req.query.status as IntakeStatus) : undefined;
    const all = await intakes.list(status ? { status } : {});
    const chosen = all.filter((x) => (!ids || ids.includes(x.id)) && canSee(req.user!, x));
    await audit.record(actorOf(req.user!), 'export', null, { format, ids: chosen.map((x) => x.id) }, deps.now());
    const stamp = deps.now().toISOString().slice(0, 10);
    if (format === 'csv') {
      res.attachment(`zgloszenia-${stamp}.csv`).type('text/csv; charset=utf-8').send(recordsToCsv(chosen, config));
      return;
    }
    const lines: string[] = [];
    for (const x of chosen) lines.push(JSON.stringify(await withTranscript({ transcripts }, x)));
    res.attachment(`zgloszenia-${stamp}.jsonl`).type('application/x-ndjson; charset=utf-8').send(lines.map((l) => `${l}\n`).join(''));
  });

  // ---- admin ----
  const admin = requireRole('admin');

  r.get('/audit', admin, async (req: AuthedRequest, res) => {
    let intakeId = typeof req.query.intake === 'string' && req.query.intake ? req.query.intake.trim() : undefined;
    if (intakeId && /^PK-/i.test(intakeId)) intakeId = (await intakes.getByReference(intakeId.toUpperCase()))?.id ?? intakeId;
    const actorQ = typeof req.query.actor === 'string' && req.query.actor ? req.query.actor.trim() : undefined;
    const actor = actorQ && !actorQ.includes(':') ? `user:${actorQ}` : actorQ;
    const entries = await audit.list({ intakeId, actor, limit: 5000 });
    await audit.record(actorOf(req.user!), 'audit.view', null, { intakeId: intakeId ?? null, actor: actor ?? null }, deps.now());
    res.json({ entries: entries.reverse().slice(0, 1000) });
  });

  r.get('/users', admin, async (_req, res) => {
    res.json({ users: (await deps.users.list()).map(publicUser), roles: ROLES, teams: queueCodes(config).map((code) => ({ code, name: teamName(config, code) })) });
  });

  r.post('/users', admin, async (req: AuthedRequest, res) => {
    const b = body(req);
    const teams = Array.isArray(b.teams) ? b.teams.map(String).filter((t) => queueCodes(config).includes(t)) : [];
    try {
      const u = await deps.users.create({ login: text(b.login, 64), password: typeof b.password === 'string' ? b.password : '', role: text(b.role, 16) as Role, teams }, deps.now());
      await audit.record(actorOf(req.user!), 'user.create', null, { after: publicUser(u) }, deps.now());
      res.status(201).json({ user: publicUser(u) });
    } catch (e) {
      fail(res, 422, 'user', { message: (e as Error).message });
    }
  });

  r.post('/users/:id', admin, async (req: AuthedRequest, res) => {
    const id = Number(req.params.id);
    const before = await deps.users.byId(id);
    if (!before) return fail(res, 404, 'not_found');
    const b = body(req);
    const change: Parameters<UserRepository['update']>[1] = {};
    if (typeof b.active === 'boolean') change.active = b.active;
    if (typeof b.role === 'string') change.role = b.role as Role;
    if (Array.isArray(b.teams)) change.teams = b.teams.map(String).filter((t) => queueCodes(config).includes(t));
    if (typeof b.password === 'string') change.password = b.password;
    if (before.id === req.user!.id && (change.active === false || (change.role && change.role !== 'admin'))) return fail(res, 422, 'user', { message: 'self' });
    try {
      await deps.users.update(id, change, deps.now());
    } catch (e) {
      return fail(res, 422, 'user', { message: (e as Error).message });
    }
    if (change.active === false || change.password || change.role || change.teams) await deps.sessions.destroyForUser(id);
    const after = (await deps.users.byId(id))!;
    await audit.record(actorOf(req.user!), 'user.update', null, { before: publicUser(before), after: publicUser(after), passwordChanged: Boolean(change.password) }, deps.now());
    res.json({ user: publicUser(after) });
  });

  r.get('/settings', admin, (_req, res) => {
    res.json({ config });
  });

  r.post('/retention/purge', admin, async (req: AuthedRequest, res) => {
    const out = await purgeExpired({ retention: deps.retention, audit }, config, actorOf(req.user!), deps.now());
    res.json({ purged: out.purged, message: wt('settings.purged', { count: out.purged }) });
  });

  return r;
}

/** For drafts: which parts of the intake the resident had already given. */
function givenFields(r: IntakeRecord): string[] {
  const out: string[] = [];
  if (r.problem.description) out.push('problem.description');
  if (r.applicant.firstName || r.applicant.lastName) out.push('applicant.firstName');
  if (r.applicant.pesel) out.push('applicant.pesel');
  if (r.applicant.address) out.push('applicant.address.street');
  if (r.applicant.phone) out.push('applicant.phone');
  if (r.household.size) out.push('household.size');
  if (r.income.monthlyNet !== null) out.push('income.monthlyNet');
  return out;
}
