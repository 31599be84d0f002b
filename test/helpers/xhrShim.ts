import http from 'node:http';

/**
 * Just enough XMLHttpRequest over node:http for rxjs 5's `ajax`, which botframework-directlinejs
 * uses for every REST call. Loopback test servers only; no cookies, no redirects, no progress.
 */
export class XhrShim {
  static readonly UNSENT = 0;
  static readonly OPENED = 1;
  static readonly DONE = 4;

  readyState = 0;
  status = 0;
  statusText = '';
  responseType = '';
  responseText = '';
  response: unknown = null;
  timeout = 0;
  withCredentials = false;
  onreadystatechange: ((e: unknown) => void) | null = null;
  onload: ((e: unknown) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  ontimeout: ((e: unknown) => void) | null = null;
  onabort: ((e: unknown) => void) | null = null;

  private method = 'GET';
  private url = '';
  private headers: Record<string, string> = {};
  private responseHeaders: http.IncomingHttpHeaders = {};
  private request: http.ClientRequest | null = null;
  private done = false;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
    this.readyState = 1;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }

  getResponseHeader(name: string): string | null {
    const v = this.responseHeaders[name.toLowerCase()];
    return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
  }

  getAllResponseHeaders(): string {
    return Object.entries(this.responseHeaders)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`)
      .join('\r\n');
  }

  send(body?: string | null): void {
    const payload = body == null ? undefined : Buffer.from(String(body));
    const headers = { ...this.headers, ...(payload ? { 'Content-Length': String(payload.length) } : {}) };
    const req = http.request(this.url, { method: this.method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        this.status = res.statusCode ?? 0;
        this.statusText = res.statusMessage ?? '';
        this.responseHeaders = res.headers;
        this.responseText = Buffer.concat(chunks).toString('utf8');
        if (this.responseType === 'json') {
          try {
            this.response = this.responseText ? JSON.parse(this.responseText) : null;
          } catch {
            this.response = null;
          }
        } else {
          this.response = this.responseText;
        }
        this.finish('load');
      });
    });
    this.request = req;
    if (this.timeout > 0) {
      req.setTimeout(this.timeout, () => {
        req.destroy();
        this.finish('timeout');
      });
    }
    req.on('error', () => this.finish('error'));
    if (payload) req.write(payload);
    req.end();
  }

  abort(): void {
    if (this.done) return;
    this.done = true;
    this.request?.destroy();
    this.readyState = 4;
    this.onabort?.({ type: 'abort' });
  }

  private finish(kind: 'load' | 'error' | 'timeout'): void {
    if (this.done) return;
    this.done = true;
    this.readyState = 4;
    const event = { type: kind, target: this };
    if (kind === 'timeout') this.ontimeout?.(event);
    else if (kind === 'error') this.onerror?.(event);
    this.onreadystatechange?.call(this, event);
    if (kind === 'load') this.onload?.(event);
  }
}

/** Makes `XMLHttpRequest` and `WebSocket` globals for code written for browsers. */
export function installBrowserGlobals(WebSocketImpl: unknown): () => void {
  const g = globalThis as Record<string, unknown>;
  const before = { XMLHttpRequest: g.XMLHttpRequest, WebSocket: g.WebSocket };
  g.XMLHttpRequest = XhrShim;
  g.WebSocket = WebSocketImpl;
  return () => {
    g.XMLHttpRequest = before.XMLHttpRequest;
    g.WebSocket = before.WebSocket;
  };
}
