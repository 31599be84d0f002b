import { EventEmitter } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Express } from 'express';
import type { BotRuntime } from '../bot';
import type { ChannelAdapter } from '../channels';
import type { CentreConfig, Settings } from '../config';
import type { Database } from '../storage';

/** Events other parts of the server listen to (the worker desk pushes new intakes live). */
export interface AppEvents {
  on(event: 'record-saved', listener: (e: { id: string; status: string; urgent: boolean }) => void): this;
  emit(event: 'record-saved', e: { id: string; status: string; urgent: boolean }): boolean;
  on(event: 'conversation-forgotten', listener: (conversationId: string) => void): this;
  emit(event: 'conversation-forgotten', conversationId: string): boolean;
}

/** What every mounted part of the server (channels, worker desk) gets. */
export interface ServerContext {
  app: Express;
  server: Server;
  settings: Settings;
  /** Signs tokens that must survive a restart: SESSION_SECRET, or a random one kept in the database. */
  signingSecret: string;
  /**
   * The environment as read once at start-up, for the tunables of one part (DIRECTLINE_*, PHONE_*,
   * WORKER_*, DEMO_USERS; documented in .env.example). Parts read these, never process.env.
   */
  env: Readonly<Record<string, string | undefined>>;
  config: CentreConfig;
  db: Database;
  runtime: BotRuntime;
  adapter: ChannelAdapter;
  events: AppEvents & EventEmitter;
  /** Routes WebSocket upgrades for paths starting with `pathPrefix` to `handler`. */
  onUpgrade(pathPrefix: string, handler: UpgradeHandler): void;
  /** Called on close, in reverse order of registration. */
  onClose(fn: () => Promise<void> | void): void;
}

export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
