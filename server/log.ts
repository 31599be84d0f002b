/**
 * Error logging without personal data: only where it happened and the error's class and code.
 * Messages are never logged — a database error's message may carry the values of a query (a PESEL,
 * a description of violence), a JSON error a fragment of what a resident typed.
 */
export function logError(area: string, err: unknown): void {
  const e = err as { name?: unknown; code?: unknown } | null;
  const name = typeof e?.name === 'string' ? e.name : typeof err;
  const code = typeof e?.code === 'string' || typeof e?.code === 'number' ? ` (${String(e.code)})` : '';
  process.stderr.write(`${new Date().toISOString()} error in ${area}: ${name}${code}\n`);
}
