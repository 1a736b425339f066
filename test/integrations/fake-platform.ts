/**
 * A fake LTI 1.3 platform (an LMS) on 127.0.0.1, built from node:http + jose, after the pattern of
 * 1EdTech's lti-1-3-php-example-tool `src/web/platform/`. It signs real id_tokens, serves its JWKS,
 * runs an OAuth token endpoint that verifies our client assertions against our JWKS, hosts AGS line
 * items whose URLs end in `?type_id=3` (as Moodle's do) and records scores. Failure switches let a
 * test make any endpoint misbehave on purpose.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';

const C = 'https://purl.imsglobal.org/spec/lti/claim/';
const R = 'http://purl.imsglobal.org/vocab/lis/v2/';
const AGS = 'https://purl.imsglobal.org/spec/lti-ags/scope/';
export const ROLE = {
  learner: `${R}membership#Learner`,
  instructor: `${R}membership#Instructor`,
  testUser: 'http://purl.imsglobal.org/vocab/lti/system/person#TestUser',
};

export interface FakeUser {
  sub: string;
  name: string;
  email: string;
  roles: string[];
}

export interface CannedResponse {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Hold the answer this long (to provoke client timeouts). */
  delayMs?: number;
}

export interface RecordedScore {
  lineItemId: number;
  query: string;
  body: Record<string, unknown>;
}

interface PlatformKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

interface LineItem {
  id: number;
  label: string;
  scoreMaximum: number;
  resourceId?: string;
  resourceLinkId?: string;
}

export interface SignOptions {
  alg?: 'RS256' | 'none' | 'HS256';
  /** Sign with a key the platform never published, under the published kid. */
  foreignKey?: boolean;
}

async function newPlatformKey(): Promise<PlatformKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = `platform-${randomUUID()}`;
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function b64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export class FakePlatform {
  readonly clientId = `client-${randomBytes(4).toString('hex')}`;
  readonly deploymentId = 'deployment-1';
  /** Where our tool's JWKS lives; the token endpoint verifies assertions with it. */
  toolJwksUrl = '';
  /** Alternatively a fixed tool key set (pure tests without an API). */
  toolJwks: { keys: JWK[] } | null = null;
  /** The exact `redirect_uri` the tool registered; `/auth` refuses anything else. */
  redirectUri = '';
  /** The tool's launch URL, sent as the target_link_uri claim. */
  targetLinkUri = '';
  readonly users = new Map<string, FakeUser>([
    [
      'student-1',
      { sub: 'lms-student-1', name: 'Ada Student', email: 'ada@school.test', roles: [ROLE.learner] },
    ],
    [
      'student-2',
      { sub: 'lms-student-2', name: 'Ben Student', email: 'ben@school.test', roles: [ROLE.learner] },
    ],
    [
      'teacher-1',
      { sub: 'lms-teacher-1', name: 'Tess Teacher', email: 'tess@school.test', roles: [ROLE.instructor] },
    ],
    [
      'test-user',
      {
        sub: 'lms-test-student',
        name: 'Test Student',
        email: 'test@school.test',
        roles: [ROLE.learner, ROLE.testUser],
      },
    ],
  ]);
  /** Extra claims merged into the next id_tokens issued by `/auth` (custom parameters, resource link…). */
  launchClaims: JWTPayload = {};
  /** Let a test tamper with tokens issued by `/auth`. */
  signOptions: SignOptions = {};
  readonly scores: RecordedScore[] = [];
  readonly tokenRequests: URLSearchParams[] = [];
  jwksFetches = 0;
  readonly lineItems = new Map<number, LineItem>();
  /** Page size of the line item container (Link rel="next" paging). */
  pageSize = 10;
  private readonly failures = { scores: [] as CannedResponse[], token: [] as CannedResponse[] };
  private readonly issuedTokens = new Map<string, string[]>();
  private readonly usedJtis = new Set<string>();
  private readonly lastTimestamps = new Map<string, number>();
  private keys: PlatformKey[] = [];
  private nextLineItemId = 1;
  private toolKeySet: JWTVerifyGetKey | null = null;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakePlatform> {
    const server = createServer();
    const platform = new FakePlatform(server);
    platform.keys = [await newPlatformKey()];
    server.on('request', (req, res) => {
      platform.route(req, res).catch((error: Error) => platform.send(res, 500, { error: error.message }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return platform;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Moodle-style: the issuer is the site URL. */
  get issuer(): string {
    return this.origin;
  }

  get urls() {
    return {
      auth: `${this.origin}/auth`,
      token: `${this.origin}/token`,
      jwks: `${this.origin}/jwks`,
      lineItems: `${this.origin}/courses/1/lineitems`,
    };
  }

  /** What a tool stores when an administrator registers this platform. */
  get registration() {
    return {
      issuer: this.issuer,
      clientId: this.clientId,
      authLoginUrl: this.urls.auth,
      accessTokenUrl: this.urls.token,
      jwksUrl: this.urls.jwks,
      deploymentIds: [this.deploymentId],
    };
  }

  lineItemUrl(id: number): string {
    return `${this.origin}/courses/1/lineitems/${id}/lineitem?type_id=3`;
  }

  addLineItem(item: Omit<LineItem, 'id'>): string {
    const id = this.nextLineItemId++;
    this.lineItems.set(id, { ...item, id });
    return this.lineItemUrl(id);
  }

  /** Queue canned answers; each request to that endpoint consumes one before normal handling resumes. */
  failNext(endpoint: 'scores' | 'token', ...responses: CannedResponse[]): void {
    this.failures[endpoint].push(...responses);
  }

  /** Publish a new signing key and drop the old one, as a platform rotating keys does. */
  async rotateKey(): Promise<void> {
    this.keys = [await newPlatformKey()];
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Standard launch claims for a user; `overrides` replace or (with undefined) remove claims. */
  launchPayload(user: FakeUser, nonce: string, overrides: JWTPayload = {}): JWTPayload {
    const payload: JWTPayload = {
      sub: user.sub,
      name: user.name,
      email: user.email,
      nonce,
      azp: this.clientId,
      [`${C}message_type`]: 'LtiResourceLinkRequest',
      [`${C}version`]: '1.3.0',
      [`${C}deployment_id`]: this.deploymentId,
      [`${C}target_link_uri`]: this.targetLinkUri,
      [`${C}resource_link`]: { id: 'resource-link-1', title: 'Event loop quiz' },
      [`${C}roles`]: user.roles,
      [`${C}context`]: { id: 'course-1', label: 'JS101', title: 'Asynchronous JavaScript' },
      [`${C}launch_presentation`]: { document_target: 'iframe', return_url: `${this.origin}/return` },
      'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint': {
        scope: [`${AGS}lineitem`, `${AGS}result.readonly`, `${AGS}score`],
        lineitems: this.urls.lineItems,
      },
      ...this.launchClaims,
      ...overrides,
    };
    for (const [name, value] of Object.entries(payload)) if (value === undefined) delete payload[name];
    return payload;
  }

  /** Signs an id_token valid for 5 minutes from `now` unless the payload says otherwise. */
  async signIdToken(payload: JWTPayload, options: SignOptions = {}, now = new Date()): Promise<string> {
    const key = this.keys[0];
    const issuedAt = Math.floor(now.getTime() / 1000);
    const claims: JWTPayload = {
      iss: this.issuer,
      aud: this.clientId,
      iat: issuedAt,
      exp: issuedAt + 300,
      ...payload,
    };
    for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
    if (options.alg === 'none') return `${b64url({ alg: 'none', kid: key.kid })}.${b64url(claims)}.`;
    if (options.alg === 'HS256') {
      return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: key.kid }).sign(randomBytes(32));
    }
    const signer = options.foreignKey ? (await generateKeyPair('RS256')).privateKey : key.privateKey;
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' }).sign(signer);
  }

  private send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    if (res.headersSent) return;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(text);
  }

  private async canned(endpoint: 'scores' | 'token', res: ServerResponse): Promise<boolean> {
    const failure = this.failures[endpoint].shift();
    if (!failure) return false;
    if (failure.delayMs) await new Promise((resolve) => setTimeout(resolve, failure.delayMs));
    this.send(res, failure.status, failure.body ?? '{}', failure.headers);
    return true;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const body = await readBody(req);
    if (req.method === 'GET' && url.pathname === '/jwks') return this.jwks(res);
    if (req.method === 'GET' && url.pathname === '/auth') return this.authorize(url, res);
    if (req.method === 'POST' && url.pathname === '/token') return this.token(req, body, res);
    if (url.pathname === '/courses/1/lineitems') return this.lineItemContainer(req, url, body, res);
    const item = /^\/courses\/1\/lineitems\/(\d+)\/lineitem(\/scores|\/results)?$/.exec(url.pathname);
    if (item) {
      if (url.searchParams.get('type_id') !== '3')
        return this.send(res, 400, { error: 'type_id query parameter lost' });
      const lineItem = this.lineItems.get(Number(item[1]));
      if (!lineItem) return this.send(res, 404, { error: 'No such line item' });
      if (item[2] === '/scores' && req.method === 'POST') return this.score(req, url, lineItem, body, res);
      if (item[2] === '/results' && req.method === 'GET') return this.results(req, lineItem, res);
      if (!item[2] && req.method === 'GET') return this.send(res, 200, this.describe(lineItem));
    }
    this.send(res, 404, { error: `No route ${req.method} ${url.pathname}` });
  }

  private jwks(res: ServerResponse): void {
    this.jwksFetches++;
    this.send(res, 200, { keys: this.keys.map((key) => key.publicJwk) });
  }

  /** The OIDC authorization endpoint; answers with what a browser would auto-post to the tool. */
  private async authorize(url: URL, res: ServerResponse): Promise<void> {
    const q = url.searchParams;
    const problems: string[] = [];
    const expect = (name: string, value: string) =>
      q.get(name) !== value && problems.push(`${name}=${q.get(name)}`);
    expect('scope', 'openid');
    expect('response_type', 'id_token');
    expect('response_mode', 'form_post');
    expect('prompt', 'none');
    expect('client_id', this.clientId);
    expect('redirect_uri', this.redirectUri);
    for (const name of ['state', 'nonce', 'login_hint']) if (!q.get(name)) problems.push(`${name} missing`);
    const user = this.users.get(q.get('login_hint') ?? '');
    if (!user) problems.push('unknown login_hint');
    if (problems.length > 0 || !user) return this.send(res, 400, { error: 'invalid_request', problems });
    const idToken = await this.signIdToken(this.launchPayload(user, q.get('nonce')!), this.signOptions);
    this.send(res, 200, { action: this.redirectUri, id_token: idToken, state: q.get('state') });
  }

  private async token(req: IncomingMessage, body: string, res: ServerResponse): Promise<void> {
    if (req.headers['content-type'] !== 'application/x-www-form-urlencoded')
      return this.send(res, 400, { error: 'invalid_request' });
    const form = new URLSearchParams(body);
    this.tokenRequests.push(form);
    if (await this.canned('token', res)) return;
    if (form.get('grant_type') !== 'client_credentials')
      return this.send(res, 400, { error: 'unsupported_grant_type' });
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') {
      return this.send(res, 400, { error: 'invalid_request' });
    }
    try {
      this.toolKeySet ??= this.toolJwks
        ? createLocalJWKSet(this.toolJwks)
        : createRemoteJWKSet(new URL(this.toolJwksUrl));
      const { payload } = await jwtVerify(form.get('client_assertion') ?? '', this.toolKeySet, {
        algorithms: ['RS256'],
        issuer: this.clientId,
        subject: this.clientId,
        audience: this.urls.token,
        requiredClaims: ['exp', 'iat', 'jti'],
      });
      if ((payload.exp ?? 0) - (payload.iat ?? 0) > 300) throw new Error('assertion lives too long');
      if (this.usedJtis.has(payload.jti!)) throw new Error('jti replayed');
      this.usedJtis.add(payload.jti!);
    } catch (error) {
      return this.send(res, 400, { error: 'invalid_client', error_description: (error as Error).message });
    }
    const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
    const accessToken = randomBytes(16).toString('hex');
    this.issuedTokens.set(accessToken, scopes);
    this.send(res, 200, {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: 3600,
      scope: scopes.join(' '),
    });
  }

  /** Revoke every issued token, so the next service call gets a 401 (token refresh tests). */
  revokeTokens(): void {
    this.issuedTokens.clear();
  }

  private authorized(req: IncomingMessage, scope: string): boolean {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    return token !== undefined && (this.issuedTokens.get(token) ?? []).includes(scope);
  }

  private describe(item: LineItem) {
    return {
      id: this.lineItemUrl(item.id),
      label: item.label,
      scoreMaximum: item.scoreMaximum,
      resourceId: item.resourceId,
      resourceLinkId: item.resourceLinkId,
    };
  }

  private lineItemContainer(req: IncomingMessage, url: URL, body: string, res: ServerResponse): void {
    if (!this.authorized(req, `${AGS}lineitem`)) return this.send(res, 401, { error: 'invalid_token' });
    if (req.method === 'POST') {
      const item = JSON.parse(body) as Omit<LineItem, 'id'>;
      if (!item.label || !(item.scoreMaximum > 0))
        return this.send(res, 400, { error: 'label and scoreMaximum are required' });
      const id = this.nextLineItemId++;
      this.lineItems.set(id, { ...item, id });
      return this.send(res, 201, this.describe(this.lineItems.get(id)!));
    }
    const filter = url.searchParams.get('resource_link_id');
    const all = [...this.lineItems.values()].filter((item) => !filter || item.resourceLinkId === filter);
    const page = Number(url.searchParams.get('page') ?? '0');
    const slice = all.slice(page * this.pageSize, (page + 1) * this.pageSize);
    const headers: Record<string, string> = {};
    if ((page + 1) * this.pageSize < all.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next}>; rel="next"`;
    }
    this.send(
      res,
      200,
      slice.map((item) => this.describe(item)),
      headers,
    );
  }

  /** Moodle's gradebookservices scores.php rules, plus the AGS required fields. */
  private async score(
    req: IncomingMessage,
    url: URL,
    item: LineItem,
    body: string,
    res: ServerResponse,
  ): Promise<void> {
    if (!this.authorized(req, `${AGS}score`)) return this.send(res, 401, { error: 'invalid_token' });
    if (await this.canned('scores', res)) return;
    if (req.headers['content-type'] !== 'application/vnd.ims.lis.v1.score+json')
      return this.send(res, 415, { error: 'media type' });
    const score = JSON.parse(body) as Record<string, unknown>;
    for (const field of ['userId', 'timestamp', 'activityProgress', 'gradingProgress']) {
      if (score[field] === undefined) return this.send(res, 400, { error: `${field} is required` });
    }
    if (score.scoreGiven !== undefined && !(Number(score.scoreMaximum) > 0))
      return this.send(res, 400, { error: 'scoreMaximum required' });
    const timestamp = Date.parse(String(score.timestamp));
    const key = `${item.id}|${String(score.userId)}`;
    if (timestamp <= (this.lastTimestamps.get(key) ?? -Infinity)) {
      return this.send(res, 409, { error: 'Refusing score with an earlier timestamp for item and user' });
    }
    this.lastTimestamps.set(key, timestamp);
    this.scores.push({ lineItemId: item.id, query: url.search, body: score });
    this.send(res, 200, {});
  }

  private results(req: IncomingMessage, item: LineItem, res: ServerResponse): void {
    if (!this.authorized(req, `${AGS}result.readonly`))
      return this.send(res, 401, { error: 'invalid_token' });
    const latest = new Map<string, Record<string, unknown>>();
    for (const score of this.scores)
      if (score.lineItemId === item.id && score.body.gradingProgress === 'FullyGraded')
        latest.set(String(score.body.userId), score.body);
    this.send(
      res,
      200,
      [...latest.values()].map((score) => ({
        userId: score.userId,
        resultScore: score.scoreGiven,
        resultMaximum: score.scoreMaximum,
        scoreOf: this.lineItemUrl(item.id),
      })),
    );
  }
}
