/** `npm run bench`: prints measured numbers; never a pass/fail test. */
async function main(): Promise<void> {
  process.stdout.write('Pierwszy Kontakt – benchmarks\n');
}
void main();

export {};
