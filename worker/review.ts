import type { CentreConfig } from '../config';
import { addWorkingDays, isWorkingDay, type IntakeRecord } from '../intake';
import { wt } from './i18n';
import type { DeskRecord } from './desk';

export interface Warning {
  code: 'missingPesel' | 'missingPhone' | 'incomeAbove' | 'outsideTerritory' | 'duplicate' | 'missing' | 'skipped' | 'humanRequested' | 'urgent';
  text: string;
  /** For duplicates: the other record. */
  otherId?: string;
}

/** What the reviewing worker should notice before sending a record on. */
export function warningsFor(record: IntakeRecord, config: CentreConfig, duplicates: IntakeRecord[]): Warning[] {
  const w: Warning[] = [];
  const add = (code: Warning['code'], params: Record<string, unknown> = {}, otherId?: string) =>
    w.push({ code, text: wt(`warning.${code}`, params), ...(otherId ? { otherId } : {}) });
  if (record.urgency.urgent) add('urgent', { flags: record.urgency.flags.map((f) => wt(`flag.${f}`)).join(', ') || '—' });
  if (!record.applicant.pesel && record.reporter !== 'third_party') add('missingPesel');
  if (!record.applicant.phone && !record.reporterContact?.phone) add('missingPhone');
  if (record.income.belowCriterion === false) add('incomeAbove', { perPerson: record.income.perPerson, criterion: record.income.criterion });
  if (record.territory.inside === false) add('outsideTerritory', { gmina: config.territory.gmina });
  for (const d of duplicates) {
    if ((d as DeskRecord).desk?.mergedInto === record.id) continue;
    add('duplicate', { reference: d.reference, date: d.createdAt.slice(0, 10), status: wt(`status.${d.status}`) }, d.id);
  }
  const steps = (ids: string[]) => ids.map((id) => wt(`step.${id}`, { defaultValue: id })).join(', ');
  if (record.missing.length) add('missing', { fields: steps(record.missing) });
  if (record.skipped.length) add('skipped', { fields: steps(record.skipped) });
  if (record.humanRequested) add('humanRequested');
  return w;
}

/** The statutory deadline for the community interview: the record's own, else from its creation date and the centre's working-day rules. */
export function deadlineOf(record: IntakeRecord, config: CentreConfig): string {
  if (record.dueBy) return record.dueBy;
  const n = record.urgency.urgent ? config.deadlines.urgentWorkingDays : config.deadlines.normalWorkingDays;
  return addWorkingDays(new Date(record.createdAt), n);
}

/** Working days from today to the deadline: 0 on the day itself, negative once overdue. */
export function workingDaysLeft(deadline: string, today: Date): number {
  const start = today.toISOString().slice(0, 10);
  if (start === deadline) return 0;
  const sign = start < deadline ? 1 : -1;
  let d = new Date(`${start}T00:00:00Z`);
  let n = 0;
  while (d.toISOString().slice(0, 10) !== deadline) {
    d = new Date(d.getTime() + sign * 86_400_000);
    if (isWorkingDay(d)) n += sign;
    if (Math.abs(n) > 400) break;
  }
  return n;
}
