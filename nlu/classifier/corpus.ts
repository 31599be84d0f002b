/** Reading the labelled triage corpus (nlu/data/*.jsonl). */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Category, ReasonCode } from '../types';

export interface LabelledUtterance {
  text: string;
  category: Category;
  reasons: ReasonCode[];
}

export const DATA_DIR = join(__dirname, '..', 'data');

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function readCorpus(split: 'train' | 'test'): LabelledUtterance[] {
  return readJsonl<LabelledUtterance>(join(DATA_DIR, `triage-${split}.jsonl`));
}
