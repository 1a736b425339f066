import type { Clock } from '../common/clock';
import { parseRetryAfter } from '../webhooks/retry-schedule';
import { AGS_SCOPE, type AgsEndpointClaim } from '../lti/lti-claims';
import type { PlatformRegistration } from '../lti/platform-registration';
import { lineItemServiceUrl, scoreBody, type AgsScore } from './score';
import { ServiceTokenError, type ServiceTokenClient } from './service-token-client';

const MEDIA = {
  score: 'application/vnd.ims.lis.v1.score+json',
  lineItem: 'application/vnd.ims.lis.v2.lineitem+json',
  lineItemContainer: 'application/vnd.ims.lis.v2.lineitemcontainer+json',
  resultContainer: 'application/vnd.ims.lis.v2.resultcontainer+json',
} as const;

/** What happened to one score post, in the terms the grade-sync status needs (integrations.md §2). */
export type ScoreOutcome =
  | { kind: 'synced'; lineItemUrl: string }
  | { kind: 'superseded'; lineItemUrl: string }
  | { kind: 'permanent'; statusCode: number | null; reason: string }
  | { kind: 'retry'; statusCode: number | null; reason: string; retryAfterMs?: number };

/** Where a resource link's grades go: the stored line item, else whatever the launch's AGS claim allows. */
export interface LineItemTarget {
  ags: AgsEndpointClaim;
  resourceLinkId: string;
  /** The line item already resolved for this link, if any. */
  lineItemUrl?: string | null;
  label: string;
  scoreMaximum: number;
  resourceId: string;
}

export class AgsError extends Error {
  constructor(
    message: string,
    readonly outcome: Extract<ScoreOutcome, { kind: 'permanent' | 'retry' }>,
  ) {
    super(message);
  }
}

function classify(status: number, text: string, retryAfter: string | null, now: Date): ScoreOutcome {
  const reason = `HTTP ${status}: ${text.slice(0, 300)}`;
  if (status === 429 || status >= 500) {
    return {
      kind: 'retry',
      statusCode: status,
      reason,
      retryAfterMs: parseRetryAfter(retryAfter ?? undefined, now),
    };
  }
  return { kind: 'permanent', statusCode: status, reason };
}

/**
 * Each call has the service timeout, but line item paging has no fixed length: a whole score post
 * (token, line items, score, a token refresh, a re-resolve) gets the time of this many calls.
 */
const PUBLISH_CALL_BUDGET = 8;

/** Assignment and Grade Services client: line item resolution and score publishing. */
export class AgsClient {
  /** No request of a `publishScore` call is still running this long after it began. */
  readonly publishDeadlineMs: number;

  constructor(
    private readonly tokens: ServiceTokenClient,
    private readonly deps: { clock: Clock; timeoutMs: number },
  ) {
    this.publishDeadlineMs = deps.timeoutMs * PUBLISH_CALL_BUDGET;
  }

  /**
   * Sends a score, resolving the line item first when needed. A 404 on a stored line item means the
   * LMS deleted the column: resolve again once from the container and retry.
   */
  async publishScore(
    registration: PlatformRegistration,
    target: LineItemTarget,
    score: AgsScore,
  ): Promise<ScoreOutcome> {
    const deadline = AbortSignal.timeout(this.publishDeadlineMs);
    try {
      const lineItemUrl = target.lineItemUrl ?? (await this.resolveLineItem(registration, target, deadline));
      const first = await this.postScore(registration, lineItemUrl, score, deadline);
      if (first !== 'not-found') return first;
      if (!target.ags.lineitems) return { kind: 'permanent', statusCode: 404, reason: 'Line item not found' };
      const again = await this.resolveLineItem(
        registration,
        { ...target, ags: { ...target.ags, lineitem: undefined } },
        deadline,
      );
      const second = await this.postScore(registration, again, score, deadline);
      return second === 'not-found'
        ? { kind: 'permanent', statusCode: 404, reason: 'Line item not found twice' }
        : second;
    } catch (error) {
      if (error instanceof AgsError) return error.outcome;
      if (error instanceof ServiceTokenError) {
        return error.permanent
          ? { kind: 'permanent', statusCode: error.statusCode, reason: error.message }
          : { kind: 'retry', statusCode: error.statusCode, reason: error.message };
      }
      return { kind: 'retry', statusCode: null, reason: (error as Error).message };
    }
  }

  /** The claim's `lineitem`; else the container filtered by resource link; else a new line item. */
  private async resolveLineItem(
    registration: PlatformRegistration,
    target: LineItemTarget,
    deadline: AbortSignal,
  ): Promise<string> {
    if (target.ags.lineitem) return target.ags.lineitem;
    const container = target.ags.lineitems;
    if (!container) {
      throw new AgsError('No line item', {
        kind: 'permanent',
        statusCode: null,
        reason: 'The launch carries no AGS line item or container',
      });
    }
    const scopes = [AGS_SCOPE.lineItem];
    let next: string | null = withQuery(container, { resource_link_id: target.resourceLinkId });
    while (next) {
      const response = await this.call(
        registration,
        scopes,
        next,
        { headers: { accept: MEDIA.lineItemContainer } },
        deadline,
      );
      const items = (await response.json()) as { id?: string; resourceLinkId?: string }[];
      const match = items.find((item) => item.resourceLinkId === target.resourceLinkId && item.id);
      if (match?.id) return match.id;
      next = nextLink(response.headers.get('link'));
    }
    const created = await this.call(
      registration,
      scopes,
      container,
      {
        method: 'POST',
        headers: { 'content-type': MEDIA.lineItem, accept: MEDIA.lineItem },
        body: JSON.stringify({
          label: target.label,
          scoreMaximum: target.scoreMaximum,
          resourceId: target.resourceId,
          resourceLinkId: target.resourceLinkId,
        }),
      },
      deadline,
    );
    const item = (await created.json()) as { id?: string };
    if (!item.id)
      throw new AgsError('Created line item has no id', {
        kind: 'permanent',
        statusCode: created.status,
        reason: 'Line item without id',
      });
    return item.id;
  }

  /** Reconciliation: what the LMS currently holds for this line item. */
  async results(registration: PlatformRegistration, lineItemUrl: string): Promise<unknown[]> {
    const response = await this.call(
      registration,
      [AGS_SCOPE.resultReadOnly],
      lineItemServiceUrl(lineItemUrl, 'results'),
      { headers: { accept: MEDIA.resultContainer } },
      AbortSignal.timeout(this.deps.timeoutMs),
    );
    return (await response.json()) as unknown[];
  }

  private async postScore(
    registration: PlatformRegistration,
    lineItemUrl: string,
    score: AgsScore,
    deadline: AbortSignal,
  ): Promise<ScoreOutcome | 'not-found'> {
    const response = await this.send(
      registration,
      [AGS_SCOPE.score],
      lineItemServiceUrl(lineItemUrl, 'scores'),
      {
        method: 'POST',
        headers: { 'content-type': MEDIA.score },
        body: scoreBody(score),
      },
      deadline,
    );
    if (response.ok) return { kind: 'synced', lineItemUrl };
    // Moodle: "Refusing score with an earlier timestamp": a newer score already won.
    if (response.status === 409) return { kind: 'superseded', lineItemUrl };
    if (response.status === 404) return 'not-found';
    return classify(
      response.status,
      await response.text(),
      response.headers.get('retry-after'),
      this.deps.clock.now(),
    );
  }

  /** A service call that must succeed (2xx), else AgsError with the classified outcome. */
  private async call(
    registration: PlatformRegistration,
    scopes: string[],
    url: string,
    init: RequestInit,
    deadline: AbortSignal,
  ): Promise<Response> {
    const response = await this.send(registration, scopes, url, init, deadline);
    if (!response.ok) {
      const outcome = classify(
        response.status,
        await response.text(),
        response.headers.get('retry-after'),
        this.deps.clock.now(),
      );
      throw new AgsError(
        `AGS call failed with ${response.status}`,
        outcome as Extract<ScoreOutcome, { kind: 'permanent' | 'retry' }>,
      );
    }
    return response;
  }

  /**
   * Bearer-authenticated request; a 401 refreshes the token and retries exactly once. Nothing starts
   * or keeps running past `deadline`.
   */
  private async send(
    registration: PlatformRegistration,
    scopes: string[],
    url: string,
    init: RequestInit,
    deadline: AbortSignal,
  ): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      const token = await this.tokens.token(registration, scopes, deadline);
      const response = await fetch(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
        redirect: 'error',
        signal: AbortSignal.any([AbortSignal.timeout(this.deps.timeoutMs), deadline]),
      });
      if (response.status !== 401 || attempt === 2) return response;
      await response.body?.cancel();
      this.tokens.invalidate(registration, scopes);
    }
  }
}

function withQuery(url: string, params: Record<string, string>): string {
  const parsed = new URL(url);
  for (const [name, value] of Object.entries(params)) parsed.searchParams.set(name, value);
  return parsed.toString();
}

/** `Link: <https://…?page=2>; rel="next"` paging. */
function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match) return match[1];
  }
  return null;
}
