/** STUB: implemented with the phone channel. */
export async function phoneSim(_args: string[]): Promise<number> {
  process.stderr.write('phone-sim: not available yet\n');
  return 2;
}
