import type { Storage, StoreItems } from 'botbuilder';
import type { Knex } from 'knex';

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

  async write(changes: StoreItems): Promise<void> {
    const now = new Date().toISOString();
    await this.knex.transaction(async (trx) => {
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...value } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
        const json = JSON.stringify(value);
        const current: { etag: number } | undefined = await trx('bot_state').where({ key }).first('etag');
        if (!current) {
          await trx('bot_state').insert({ key, value: json, etag: 1, updated_at: now });
        } else if (!eTag || eTag === '*' || eTag === String(current.etag)) {
          await trx('bot_state').where({ key }).update({ value: json, etag: current.etag + 1, updated_at: now });
        } else {
          throw new Error(`Storage: eTag conflict for key ${key}`);
        }
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length) await this.knex('bot_state').whereIn('key', keys).delete();
  }
}
