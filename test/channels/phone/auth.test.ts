import { startTestServer } from './server';

describe('phone webhook token (PHONE_WEBHOOK_TOKEN)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    process.env.PHONE_WEBHOOK_TOKEN = 's3cret-token';
    server = await startTestServer();
  });
  afterAll(async () => {
    delete process.env.PHONE_WEBHOOK_TOKEN;
    await server.stop();
  });

  const start = (headers: Record<string, string>) =>
    fetch(`${server.app.url}/api/phone/calls`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ callId: `t-${Math.random()}`.replace('0.', '') }) });

  test('without the token the gateway is refused; Bearer and Basic (Twilio URL credentials) are accepted', async () => {
    expect((await start({})).status).toBe(401);
    expect((await start({ authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await start({ authorization: 'Bearer s3cret-token' })).status).toBe(200);
    expect((await start({ authorization: `Basic ${Buffer.from('twilio:s3cret-token').toString('base64')}` })).status).toBe(200);
    const twiml = await fetch(`${server.app.url}/api/phone/twiml/voice`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'CallSid=CA9' });
    expect(twiml.status).toBe(401);
  });
});
