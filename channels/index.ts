export { ChannelAdapter, type ActivitySink, type BotLike, type IncomingActivity } from './channelAdapter';
