import { t } from '../../bot/i18n';

/**
 * What the phone channel itself says, from locales/pl/phone.json. The bot's own questions come from
 * the bot; these are only the telephone-specific additions around them.
 */
export const PHRASES = {
  get choicesIntro() { return t('phone:choicesIntro'); },
  get skipHint() { return t('phone:skipHint'); },
  get skipHintSpoken() { return t('phone:skipHintSpoken'); },
  get digitsHint() { return t('phone:digitsHint'); },
  confirmOne: (heard: string) => t('phone:confirmOne', { heard }),
  confirmTwo: (first: string, second: string) => t('phone:confirmTwo', { first, second }),
  get repeatPlease() { return t('phone:repeatPlease'); },
  get noInput() { return t('phone:noInput'); },
  get noSuchOption() { return t('phone:noSuchOption'); },
  get callbackCaller() { return t('phone:callbackCaller'); },
  get callbackNoNumber() { return t('phone:callbackNoNumber'); },
  get callerNumberAsk() { return t('phone:callerNumberAsk'); },
  get callerNumberKept() { return t('phone:callerNumberKept'); },
  get callEnded() { return t('phone:callEnded'); },
  /** Sent to the bot as if the caller said it: keeps what is known and flags it for a person. */
  get toHumanCommand() { return t('phone:toHumanCommand'); },
};
