import fs from 'node:fs';
import path from 'node:path';
import { centreSchema, type CentreConfig } from './schema';

export const CENTRES_DIR = path.join(__dirname, 'centres');
export const DEMO_CENTRE = path.join(CENTRES_DIR, 'demo.json');

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Validates a parsed centre configuration; the error names every bad key by its path. */
export function parseCentre(raw: unknown, source = 'centre config'): CentreConfig {
  const result = centreSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigError(`Invalid ${source}:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function loadCentre(file: string = DEMO_CENTRE): CentreConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(`Cannot read centre config ${file}: ${(e as Error).message}`);
  }
  return parseCentre(raw, file);
}
