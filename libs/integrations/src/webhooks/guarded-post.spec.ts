import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { judgeAttempt } from './attempt-verdict';
import { guardedPost, RESPONSE_EXCERPT_BYTES } from './guarded-post';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

describe('guardedPost (real HTTP)', () => {
  let server: Server;
  let handler: Handler;
  const hits: string[] = [];
  let port: number;

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      handler(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => (hits.length = 0));

  const post = (
    path: string,
    overrides: { allowPrivate?: boolean; timeoutMs?: number; host?: string } = {},
  ) =>
    guardedPost({
      url: `http://${overrides.host ?? '127.0.0.1'}:${port}${path}`,
      headers: { 'content-type': 'application/json' },
      body: '{"hello":1}',
      timeoutMs: overrides.timeoutMs ?? 2_000,
      allowPrivate: overrides.allowPrivate ?? true,
    });

  it('sends the body and keeps only the first KB of the answer', async () => {
    let received = '';
    handler = (req, res) => {
      req.on('data', (chunk) => (received += chunk));
      req.on('end', () => res.writeHead(200).end('x'.repeat(5000)));
    };
    const result = await post('/ok');
    expect(received).toBe('{"hello":1}');
    expect(result.statusCode).toBe(200);
    expect(result.responseExcerpt).toHaveLength(RESPONSE_EXCERPT_BYTES);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(judgeAttempt(result, new Date()).kind).toBe('delivered');
  });

  it('refuses a host name that resolves to loopback once DNS has answered', async () => {
    handler = (_req, res) => res.writeHead(200).end();
    // A host name passes the URL check (it cannot be judged before DNS); its resolved 127.0.0.1 is refused.
    const result = await guardedPost({
      url: `https://localhost:${port}/never`,
      headers: {},
      body: '{}',
      timeoutMs: 2_000,
      allowPrivate: false,
    });
    expect(result.statusCode).toBeNull();
    expect(result.error).toMatch(/forbidden address/);
    expect(hits).toEqual([]);
  });

  it('refuses a literal loopback address without the flag', async () => {
    const result = await guardedPost({
      url: `https://127.0.0.1:${port}/x`,
      headers: {},
      body: '{}',
      timeoutMs: 1000,
      allowPrivate: false,
    });
    expect(result.error).toMatch(/private, loopback/);
    expect(hits).toEqual([]);
  });

  it('does not follow redirects: a 3xx is a failed attempt', async () => {
    handler = (req, res) => res.writeHead(302, { location: '/elsewhere' }).end();
    const result = await post('/moved');
    expect(result.statusCode).toBe(302);
    expect(hits).toEqual(['/moved']);
    expect(judgeAttempt(result, new Date()).kind).toBe('failed');
  });

  it('gives up after the timeout', async () => {
    handler = (_req, res) => setTimeout(() => res.writeHead(200).end(), 1_000);
    const result = await post('/slow', { timeoutMs: 100 });
    expect(result.statusCode).toBeNull();
    expect(result.error).toBe('Timed out after 100 ms');
    expect(judgeAttempt(result, new Date()).kind).toBe('failed');
  });

  it('reads 410 as "endpoint gone" and 429 Retry-After as a delay floor', async () => {
    handler = (_req, res) => res.writeHead(410).end();
    expect(judgeAttempt(await post('/gone'), new Date())).toEqual({ kind: 'endpoint-gone' });
    handler = (_req, res) => res.writeHead(429, { 'retry-after': '7' }).end();
    expect(judgeAttempt(await post('/busy'), new Date())).toEqual({ kind: 'failed', retryAfterMs: 7_000 });
  });
});
