import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Conversation, driveIntake } from '../helpers/conversation';

const SCHEMA = path.resolve(__dirname, '../../../shared/contract/intake-record.schema.json');
const ROOT = path.resolve(__dirname, '../..');

const hasSchema = fs.existsSync(SCHEMA);
if (!hasSchema) console.warn(`SKIPPED: contract schema not found at ${SCHEMA}`);

(hasSchema ? test : test.skip)('`cli intakes export` prints JSON Lines valid against the contract schema', async () => {
  const c = await Conversation.start();
  await driveIntake(c, {
    category: 'benefits',
    answers: { consent: 'Tak, zaczynamy', problem: 'Proszę o zasiłek celowy na opał', reporter: 'Mnie', name: 'Łucja Żak', identity: '44051401359', address: 'ul. Polna 1, 99-100 Demowo', phone: '601222333', householdSize: '3', income: '2000', benefitNeeds: 'Ubrania' },
  });
  // A second, abandoned conversation leaves a draft with no reporter yet.
  const d = new Conversation(c.config, c.dbFile, 'kiosk');
  await d.open();
  await d.join();
  await d.say('Tak, zaczynamy');
  await d.say('mama potrzebuje opiekunki, jest po udarze');
  await d.close();
  await c.close();

  const out = execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'cli/index.ts'), 'intakes', 'export'], {
    env: { ...process.env, DATABASE_URL: `sqlite://${c.dbFile}` },
    encoding: 'utf8',
  });
  const lines = out.trim().split('\n');
  expect(lines).toHaveLength(2);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
  const records = lines.map((l) => JSON.parse(l));
  for (const r of records) {
    const ok = validate(r);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  }
  const done = records.find((r) => r.status === 'new');
  expect(done.applicant.lastName).toBe('Żak');
  expect(done.transcript.length).toBeGreaterThan(10);
  expect(done.transcript[0]).toMatchObject({ from: 'bot' });
  const draft = records.find((r) => r.status === 'draft');
  expect(draft.channel).toBe('kiosk');

  const onlyDrafts = execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'cli/index.ts'), 'intakes', 'export', '--status', 'draft'], {
    env: { ...process.env, DATABASE_URL: `sqlite://${c.dbFile}` },
    encoding: 'utf8',
  });
  expect(onlyDrafts.trim().split('\n').map((l) => JSON.parse(l).status)).toEqual(['draft']);
});
