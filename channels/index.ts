export { ChannelAdapter, type ActivitySink, type BotLike } from './channelAdapter';
