import type { CentreConfig, Team } from '../config';
import type { Category } from '../nlu';

/** The team whose queue takes a category; information goes to the first-contact post's own queue unless a team takes it. */
export function teamFor(config: CentreConfig, category: Category): { code: string; name: string; rooms: string[] } {
  const team: Team | undefined = config.teams.find((t) => t.categories.includes(category));
  if (team) return { code: team.code, name: team.name, rooms: team.rooms };
  return { code: config.firstContact.code, name: config.firstContact.name, rooms: config.firstContact.room ? [config.firstContact.room] : [] };
}
