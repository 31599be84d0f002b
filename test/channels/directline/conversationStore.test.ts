import { MemoryStorage } from 'botbuilder';
import { ConversationStore, type StreamListener } from '../../../channels/directline/conversationStore';

function listener(): StreamListener & { sets: { activities: { n: number }[]; watermark: string }[]; closed: boolean } {
  const l = {
    sets: [] as { activities: { n: number }[]; watermark: string }[],
    closed: false,
    send: (s: string) => l.sets.push(JSON.parse(s)),
    close: () => {
      l.closed = true;
    },
  };
  return l;
}

describe('ConversationStore', () => {
  test('a forgotten conversation keeps its watermarks but none of its words, in memory and in storage', async () => {
    const storage = new MemoryStorage();
    const store = new ConversationStore(storage, { idleMs: 60_000, flushMs: 1 });
    const c = store.create('gone', 'dl_u');
    store.append(c, { type: 'message', id: 'gone|1', text: 'Mam na imię Anna, PESEL 44051401359' });
    await store.flushAll();
    await store.forget('gone');
    await store.flushAll();
    expect(store.since(c, 0)).not.toContain('Anna');
    expect(JSON.parse(store.since(c, 0)).activities).toEqual([{ type: 'event', name: 'erased', id: 'gone|1' }]);
    expect(JSON.stringify(await storage.read(['pk-directline/gone/0']))).not.toContain('Anna');
  });

  test('watermarks count activities; a stream gets the backlog after its watermark, then live ones', () => {
    const store = new ConversationStore(null, { idleMs: 60_000, flushMs: 0 });
    const c = store.create('c1', 'dl_u');
    for (let n = 1; n <= 3; n++) expect(store.append(c, { n })).toBe(n);
    const l = listener();
    store.subscribe(c, l, 1);
    store.append(c, { n: 4 });
    store.pushEphemeral(c, { type: 'typing' } as never);
    expect(l.sets.map((s) => s.watermark)).toEqual(['3', '4', '4']);
    expect(l.sets[0].activities.map((a) => a.n)).toEqual([2, 3]);
    expect(JSON.parse(store.since(c, 0)).activities).toHaveLength(4);
    expect(JSON.parse(store.since(c, 99)).activities).toHaveLength(0);
  });

  test('idle conversations without a stream are evicted; ones with an open stream stay', async () => {
    let now = 0;
    const store = new ConversationStore(null, { idleMs: 1000, flushMs: 0, now: () => now });
    store.create('idle', 'u');
    const busy = store.create('busy', 'u');
    store.subscribe(busy, listener(), 0);
    now = 5000;
    expect(await store.sweep()).toBe(1);
    expect(await store.get('idle')).toBeUndefined();
    expect(await store.get('busy')).toBe(busy);
  });

  test('activity lists survive a restart through storage, chunk by chunk, and are forgotten on eviction', async () => {
    const storage = new MemoryStorage();
    let now = 0;
    const first = new ConversationStore(storage, { idleMs: 1000, flushMs: 0, now: () => now });
    const c = first.create('c1', 'dl_u');
    first.markStarted(c);
    for (let n = 1; n <= 20; n++) first.append(c, { n });
    await first.flush();
    for (let n = 21; n <= 40; n++) first.append(c, { n });
    await first.close();

    const second = new ConversationStore(storage, { idleMs: 1000, flushMs: 0, now: () => now });
    const back = (await second.get('c1'))!;
    expect(back).toMatchObject({ userId: 'dl_u', started: true });
    expect(back.activities.map((a) => JSON.parse(a).n)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    now = 10_000;
    await second.sweep();
    const third = new ConversationStore(storage, { idleMs: 1000, flushMs: 0 });
    expect(await third.get('c1')).toBeUndefined();
  });

  test('close() closes open streams', async () => {
    const store = new ConversationStore(null, { idleMs: 1000, flushMs: 0 });
    const l = listener();
    store.subscribe(store.create('c', 'u'), l, 0);
    await store.close();
    expect(l.closed).toBe(true);
  });
});
