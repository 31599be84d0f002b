import type { Channel } from '../intake';

/** Bot Framework channel ids → the record's channel. Direct Line and Web Chat are the web chat. */
export function channelOf(channelId: string | undefined): Channel {
  switch (channelId) {
    case 'kiosk':
      return 'kiosk';
    case 'phone':
    case 'twilio':
    case 'telephony':
      return 'phone';
    default:
      return 'webchat';
  }
}
