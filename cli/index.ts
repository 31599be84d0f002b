/**
 * `npm run cli -- <command>`. Commands whose stdout is data (triage, extract, intakes export) print
 * nothing else on stdout; messages for people go to stderr.
 */
const USAGE = `Użycie: npm run --silent cli -- <polecenie>
  chat                         rozmowa z botem w terminalu
  triage                       JSON Lines {"text"} na wejściu → kategoria, pilność
  extract                      JSON Lines {"text","expect"} na wejściu → wartości
  intakes export [--status S]  zgłoszenia jako JSON Lines (schemat z shared/contract)
  user add <login> --role R [--team T]  konto pracownika (hasło ze stdin)
  phone-sim FILE               odtwarza plik z transkrypcją rozmowy telefonicznej
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'chat':
      return (await import('./chat')).chat(rest);
    case 'triage':
      return (await import('./nluCommands')).triageLines(process.stdin, process.stdout);
    case 'extract':
      return (await import('./nluCommands')).extractLines(process.stdin, process.stdout);
    case 'intakes':
      if (rest[0] === 'export') return (await import('./exportIntakes')).exportIntakes(rest.slice(1), process.stdout);
      break;
    case 'user':
      if (rest[0] === 'add') return (await import('./userAdd')).userAdd(rest.slice(1));
      break;
    case 'phone-sim':
      return (await import('./phoneSim')).phoneSim(rest);
  }
  process.stderr.write(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  },
);

export {};
