import type { CentreConfig } from '../config';
import { isWorkingDay } from './workingDays';

/** Centres are in Poland: calendar days and opening hours are Warsaw time, whatever the server's zone. */
const ZONE = 'Europe/Warsaw';
const PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export interface LocalTime {
  /** The Warsaw calendar day as a Date at UTC midnight (what the working-day arithmetic uses). */
  day: Date;
  /** Minutes since Warsaw midnight. */
  minutes: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
}

export function warsawTime(at: Date): LocalTime {
  const p = Object.fromEntries(PARTS.formatToParts(at).map((x) => [x.type, x.value]));
  const day = new Date(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)));
  return { day, minutes: Number(p.hour) * 60 + Number(p.minute), weekday: ((day.getUTCDay() + 6) % 7) + 1 };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const WEEKDAYS = ['', 'w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'w sobotę', 'w niedzielę'];

/**
 * When the centre can next act on an urgent matter, in words: "dzisiaj" while it is open, otherwise
 * "jutro od 7:30", "w poniedziałek od 7:30" or "2.01 od 8:00" (public holidays skipped).
 */
export function nextOpening(config: CentreConfig, at: Date): { openNow: boolean; text: string } {
  const now = warsawTime(at);
  for (let offset = 0; offset < 15; offset++) {
    const day = new Date(now.day.getTime() + offset * 86_400_000);
    const weekday = ((day.getUTCDay() + 6) % 7) + 1;
    if (!isWorkingDay(day) && weekday <= 5) continue;
    const hours = config.openingHours.weekly.filter((w) => w.day === weekday).sort((a, b) => a.open.localeCompare(b.open));
    for (const h of hours) {
      if (offset === 0 && now.minutes >= toMinutes(h.close)) continue;
      if (offset === 0 && now.minutes >= toMinutes(h.open)) return { openNow: true, text: 'dzisiaj' };
      const from = `od ${h.open.replace(/^0/, '')}`;
      if (offset === 0) return { openNow: false, text: `dzisiaj ${from}` };
      if (offset === 1) return { openNow: false, text: `jutro ${from}` };
      if (offset < 7) return { openNow: false, text: `${WEEKDAYS[weekday]} ${from}` };
      return { openNow: false, text: `${day.getUTCDate()}.${String(day.getUTCMonth() + 1).padStart(2, '0')} ${from}` };
    }
  }
  return { openNow: false, text: 'w najbliższym dniu pracy ośrodka' };
}
