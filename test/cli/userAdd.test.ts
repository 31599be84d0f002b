import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { DEMO_CENTRE } from '../../config';
import { openDatabase } from '../../storage';
import { UserRepository } from '../../storage/userRepository';
import { parseUserAddArgs, userAdd } from '../../cli/userAdd';
import { tempDir } from '../helpers/databases';

function run(args: string[], stdin: string, dbFile: string): Promise<{ code: number; stderr: string }> {
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const env = { DATABASE_URL: `sqlite://${dbFile}`, CENTRE_CONFIG: DEMO_CENTRE, WORKER_BCRYPT_ROUNDS: '4' } as NodeJS.ProcessEnv;
  return userAdd(args, { stdin: Readable.from([stdin]), stderr, env }).then((code) => ({ code, stderr: err }));
}

describe('npm run cli -- user add', () => {
  const dbFile = path.join(tempDir('pk-cli-'), 'pk.sqlite');

  test('arguments', () => {
    expect(parseUserAddArgs(['anna', '--role', 'team', '--team', 'swiadczenia', '--team=uslugi'])).toEqual({ login: 'anna', role: 'team', teams: ['swiadczenia', 'uslugi'] });
    expect(parseUserAddArgs(['anna', '--role', 'szef'])).toMatch(/--role/);
    expect(parseUserAddArgs(['anna', '--role', 'team'])).toMatch(/--team/);
    expect(parseUserAddArgs(['--role', 'admin'])).toMatch(/login/);
  });

  test('creates the first admin and a team member with the password from stdin; the password never reaches the output', async () => {
    const admin = await run(['admin', '--role', 'admin'], 'pierwsze-haslo-admina\n', dbFile);
    expect(admin.code).toBe(0);
    expect(admin.stderr).toContain('Utworzono konto admin');
    expect(admin.stderr).not.toContain('pierwsze-haslo-admina');
    const team = await run(['ewa.nowak', '--role', 'team', '--team', 'swiadczenia', '--team', 'uslugi'], 'haslo-ewy-12345\r\n', dbFile);
    expect(team.code).toBe(0);
    const db = await openDatabase(`sqlite://${dbFile}`);
    const users = new UserRepository(db.knex, 4);
    expect(await users.verify('admin', 'pierwsze-haslo-admina')).toMatchObject({ role: 'admin' });
    expect(await users.verify('ewa.nowak', 'haslo-ewy-12345')).toMatchObject({ role: 'team', teams: ['swiadczenia', 'uslugi'] });
    const audit = await db.knex('audit_log').where({ action: 'user.create' });
    expect(audit).toHaveLength(2);
    await db.close();
  });

  test('refuses an unknown team, a short password and a duplicate login', async () => {
    expect((await run(['x.y', '--role', 'team', '--team', 'nie_ma'], 'dlugie-haslo-123\n', dbFile)).stderr).toMatch(/nieznany zespół/);
    const short = await run(['krotki', '--role', 'admin'], 'abc\n', dbFile);
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/10/);
    expect((await run(['admin', '--role', 'admin'], 'inne-haslo-admina\n', dbFile)).stderr).toMatch(/exists/);
  });
});
