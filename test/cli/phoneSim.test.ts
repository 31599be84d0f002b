import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseTranscript, phoneSim } from '../../cli/phoneSim';
import { tempDir } from '../helpers/databases';
import { startTestServer } from '../channels/phone/server';

function sink(): { stream: Writable; text(): string } {
  let s = '';
  return {
    stream: new Writable({
      write(chunk, _enc, done) {
        s += String(chunk);
        done();
      },
    }),
    text: () => s,
  };
}

const CALL = `# A whole call as a gateway would transcribe it: no punctuation, no diacritics, numbers as words.
tak zaczynamy
nie mam na opal i nie mam co jesc
tak
mnie
anna kowalska
cztery cztery zero piec jeden cztery zero jeden trzy piec dziewiec
tak
ulica sloneczna piec dziewiecdziesiat dziewiec sto demowo
szescset jeden dwiescie dwadziescia dwa trzysta trzydziesci trzy
tak
dwie osoby
tysiac piecset zlotych
jeden
tak wysylam
`;

function file(content: string): string {
  const p = path.join(tempDir('pk-sim-'), 'call.txt');
  fs.writeFileSync(p, content);
  return p;
}

describe('phone-sim', () => {
  test('parses speech, confidence with alternatives, keys, silence, hang-up and the caller number', () => {
    expect(parseTranscript('!from +48601222333\n# x\ntak\n!speech 0.4 nie mam | nie mam na opal\n!dtmf 12#\n!silence\n!hangup\n')).toEqual([
      { kind: 'from', number: '+48601222333' },
      { kind: 'speech', text: 'tak', confidence: 1, alternatives: [] },
      { kind: 'speech', text: 'nie mam', confidence: 0.4, alternatives: ['nie mam na opal'] },
      { kind: 'dtmf', digits: '12#' },
      { kind: 'silence' },
      { kind: 'hangup' },
    ]);
    expect(() => parseTranscript('!dance')).toThrow(/line 1/);
  });

  test('plays a whole call on its own server and prints the replies, ending with the reference number', async () => {
    const out = sink();
    const err = sink();
    const code = await phoneSim([file(CALL)], out.stream, err.stream);
    expect(err.text()).toBe('');
    expect(code).toBe(0);
    const text = out.text();
    expect(text).toMatch(/^BOT: Dzień dobry!/);
    expect(text).toContain('DZWONIĄCY: tak zaczynamy');
    expect(text).toContain('Zapisuję numer telefonu: 601 222 333.');
    expect(text).toMatch(/BOT: .*PK-\d{4}-\d{6}/);
    expect(text.trim().endsWith('(rozłączenie)')).toBe(true);
  });

  test('against a running server (--url), with SSML, silence and hang-up', async () => {
    const server = await startTestServer();
    try {
      const out = sink();
      const code = await phoneSim([file('!from 601222333\ntak zaczynamy\n!speech 0.3 nie mam na opal | nie mam na opal i na czynsz\n!dtmf 2\n!silence\n!hangup\n'), '--url', server.app.url, '--ssml'], out.stream, sink().stream);
      expect(code).toBe(0);
      expect(out.text()).toContain('Czy dobrze słyszę: „nie mam na opal”?');
      expect(out.text()).toContain('DZWONIĄCY: [klawisze 2]');
      expect(out.text()).toContain('Nie słyszę odpowiedzi.');
      expect(out.text()).toContain('SSML: <speak ');
      const record = (await server.app.ctx.runtime.services.intakes.list()).find((r) => r.problem.description === 'nie mam na opal i na czynsz');
      expect(record?.callerNumber).toBe('601222333');
    } finally {
      await server.stop();
    }
  });

  test('usage errors exit with 2', async () => {
    const err = sink();
    expect(await phoneSim([], sink().stream, err.stream)).toBe(2);
    expect(err.text()).toContain('Użycie');
  });
});
