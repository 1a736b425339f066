import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { assertAllowedWebhookUrl, isForbiddenAddress } from './ssrf-guard';

export const RESPONSE_EXCERPT_BYTES = 1024;

export interface GuardedPostRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivate: boolean;
}

/** One attempt as the delivery log records it; `statusCode` is null when no HTTP answer came back. */
export interface GuardedPostResult {
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string;
  retryAfter?: string;
  error?: string;
}

/** Resolves, then refuses if any resolved address is forbidden: the socket connects only to what was checked. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = !allowPrivate && addresses.some((entry) => isForbiddenAddress(entry.address));
      if (refused || addresses.length === 0) {
        const failure = Object.assign(new Error(`${hostname} resolves to a forbidden address`), {
          code: 'EFORBIDDEN',
        });
        return callback(failure, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * POSTs once with no redirect following (a 3xx is just a failed attempt), a hard timeout, and only the
 * first KB of the answer kept for the delivery log.
 */
export function guardedPost(request: GuardedPostRequest): Promise<GuardedPostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  try {
    url = assertAllowedWebhookUrl(request.url, request.allowPrivate);
  } catch (error) {
    return Promise.resolve({
      statusCode: null,
      latencyMs: 0,
      responseExcerpt: '',
      error: (error as Error).message,
    });
  }
  const options: RequestOptions = {
    method: 'POST',
    headers: { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) },
    signal: AbortSignal.timeout(request.timeoutMs),
    lookup:
      isIP(url.hostname.replace(/^\[|\]$/g, '')) === 0 ? guardedLookup(request.allowPrivate) : undefined,
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(url, options, (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      res.on('data', (chunk: Buffer) => {
        if (kept < RESPONSE_EXCERPT_BYTES) {
          chunks.push(chunk.subarray(0, RESPONSE_EXCERPT_BYTES - kept));
          kept += Math.min(chunk.length, RESPONSE_EXCERPT_BYTES - kept);
        }
      });
      const finish = () =>
        resolve({
          statusCode: res.statusCode ?? null,
          latencyMs: elapsed(),
          responseExcerpt: Buffer.concat(chunks).toString('utf8'),
          retryAfter: typeof res.headers['retry-after'] === 'string' ? res.headers['retry-after'] : undefined,
        });
      res.on('end', finish);
      res.on('error', finish);
    });
    req.on('error', (error: Error & { code?: string }) => {
      const message =
        error.name === 'TimeoutError' || error.name === 'AbortError'
          ? `Timed out after ${request.timeoutMs} ms`
          : error.message;
      resolve({ statusCode: null, latencyMs: elapsed(), responseExcerpt: '', error: message });
    });
    req.end(request.body);
  });
}
