/** The NLU surface the dialogs and channels use. Pure functions; no I/O after the model loads. */
export * from './types';
export { normalise, foldDiacritics } from './normalise';
export { detectCrisis } from './crisis';
export { triage, loadTriageModel } from './triage';
export { detectReasons } from './reasons';
export { extract, extractEntities } from './entities';
export { parsePesel } from './pesel';
export { matchCommand } from './commands';
export { matchChoice } from './choices';
export { informationTopic } from './information';
