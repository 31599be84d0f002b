import request from 'supertest';
import type { RunningApp } from '../../server/app';
import { addUser, PASSWORD, startDesk } from './helpers';

describe('login rate limit per address (on top of the per-login lockout)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startDesk({ WORKER_LOGIN_RATE_LIMIT: '3', WORKER_LOCKOUT_ATTEMPTS: '5' });
    await addUser(app.ctx, 'pierwszy', 'first_contact');
  });
  afterAll(async () => {
    process.env.WORKER_LOGIN_RATE_LIMIT = '1000';
    await app.close();
  });

  test('guessing across many logins from one address is stopped with 429', async () => {
    const attempt = (login: string, password = 'zgadywane-haslo') => request(app.url).post('/worker/api/login').set('Content-Type', 'application/json').send({ login, password });
    expect((await attempt('a1')).status).toBe(401);
    expect((await attempt('a2')).status).toBe(401);
    expect((await attempt('a3')).status).toBe(401);
    expect((await attempt('a4')).status).toBe(429);
    expect((await attempt('pierwszy', PASSWORD)).status).toBe(429);
  });
});
