import type { CentreConfig } from '../config';
import type { IntakeRecord } from '../intake';
import type { User } from '../storage/userRepository';

/** Statuses a team works; `new` and `draft` belong to the first-contact post until it sends them on. */
export const TEAM_STATUSES = ['accepted', 'rerouted', 'closed'] as const;

/** Every queue code: the centre's teams plus the first-contact post's own queue. */
export function queueCodes(config: CentreConfig): string[] {
  return [...config.teams.map((t) => t.code), config.firstContact.code];
}

export function teamName(config: CentreConfig, code: string): string {
  if (code === config.firstContact.code) return config.firstContact.name;
  return config.teams.find((t) => t.code === code)?.name ?? code;
}

/** Queues a user may open. */
export function visibleQueues(config: CentreConfig, user: User): string[] {
  if (user.role === 'first_contact') return queueCodes(config);
  if (user.role === 'team') return user.teams.filter((t) => queueCodes(config).includes(t));
  return [];
}

/**
 * Who may see a record: the first-contact worker every record; a team member only records in their
 * teams' queues once sent there; the admin none (the admin manages accounts and reads the audit log).
 */
export function canSee(user: User, record: IntakeRecord): boolean {
  if (user.role === 'first_contact') return true;
  if (user.role === 'team') return user.teams.includes(record.team) && (TEAM_STATUSES as readonly string[]).includes(record.status);
  return false;
}
