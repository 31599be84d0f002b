import type { Readable, Writable } from 'node:stream';
import { crisisSuspicion, extract, triage, type Expect } from '../nlu';
import { mapJsonLines } from './jsonLines';

const EXPECTS = new Set<Expect>(['age', 'householdSize', 'monthlyIncome', 'phone', 'pesel', 'postalCode', 'birthDate', 'yesNo', 'name', 'address']);

function textOf(v: unknown): string {
  const text = (v as { text?: unknown })?.text;
  if (typeof text !== 'string') throw new Error('expected {"text": "..."}');
  return text;
}

export function triageLines(input: Readable, output: Writable): Promise<number> {
  return mapJsonLines(input, output, (v) => {
    const text = textOf(v);
    const r = triage(text);
    return {
      category: r.category,
      confidence: Math.round(r.confidence * 1000) / 1000,
      urgent: r.urgent,
      flags: r.flags,
      reasons: r.reasons,
      lowConfidence: r.lowConfidence,
      alternatives: r.alternatives,
      explanation: r.explanation,
      // Not urgent by the rules, but words hint at danger: the assistant asks its safety question.
      safetyQuestion: !r.urgent && crisisSuspicion(text).suspect,
    };
  });
}

export function extractLines(input: Readable, output: Writable): Promise<number> {
  return mapJsonLines(input, output, (v) => {
    const expect = (v as { expect?: unknown }).expect;
    if (expect !== undefined && !EXPECTS.has(expect as Expect)) throw new Error(`unknown expect: ${String(expect)}`);
    const { value, entities } = extract(textOf(v), expect as Expect | undefined);
    return { value, ...entities, pesel: entities.pesel?.pesel ?? null, peselInfo: entities.pesel ?? null };
  });
}
