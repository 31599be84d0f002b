/** The NLU surface the dialogs and channels use. Pure functions; no I/O after the model loads. */
export * from './types';
export { normalise, foldDiacritics, cleanText } from './normalise';
export { numbersIn, digitRuns, monthNumber, type NumberToken, type DigitRun } from './numbers';
export { detectCrisis, crisisSuspicion, type CrisisSuspicion } from './crisis';
export { triage, loadTriageModel } from './triage';
export { detectReasons } from './reasons';
export { extract, extractEntities } from './entities';
export { parsePesel, peselCheckDigit } from './pesel';
export { matchCommand } from './commands';
export { matchChoice } from './choices';
export { informationTopic } from './information';
