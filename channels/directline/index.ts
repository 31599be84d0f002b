import type { ServerContext } from '../../server/context';
import { chatRoutes } from './chatPage';
import { directLineRoutes } from './routes';
import { DEFAULT_OPTIONS, DirectLineService, type DirectLineOptions } from './service';
import { mountStream } from './stream';

export { DirectLineService, DEFAULT_OPTIONS, type DirectLineOptions } from './service';
export { TokenService } from './tokens';

const services = new WeakMap<ServerContext, DirectLineService>();

/** The Direct Line service of a running server (tests and the benchmark look inside). */
export function directLineOf(ctx: ServerContext): DirectLineService | undefined {
  return services.get(ctx);
}

/**
 * Direct Line 3.0 (REST at /v3/directline + WebSocket streams) and the /chat page with Microsoft
 * Web Chat. Tunables come from the start-up environment (DIRECTLINE_IDLE_MINUTES, DIRECTLINE_MAX_ACTIVITIES,
 * DIRECTLINE_TOKEN_LIMIT_PER_MINUTE, DIRECTLINE_FLUSH_MS).
 */
export async function mountDirectLine(ctx: ServerContext, overrides: Partial<DirectLineOptions> = {}): Promise<DirectLineService> {
  const opts: DirectLineOptions = { ...DEFAULT_OPTIONS, ...fromEnv(ctx.env), ...overrides };
  const dl = new DirectLineService(ctx, opts);
  services.set(ctx, dl);
  ctx.app.use('/v3/directline', directLineRoutes(dl));
  ctx.app.use(chatRoutes(dl, ctx.config));
  mountStream(ctx, dl);
  dl.store.start();
  ctx.onClose(() => dl.close());
  return dl;
}

function fromEnv(env: Readonly<Record<string, string | undefined>>): Partial<DirectLineOptions> {
  const out: Partial<DirectLineOptions> = {};
  const num = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined);
  const idle = num(env.DIRECTLINE_IDLE_MINUTES);
  if (idle) out.idleMs = idle * 60_000;
  const max = num(env.DIRECTLINE_MAX_ACTIVITIES);
  if (max) out.maxActivities = max;
  const flush = env.DIRECTLINE_FLUSH_MS;
  if (flush && /^\d+$/.test(flush)) out.flushMs = Number(flush);
  const perMinute = num(env.DIRECTLINE_TOKEN_LIMIT_PER_MINUTE);
  if (perMinute) out.chatTokenLimit = { windowMs: 60_000, limit: perMinute };
  return out;
}
