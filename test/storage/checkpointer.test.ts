import fs from 'node:fs';
import path from 'node:path';
import { KnexStorage, openDatabase } from '../../storage';
import { tempDir } from '../helpers/databases';

// The WAL is checkpointed in the background on a connection of its own (storage/database.ts), so no
// resident's turn pays for a checkpoint's fsync; the bot's own connection never checkpoints by itself
// below the safety net.
describe('SQLite WAL checkpointer', () => {
  const dir = tempDir('pk-ckpt-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the bot connection leaves checkpoints to the checkpointer; frames written are checkpointed within seconds; close empties the WAL and keeps the data', async () => {
    const file = path.join(dir, 'ckpt.sqlite');
    const db = await openDatabase(`sqlite://${file}`);
    let closed = false;
    try {
      expect((await db.knex.raw('PRAGMA wal_autocheckpoint'))[0].wal_autocheckpoint).toBe(20000);
      const storage = new KnexStorage(db.knex);
      for (let i = 0; i < 200; i++) await storage.write({ [`k${i}`]: { v: 'x'.repeat(2000), i } });
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(400_000);
      // Until a checkpoint, the rows live only in the WAL; the checkpointer copies them into the file.
      const before = fs.statSync(file).size;
      await new Promise((r) => setTimeout(r, 2600));
      expect(fs.statSync(file).size - before).toBeGreaterThan(400_000);
      await db.close();
      closed = true;
      expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
      const again = await openDatabase(`sqlite://${file}`);
      expect((await new KnexStorage(again.knex).read(['k199'])).k199).toMatchObject({ i: 199 });
      await again.close();
    } finally {
      // An open pool would keep jest waiting after a failed expectation.
      if (!closed) await db.close();
    }
  });
});
