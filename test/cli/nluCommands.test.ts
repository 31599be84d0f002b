import path from 'node:path';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(__dirname, '../..');
/** Runs `npm run --silent cli -- <command>` the way a caller does: JSON Lines in, stdout captured. */
function cli(command: string, lines: unknown[]): string {
  return execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'cli/index.ts'), command], {
    input: `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: 'sqlite://:memory:' },
  });
}

test('`cli triage`: one JSON line per input, in order, nothing else on stdout; bad lines answered in place', () => {
  const out = cli('triage', [{ text: 'mąż mnie bije' }, 'to nie jest json', { text: 'mama po udarze, potrzebujemy opiekunki' }, { text: 'nie mam na opał' }]);
  const lines = out.trim().split('\n').map((l) => JSON.parse(l));
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatchObject({ category: 'social_work', urgent: true, flags: ['violence'], reasons: expect.arrayContaining(['domestic_violence']) });
  expect(typeof lines[0].confidence).toBe('number');
  expect(lines[1]).toHaveProperty('error');
  expect(lines[2]).toMatchObject({ category: 'care_services', urgent: false });
  expect(lines[3]).toMatchObject({ category: 'benefits' });
});

test('`cli extract`: the expected entity as `value`, spoken and written forms alike', () => {
  const out = cli('extract', [
    { text: 'siedemdziesiąt dziewięć', expect: 'age' },
    { text: 'szescset jeden dwiescie dwadziescia dwa trzysta trzydziesci trzy', expect: 'phone' },
    { text: '44051401358', expect: 'pesel' },
    { text: 'zero pięć pięćset', expect: 'postalCode' },
    { text: '15 marca 1952', expect: 'birthDate' },
    { text: 'mieszkam z żoną i dwójką dzieci', expect: 'householdSize' },
    { text: 'tysiąc dwieście złotych', expect: 'monthlyIncome' },
    { text: 'no tak', expect: 'yesNo' },
  ]);
  const values = out.trim().split('\n').map((l) => JSON.parse(l).value);
  expect(values).toEqual([79, '601222333', null, '05-500', '1952-03-15', 4, 1200, 'yes']);
});
