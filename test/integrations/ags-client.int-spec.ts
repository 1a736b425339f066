import {
  AgsClient,
  AGS_SCOPE,
  generateToolKey,
  gradedScore,
  importSigningKey,
  nextScoreTimestamp,
  ServiceTokenClient,
  systemClock,
  type LineItemTarget,
  type PlatformRegistration,
} from '@loopgrade/integrations';
import { FakePlatform } from './fake-platform';

describe('AGS client against a fake platform', () => {
  let platform: FakePlatform;
  let registration: PlatformRegistration;
  let tokens: ServiceTokenClient;
  let ags: AgsClient;
  let lineItemUrl: string;
  let target: LineItemTarget;

  beforeAll(async () => {
    platform = await FakePlatform.start();
    const toolKey = await generateToolKey(new Date(), 'active');
    platform.toolJwks = { keys: [toolKey.publicJwk] };
    registration = {
      id: 'registration-1',
      ...platform.registration,
    };
    const signingKey = { kid: toolKey.kid, key: importSigningKey(toolKey) };
    tokens = new ServiceTokenClient({
      clock: systemClock,
      signingKey: async () => signingKey,
      timeoutMs: 2_000,
    });
    // Generous: a platform on this machine answers in milliseconds, but CI machines have slow moments.
    ags = new AgsClient(tokens, { clock: systemClock, timeoutMs: 5_000 });
  });
  afterAll(() => platform.stop());

  beforeEach(() => {
    lineItemUrl = platform.addLineItem({
      label: 'Quiz',
      scoreMaximum: 10,
      resourceLinkId: `link-${Math.random()}`,
    });
    target = {
      ags: {
        scope: [AGS_SCOPE.score, AGS_SCOPE.lineItem],
        lineitem: lineItemUrl,
        lineitems: platform.urls.lineItems,
      },
      resourceLinkId: 'unused',
      label: 'Quiz',
      scoreMaximum: 10,
      resourceId: 'exercise-1',
    };
  });

  const score = (points: number, at = new Date()) => gradedScore('lms-student-1', points, 10, at);
  const scoresFor = (url: string) =>
    platform.scores.filter((s) => platform.lineItemUrl(s.lineItemId) === url);

  it('obtains a token with a JWT assertion in form encoding and posts to /scores before ?type_id=', async () => {
    const outcome = await ags.publishScore(registration, target, score(7));
    expect(outcome).toEqual({ kind: 'synced', lineItemUrl });
    const [recorded] = scoresFor(lineItemUrl);
    expect(recorded.query).toBe('?type_id=3');
    expect(recorded.body).toMatchObject({
      userId: 'lms-student-1',
      scoreGiven: 7,
      scoreMaximum: 10,
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
    });
    expect(String(recorded.body.timestamp)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const tokenRequest = platform.tokenRequests.at(-1)!;
    expect(tokenRequest.get('grant_type')).toBe('client_credentials');
    expect(tokenRequest.get('scope')).toBe(AGS_SCOPE.score);
  });

  it('reuses the cached token for later scores', async () => {
    await ags.publishScore(registration, target, score(1));
    const before = platform.tokenRequests.length;
    await ags.publishScore(registration, target, score(2, new Date(Date.now() + 5)));
    expect(platform.tokenRequests.length).toBe(before);
  });

  it("treats Moodle's 409 on a stale timestamp as superseded, and bumps colliding timestamps by 1 ms", async () => {
    const at = new Date();
    expect((await ags.publishScore(registration, target, score(9, at))).kind).toBe('synced');
    expect(await ags.publishScore(registration, target, score(3, at))).toEqual({
      kind: 'superseded',
      lineItemUrl,
    });
    const bumped = nextScoreTimestamp(at, at);
    expect(bumped.getTime()).toBe(at.getTime() + 1);
    expect((await ags.publishScore(registration, target, score(4, bumped))).kind).toBe('synced');
    expect(scoresFor(lineItemUrl).map((s) => s.body.scoreGiven)).toEqual([9, 4]);
  });

  it('reports 5xx and 429 as retryable with Retry-After, then succeeds when the platform recovers', async () => {
    platform.failNext(
      'scores',
      { status: 503, body: 'maintenance' },
      { status: 429, headers: { 'retry-after': '30' } },
    );
    expect(await ags.publishScore(registration, target, score(5))).toMatchObject({
      kind: 'retry',
      statusCode: 503,
    });
    expect(await ags.publishScore(registration, target, score(5, new Date(Date.now() + 1)))).toMatchObject({
      kind: 'retry',
      statusCode: 429,
      retryAfterMs: 30_000,
    });
    expect((await ags.publishScore(registration, target, score(5, new Date(Date.now() + 2)))).kind).toBe(
      'synced',
    );
  });

  it('reports a timeout as retryable', async () => {
    const impatient = new AgsClient(tokens, { clock: systemClock, timeoutMs: 300 });
    platform.failNext('scores', { status: 200, delayMs: 1_000 });
    expect(await impatient.publishScore(registration, target, score(5))).toMatchObject({
      kind: 'retry',
      statusCode: null,
    });
  });

  it('refreshes the token once after a 401 and succeeds', async () => {
    await ags.publishScore(registration, target, score(1));
    platform.revokeTokens();
    const before = platform.tokenRequests.length;
    expect((await ags.publishScore(registration, target, score(2, new Date(Date.now() + 1)))).kind).toBe(
      'synced',
    );
    expect(platform.tokenRequests.length).toBe(before + 1);
  });

  it('stores the reason of a 422 as a permanent failure', async () => {
    platform.failNext('scores', {
      status: 422,
      body: '{"errors":"User not found in course or is not a student"}',
    });
    const outcome = await ags.publishScore(registration, target, score(5));
    expect(outcome).toMatchObject({ kind: 'permanent', statusCode: 422 });
    expect(outcome.kind === 'permanent' && outcome.reason).toContain('User not found in course');
  });

  it('treats token invalid_client as permanent', async () => {
    tokens.invalidate(registration, [AGS_SCOPE.score]);
    platform.failNext('token', { status: 400, body: '{"error":"invalid_client"}' });
    expect(await ags.publishScore(registration, target, score(5))).toMatchObject({
      kind: 'permanent',
      statusCode: 400,
    });
  });

  it('resolves the line item from the container by resource link, across pages', async () => {
    platform.pageSize = 1;
    try {
      const resourceLinkId = `paged-${Math.random()}`;
      platform.addLineItem({ label: 'Other', scoreMaximum: 5, resourceLinkId: `${resourceLinkId}-other` });
      const wanted = platform.addLineItem({ label: 'Quiz', scoreMaximum: 10, resourceLinkId });
      const outcome = await ags.publishScore(
        registration,
        { ...target, resourceLinkId, ags: { scope: [], lineitems: platform.urls.lineItems } },
        score(6),
      );
      expect(outcome).toEqual({ kind: 'synced', lineItemUrl: wanted });
    } finally {
      platform.pageSize = 10;
    }
  });

  it('creates a line item when the resource link has none', async () => {
    const resourceLinkId = `new-${Math.random()}`;
    const outcome = await ags.publishScore(
      registration,
      { ...target, resourceLinkId, ags: { scope: [], lineitems: platform.urls.lineItems } },
      score(8),
    );
    expect(outcome.kind).toBe('synced');
    const created = [...platform.lineItems.values()].find((item) => item.resourceLinkId === resourceLinkId);
    expect(created).toMatchObject({ label: 'Quiz', scoreMaximum: 10, resourceId: 'exercise-1' });
  });

  it('re-resolves once when the stored line item was deleted (404)', async () => {
    const resourceLinkId = `deleted-${Math.random()}`;
    const replacement = platform.addLineItem({ label: 'Quiz', scoreMaximum: 10, resourceLinkId });
    const gone = `${platform.origin}/courses/1/lineitems/9999/lineitem?type_id=3`;
    const outcome = await ags.publishScore(
      registration,
      { ...target, resourceLinkId, lineItemUrl: gone },
      score(6),
    );
    expect(outcome).toEqual({ kind: 'synced', lineItemUrl: replacement });
  });

  it('reads results back for reconciliation', async () => {
    await ags.publishScore(registration, target, score(7));
    const results = await ags.results(registration, lineItemUrl);
    expect(results).toEqual([
      expect.objectContaining({ userId: 'lms-student-1', resultScore: 7, resultMaximum: 10 }),
    ]);
  });
});
