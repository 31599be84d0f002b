import type { CentreConfig } from '../config';
import type { UserRepository } from '../storage/userRepository';

/**
 * Demo accounts, created only when DEMO_USERS=1 and the database has no users at all — never by
 * default. The password is the same for all three (DEMO_PASSWORD, default "demo-haslo-123").
 */
export async function createDemoUsers(users: UserRepository, config: CentreConfig, env: Readonly<Record<string, string | undefined>>): Promise<string[]> {
  if ((await users.count()) > 0) return [];
  const password = env.DEMO_PASSWORD && env.DEMO_PASSWORD.length >= 10 ? env.DEMO_PASSWORD : 'demo-haslo-123';
  const created = [
    await users.create({ login: 'admin', password, role: 'admin' }),
    await users.create({ login: 'pierwszy', password, role: 'first_contact' }),
    await users.create({ login: 'zespol', password, role: 'team', teams: config.teams.map((t) => t.code) }),
  ];
  return created.map((u) => u.login);
}
