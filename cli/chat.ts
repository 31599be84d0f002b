export async function chat(_args: string[]): Promise<number> {
  return 2;
}
