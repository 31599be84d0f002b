import { Caller, startTestServer } from './server';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.stop());

/** What Twilio posts: form-urlencoded. */
async function twilio(path: string, form: Record<string, string>): Promise<{ status: number; type: string; body: string }> {
  const res = await fetch(`${server.app.url}/api/phone/twiml${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

describe('TwiML adapter', () => {
  test('an incoming call is answered with a Polish <Gather> for speech and keys, and a redirect on silence', async () => {
    const res = await twilio('/voice', { CallSid: 'CA0001', From: '+48601222333', CallStatus: 'ringing' });
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/xml/);
    expect(res.body).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?><Response><Gather input="speech dtmf" language="pl-PL" action="\/api\/phone\/twiml\/gather" method="POST" speechTimeout="auto" timeout="7" numDigits="1"><Say language="pl-PL">Dzień dobry!.*<\/Say><\/Gather><Redirect method="POST">\/api\/phone\/twiml\/no-input<\/Redirect><\/Response>$/s,
    );
    expect(res.body).toContain('1 – Tak, zaczynamy');
  });

  test('SpeechResult, Confidence and Digits drive the same conversation; text is XML-escaped', async () => {
    await twilio('/voice', { CallSid: 'CA0002', From: '+48601222333' });
    const problem = await twilio('/gather', { CallSid: 'CA0002', Digits: '1' });
    expect(problem.body).toContain('W czym możemy pomóc');
    expect(problem.body).not.toContain('numDigits');
    const unsure = await twilio('/gather', { CallSid: 'CA0002', SpeechResult: 'mam problem z "urzedem" & pismem <pilne>', Confidence: '0.31' });
    expect(unsure.body).toContain('Czy dobrze słyszę: „mam problem z &quot;urzedem&quot; &amp; pismem &lt;pilne&gt;”?');
    expect(unsure.body).not.toMatch(/<pilne>/);
    const confirmed = await twilio('/gather', { CallSid: 'CA0002', SpeechResult: 'tak', Confidence: '0.92' });
    expect(confirmed.body).toMatch(/<Gather /);
    const record = (await server.app.ctx.runtime.services.intakes.list()).find((r) => r.conversationId === 'CA0002');
    expect(record?.problem.description).toBe('mam problem z "urzedem" & pismem <pilne>');
  });

  test('a number question waits for digits and #', async () => {
    const caller = new Caller(server.app.url, 'CA0003');
    await caller.start();
    for (const s of ['tak zaczynamy', 'nie mam na opal', 'tak', 'mnie']) await caller.say(s);
    const res = await twilio('/gather', { CallSid: 'CA0003', SpeechResult: 'anna kowalska', Confidence: '0.9' });
    expect(res.body).toContain('finishOnKey="#" numDigits="11"');
  });

  test('silence twice hangs up with <Hangup/>; the status callback ends the call', async () => {
    await twilio('/voice', { CallSid: 'CA0004', From: '+48601222333' });
    const once = await twilio('/no-input', { CallSid: 'CA0004' });
    expect(once.body).toContain('Nie słyszę odpowiedzi.');
    expect(once.body).toContain('<Gather');
    const twice = await twilio('/gather', { CallSid: 'CA0004' });
    expect(twice.body).toMatch(/<Say language="pl-PL">[^<]*<\/Say><Hangup\/><\/Response>$/);
    const status = await twilio('/status', { CallSid: 'CA0004', CallStatus: 'completed' });
    expect(status.status).toBe(204);
  });

  test('a request without CallSid is refused', async () => {
    expect((await twilio('/voice', { From: '+48601222333' })).status).toBe(400);
  });
});
