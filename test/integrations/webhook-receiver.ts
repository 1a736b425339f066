/**
 * A webhook consumer on 127.0.0.1 for tests: records every request with its raw body, answers with
 * scripted status codes per path, and verifies signatures with the independent `standardwebhooks`
 * package (not our own code).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  payload: { type: string; version: number; timestamp: string; data: Record<string, unknown> };
}

/** A scripted answer: a status, or a status with headers (`Retry-After`). */
export type ScriptedAnswer = number | { status: number; headers: Record<string, string> };

export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly scripts = new Map<string, ScriptedAnswer[]>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookReceiver> {
    const server = createServer();
    const receiver = new WebhookReceiver(server);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '/';
        receiver.received.push({ path, headers: req.headers, body, payload: JSON.parse(body) });
        const answer = receiver.scripts.get(path)?.shift() ?? 200;
        const { status, headers } = typeof answer === 'number' ? { status: answer, headers: {} } : answer;
        res
          .writeHead(status, { 'content-type': 'text/plain', ...headers })
          .end(`answered ${status} to ${path}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  /** The next requests to `path` get these answers, in order; then 200 again. */
  respond(path: string, ...answers: ScriptedAnswer[]): void {
    this.scripts.set(path, [...(this.scripts.get(path) ?? []), ...answers]);
  }

  /** Forget the statuses still scripted for `path`. */
  reset(path: string): void {
    this.scripts.delete(path);
  }

  at(path: string, type?: string): ReceivedWebhook[] {
    return this.received.filter((hook) => hook.path === path && (!type || hook.payload.type === type));
  }

  /** Polls until `count` requests of that type reached `path` (deliveries are asynchronous). */
  async waitFor(path: string, type: string, count = 1, timeoutMs = 20_000): Promise<ReceivedWebhook[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.at(path, type).length < count) {
      if (Date.now() > deadline)
        throw new Error(`expected ${count} × ${type} at ${path}, got ${this.at(path, type).length}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return this.at(path, type);
  }

  /** True if the request verifies with this secret (signature, and timestamp within 5 minutes). */
  static verifies(hook: ReceivedWebhook, secret: string): boolean {
    try {
      new Webhook(secret).verify(hook.body, {
        'webhook-id': String(hook.headers['webhook-id']),
        'webhook-timestamp': String(hook.headers['webhook-timestamp']),
        'webhook-signature': String(hook.headers['webhook-signature']),
      });
      return true;
    } catch {
      return false;
    }
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
