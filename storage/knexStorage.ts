import type { Storage, StoreItems } from 'botbuilder';
import { randomInt } from 'node:crypto';
import type { Knex } from 'knex';

/**
 * A new item's eTag starts at a random number, not 1: after a delete and a fresh write, a writer still
 * holding the old item's eTag must not match the new one (MemoryStorage gets this from one global counter).
 */
const firstETag = (): number => 1 + randomInt(1 << 30);

/**
 * Bot Framework state storage on knex, so a conversation survives a restart of the process.
 * Honours eTags like MemoryStorage: a write with a stale eTag fails instead of overwriting newer state.
 */
export class KnexStorage implements Storage {
  constructor(private readonly knex: Knex) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const rows: { key: string; value: string; etag: number }[] = await this.knex('bot_state').whereIn('key', keys);
    const items: StoreItems = {};
    for (const r of rows) items[r.key] = { ...JSON.parse(r.value), eTag: String(r.etag) };
    return items;
  }

  /**
   * One statement per conditional item and one upsert for all unconditional ones: this runs on every
   * turn and on every Direct Line flush, and SQLite has a single connection, so a write that reads
   * before it writes makes every other turn wait twice as long.
   */
  async write(changes: StoreItems): Promise<void> {
    const now = new Date().toISOString();
    const blind: { key: string; value: string; etag: number; updated_at: string }[] = [];
    const guarded: { key: string; value: string; eTag: string }[] = [];
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
      const json = JSON.stringify(value);
      if (!eTag || eTag === '*') blind.push({ key, value: json, etag: firstETag(), updated_at: now });
      else guarded.push({ key, value: json, eTag });
    }
    const run = async (q: Knex | Knex.Transaction) => {
      for (const g of guarded) {
        const etag = Number(g.eTag);
        const n = Number.isInteger(etag) ? await q('bot_state').where({ key: g.key, etag }).update({ value: g.value, etag: etag + 1, updated_at: now }) : 0;
        if (n) continue;
        // Not updated: either the item is gone (write it afresh, as MemoryStorage does) or someone was first.
        const current: { etag: number } | undefined = await q('bot_state').where({ key: g.key }).first('etag');
        if (current) throw new Error(`Storage: eTag conflict for key ${g.key}`);
        await q('bot_state').insert({ key: g.key, value: g.value, etag: firstETag(), updated_at: now });
      }
      if (blind.length) {
        // Rows in key order: two processes upserting overlapping keys on PostgreSQL then lock them in
        // the same order and cannot deadlock.
        blind.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        await q('bot_state')
          .insert(blind)
          .onConflict('key')
          .merge({ value: q.raw('excluded.value'), etag: q.raw('bot_state.etag + 1'), updated_at: q.raw('excluded.updated_at') });
      }
    };
    // A lone upsert is atomic by itself; anything else shares a transaction so a conflict leaves nothing half-written.
    if (guarded.length === 0 && blind.length > 0) await run(this.knex);
    else await this.knex.transaction(run);
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length) await this.knex('bot_state').whereIn('key', keys).delete();
  }
}
