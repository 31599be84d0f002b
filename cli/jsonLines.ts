import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/**
 * Reads JSON Lines and writes one JSON line per input line, in order. A line that is not valid
 * JSON gets `{"error": …}` in its place, so outputs stay aligned with inputs.
 */
export async function mapJsonLines(input: Readable, output: Writable, fn: (value: unknown) => unknown): Promise<number> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let out: unknown;
    try {
      out = fn(JSON.parse(line));
    } catch (e) {
      out = { error: (e as Error).message };
    }
    output.write(`${JSON.stringify(out)}\n`);
  }
  return 0;
}
