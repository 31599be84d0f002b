import { loadCentre, loadSettings } from '../config';
import { startApp } from './app';

/** `npm start`: settings from the environment (.env), the centre config, then the server. */
async function main(): Promise<void> {
  const settings = loadSettings();
  const config = loadCentre(settings.CENTRE_CONFIG);
  const running = await startApp(settings, config);
  process.stdout.write(
    `Pierwszy Kontakt – ${config.name}\n` +
      `  czat:      ${running.url}/chat\n  kiosk:     ${running.url}/kiosk\n  pracownik: ${running.url}/worker\n`,
  );
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
});
