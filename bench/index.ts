import os from 'node:os';
import { benchDirectLine } from './directline';
import { benchNlu } from './nlu';

/** `npm run bench`: prints measured numbers; never a pass/fail test. `npm run bench -- nlu` runs one part. */
async function main(args: string[]): Promise<void> {
  const only = new Set(args);
  const want = (name: string) => only.size === 0 || only.has(name);
  process.stdout.write(
    `Pierwszy Kontakt – benchmarks (${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, load ${os.loadavg()[0].toFixed(2)})\n\n`,
  );
  if (want('nlu')) await benchNlu();
  if (want('directline')) await benchDirectLine();
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (e: Error) => {
    process.stderr.write(`${e.stack ?? e.message}\n`);
    process.exit(1);
  },
);
