import type { Writable } from 'node:stream';
export async function exportIntakes(_args: string[], _out: Writable): Promise<number> {
  return 2;
}
