import { z } from 'zod';

/** Centre configuration: everything that differs between centres lives here, never in code. */

const category = z.enum(['benefits', 'social_work', 'care_services', 'information']);
const crisisFlag = z.enum(['violence', 'suicide_risk', 'no_shelter', 'no_food', 'child_at_risk', 'health_emergency', 'disaster']);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
const postalCode = z.string().regex(/^\d{2}-\d{3}$/, 'expected NN-NNN');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const teamSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'lower-case code, e.g. swiadczenia'),
  name: z.string().min(3),
  rooms: z.array(z.string()).default([]),
  categories: z.array(category).min(1),
});

export const helplineSchema = z.object({
  name: z.string().min(2),
  number: z.string().regex(/^[0-9 ]{3,15}$/, 'digits and spaces'),
  hours: z.string().optional(),
  /** Crisis flags this line is offered for; empty = general. */
  flags: z.array(crisisFlag).default([]),
});

export const incomeCriterionSchema = z.object({
  effectiveFrom: isoDate,
  singlePerson: z.number().positive(),
  perPersonInFamily: z.number().positive(),
  legalBasis: z.string().optional(),
});

export const centreSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(3),
    shortName: z.string().min(2),
    address: z.object({ street: z.string(), postalCode, city: z.string() }),
    phone: z.string().min(5),
    email: z.string().email().optional(),
    openingHours: z.object({
      /** Read to residents, e.g. "od poniedziałku do piątku, 7:30–15:30". */
      text: z.string().min(3),
      weekly: z
        .array(z.object({ day: z.number().int().min(1).max(7), open: time, close: time }))
        .min(1),
    }),
    firstContact: z.object({
      name: z.string().min(3),
      room: z.string().optional(),
      /** Queue code for records the first-contact post keeps itself (information, unclear). */
      code: z.string().default('pierwszy_kontakt'),
    }),
    teams: z.array(teamSchema).min(1),
    territory: z.object({
      gmina: z.string().min(2),
      postalCodes: z.array(postalCode).default([]),
      towns: z.array(z.string()).default([]),
    }),
    incomeCriteria: z.array(incomeCriterionSchema).min(1),
    helplines: z.array(helplineSchema).min(1),
    /** Where matters handled elsewhere go, per information topic (Polish text for residents). */
    information: z.record(z.string(), z.string()).default({}),
    /** Urgent cases: community interview at most this many working days; others 14 (§ 3 rozporządzenia MRiPS z 8.04.2021). */
    deadlines: z
      .object({ urgentWorkingDays: z.number().int().min(0).default(2), normalWorkingDays: z.number().int().min(1).default(14) })
      .default({ urgentWorkingDays: 2, normalWorkingDays: 14 }),
    retention: z
      .object({ draftDays: z.number().int().min(1).default(30), closedDays: z.number().int().min(1).default(365) })
      .default({ draftDays: 30, closedDays: 365 }),
    kiosk: z
      .object({ warnAfterSeconds: z.number().int().min(10).default(60), resetAfterSeconds: z.number().int().min(15).default(90) })
      .default({ warnAfterSeconds: 60, resetAfterSeconds: 90 }),
  })
  .superRefine((c, ctx) => {
    const codes = new Set<string>();
    c.teams.forEach((t, i) => {
      if (codes.has(t.code)) ctx.addIssue({ code: 'custom', path: ['teams', i, 'code'], message: `duplicate team code "${t.code}"` });
      codes.add(t.code);
    });
    for (const needed of ['benefits', 'social_work', 'care_services'] as const) {
      if (!c.teams.some((t) => t.categories.includes(needed))) {
        ctx.addIssue({ code: 'custom', path: ['teams'], message: `no team takes category "${needed}"` });
      }
    }
    const dates = c.incomeCriteria.map((x) => x.effectiveFrom);
    if (new Set(dates).size !== dates.length) ctx.addIssue({ code: 'custom', path: ['incomeCriteria'], message: 'two criteria with the same effectiveFrom' });
  });

export type CentreConfig = z.infer<typeof centreSchema>;
export type Team = z.infer<typeof teamSchema>;
export type Helpline = z.infer<typeof helplineSchema>;
export type IncomeCriterion = z.infer<typeof incomeCriterionSchema>;
