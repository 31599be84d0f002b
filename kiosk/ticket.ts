import type { Request, Response } from 'express';
import { t } from '../bot/i18n';
import { teamFor } from '../intake';
import type { ServerContext } from '../server/context';

/** A ticket can be printed for this long after the record was last saved. */
const TICKET_WINDOW_MS = 60 * 60 * 1000;
const REFERENCE = /^PK-\d{4}-\d{6}$/;

/** What the printed ticket shows. Deliberately no personal data: it may be left on the counter. */
export interface Ticket {
  reference: string;
  centre: string;
  team: string;
  rooms: string[];
  urgent: boolean;
  next: string | null;
  hours: string;
  phone: string;
  firstContactRoom: string | null;
}

/**
 * GET /kiosk/ticket/:reference?c=<conversation id> — only for the kiosk conversation that made the
 * record, in the last hour, so the endpoint cannot be used to look up cases by guessing numbers.
 */
export function ticketHandler(ctx: ServerContext, now: () => Date = () => new Date()) {
  return async (req: Request, res: Response) => {
    const reference = String(req.params.reference ?? '');
    res.set('Cache-Control', 'no-store');
    if (!REFERENCE.test(reference)) return void res.status(400).json({ error: 'reference: PK-YYYY-NNNNNN' });
    const record = await ctx.runtime.services.intakes.getByReference(reference);
    const fresh = record && now().getTime() - new Date(record.updatedAt).getTime() < TICKET_WINDOW_MS;
    // Only the screen that held the conversation may print its ticket (it knows the conversation id).
    const own = record && typeof req.query.c === 'string' && req.query.c === record.conversationId;
    if (!record || record.channel !== 'kiosk' || !fresh || !own) return void res.status(404).json({ error: 'not found' });
    const c = ctx.config;
    const team = c.teams.find((x) => x.code === record.team) ?? teamFor(c, 'information');
    const urgent = record.urgency.urgent;
    const ticket: Ticket = {
      reference: record.reference,
      centre: c.name,
      team: team.name,
      rooms: team.rooms,
      urgent,
      next: urgent ? t('handoff.nextUrgent') : record.dueBy ? t('handoff.next', { date: record.dueBy.split('-').reverse().join('.') }) : null,
      hours: c.openingHours.text,
      phone: c.phone,
      firstContactRoom: c.firstContact.room ?? null,
    };
    res.json(ticket);
  };
}
