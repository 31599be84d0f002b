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

/** `test-2` is a second held-out set written later by another author, in other personas; never trained on. */
export function readCorpus(split: 'train' | 'test' | 'test-2'): LabelledUtterance[] {
  return readJsonl<LabelledUtterance>(join(DATA_DIR, `triage-${split}.jsonl`));
}
