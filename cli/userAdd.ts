/** STUB: implemented with the worker desk. */
export async function userAdd(_args: string[]): Promise<number> {
  process.stderr.write('user add: not available yet\n');
  return 2;
}
