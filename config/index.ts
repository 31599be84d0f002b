export * from './schema';
export { loadCentre, parseCentre, ConfigError, CENTRES_DIR, DEMO_CENTRE } from './loadCentre';
export { loadSettings, type Settings } from './settings';
