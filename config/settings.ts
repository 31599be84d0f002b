import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEMO_CENTRE } from './loadCentre';

/** Process settings, read once from the environment (and .env when present). */
const settingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().default('sqlite://./data/pierwszy-kontakt.sqlite'),
  CENTRE_CONFIG: z.string().default(DEMO_CENTRE),
  DIRECTLINE_SECRET: z.string().optional(),
  SESSION_SECRET: z.string().optional(),
  /** Express "trust proxy" (e.g. "loopback" or "1") when a reverse proxy sits in front. */
  TRUST_PROXY: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Settings = z.infer<typeof settingsSchema>;

export function loadSettings(env: NodeJS.ProcessEnv = process.env, envFile = path.resolve('.env')): Settings {
  if (env === process.env && fs.existsSync(envFile)) process.loadEnvFile(envFile);
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid settings:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
