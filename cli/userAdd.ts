import type { Readable, Writable } from 'node:stream';
import { loadCentre, loadSettings } from '../config';
import { openDatabase } from '../storage';
import { AuditLog } from '../storage/auditLog';
import { ROLES, UserRepository, type Role } from '../storage/userRepository';

const USAGE = 'Użycie: npm run cli -- user add <login> --role first_contact|team|admin [--team KOD ...]  (hasło ze stdin)\n';

export function parseUserAddArgs(args: string[]): { login: string; role: Role; teams: string[] } | string {
  let login: string | null = null;
  let role: string | null = null;
  const teams: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--role') role = args[++i] ?? null;
    else if (a.startsWith('--role=')) role = a.slice(7);
    else if (a === '--team') teams.push(...(args[++i] ?? '').split(',').filter(Boolean));
    else if (a.startsWith('--team=')) teams.push(...a.slice(7).split(',').filter(Boolean));
    else if (!a.startsWith('--') && login === null) login = a;
    else return `nieznany argument: ${a}`;
  }
  if (!login) return 'brak loginu';
  if (!role || !ROLES.includes(role as Role)) return `--role: jedna z ${ROLES.join(', ')}`;
  if (role === 'team' && teams.length === 0) return 'rola team wymaga co najmniej jednego --team';
  if (role !== 'team' && teams.length > 0) return '--team tylko dla roli team';
  return { login, role: role as Role, teams };
}

/** The first line of stdin (a pipe or a terminal); never echoed, never logged. */
async function readPassword(input: Readable): Promise<string> {
  let data = '';
  for await (const chunk of input) {
    data += chunk.toString('utf8');
    if (data.includes('\n')) break;
  }
  return data.split(/\r?\n/)[0];
}

/**
 * `npm run cli -- user add <login> --role R [--team T ...]`: creates a worker account on the database of
 * DATABASE_URL; team codes are checked against the centre config (CENTRE_CONFIG). Password from stdin:
 *   printf '%s\n' 'dlugie-haslo-123' | npm run cli -- user add anna --role team --team swiadczenia
 */
export async function userAdd(
  args: string[],
  io: { stdin: Readable; stderr: Writable; env?: NodeJS.ProcessEnv } = { stdin: process.stdin, stderr: process.stderr },
): Promise<number> {
  const parsed = parseUserAddArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`user add: ${parsed}\n${USAGE}`);
    return 2;
  }
  const settings = loadSettings(io.env ?? process.env);
  const config = loadCentre(settings.CENTRE_CONFIG);
  const codes = [...config.teams.map((t) => t.code), config.firstContact.code];
  const unknown = parsed.teams.filter((t) => !codes.includes(t));
  if (unknown.length) {
    io.stderr.write(`user add: nieznany zespół: ${unknown.join(', ')} (dostępne: ${codes.join(', ')})\n`);
    return 2;
  }
  if (process.stdin === io.stdin && process.stdin.isTTY) io.stderr.write('Hasło (min. 10 znaków), Enter: ');
  const password = await readPassword(io.stdin);
  const db = await openDatabase(settings.DATABASE_URL);
  try {
    const rounds = Number((io.env ?? process.env).WORKER_BCRYPT_ROUNDS) || 12;
    const users = new UserRepository(db.knex, Math.max(4, rounds));
    const user = await users.create({ login: parsed.login, password, role: parsed.role, teams: parsed.teams });
    await new AuditLog(db.knex).record('cli', 'user.create', null, { after: { login: user.login, role: user.role, teams: user.teams } });
    io.stderr.write(`Utworzono konto ${user.login} (${user.role}${user.teams.length ? `: ${user.teams.join(', ')}` : ''}).\n`);
    return 0;
  } catch (e) {
    io.stderr.write(`user add: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await db.close();
  }
}
