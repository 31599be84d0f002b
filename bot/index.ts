export { createBot, type BotRuntime } from './createBot';
export { IntakeBot } from './intakeBot';
export { channelOf } from './channel';
export type { BotServices } from './services';
export { t } from './i18n';
