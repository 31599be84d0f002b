import fs from 'node:fs';
import path from 'node:path';
import { CENTRES_DIR, ConfigError, loadCentre, parseCentre } from '../../config';

const demo = () => JSON.parse(fs.readFileSync(path.join(CENTRES_DIR, 'demo.json'), 'utf8'));

test.each(fs.readdirSync(CENTRES_DIR))('shipped centre %s is valid', (file) => {
  const c = loadCentre(path.join(CENTRES_DIR, file));
  expect(c.teams.length).toBeGreaterThan(0);
  expect(c.helplines.some((h) => h.number === '112')).toBe(true);
});

test('Krasnystaw matches its reorganisation: room 122, merged social work and services', () => {
  const c = loadCentre(path.join(CENTRES_DIR, 'krasnystaw.json'));
  expect(c.firstContact.room).toBe('122');
  expect(c.openingHours.weekly[0]).toEqual({ day: 1, open: '07:30', close: '15:30' });
  expect(c.teams.find((t) => t.categories.includes('care_services'))).toMatchObject({ rooms: ['111', '102'], categories: ['social_work', 'care_services'] });
  expect(c.teams.find((t) => t.categories.includes('benefits'))?.rooms).toEqual(['114', '116']);
});

test('errors name the bad key', () => {
  const bad = demo();
  bad.teams[1].code = bad.teams[0].code;
  bad.teams = bad.teams.filter((t: { categories: string[] }) => !t.categories.includes('care_services'));
  bad.openingHours.weekly[0].open = '7.30';
  bad.address.postalCode = '99100';
  expect(() => parseCentre(bad, 'test.json')).toThrow(ConfigError);
  try {
    parseCentre(bad, 'test.json');
  } catch (e) {
    const msg = (e as Error).message;
    expect(msg).toContain('teams.1.code: duplicate team code');
    expect(msg).toContain('no team takes category "care_services"');
    expect(msg).toContain('openingHours.weekly.0.open');
    expect(msg).toContain('address.postalCode');
  }
});

test('an unreadable file is a clear error', () => {
  expect(() => loadCentre('/nonexistent/centre.json')).toThrow(/Cannot read centre config/);
});
