import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { startApp, type RunningApp } from '../../../server/app';
export { answerFor, REFERENCE, BENEFITS_BY_STEP as BENEFITS_ANSWERS, type Pk } from '../../helpers/intakeScript';
import { DEMO_CENTRE, loadCentre, type Settings } from '../../../config';

/** The real server on a random loopback port and a temp SQLite file. */
export async function startTestServer(extra: Partial<Settings> = {}): Promise<RunningApp & { dbFile: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-dl-'));
  const dbFile = path.join(dir, 'pk.sqlite');
  const app = await startApp(
    { PORT: 0, HOST: '127.0.0.1', DATABASE_URL: `sqlite://${dbFile}`, CENTRE_CONFIG: DEMO_CENTRE, LOG_LEVEL: 'silent', ...extra } as Settings,
    loadCentre(),
  );
  return Object.assign(app, { dbFile });
}
