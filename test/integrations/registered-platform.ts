import type { AddressInfo } from 'node:net';
import { auth } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import type { FakePlatform } from './fake-platform';

/** The public URL platforms know us by; it only has to match, the harness talks to the real port. */
export const PUBLIC_URL = 'https://loopgrade.test';
export const LAUNCH_URL = `${PUBLIC_URL}/lti/launch`;

/**
 * Serves the app on a real port, points the fake platform at it and registers the platform with the
 * admin's token, as an administrator would. Returns the app's base URL.
 */
export async function listenAndRegister(t: TestApp, platform: FakePlatform): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  platform.redirectUri = LAUNCH_URL;
  platform.targetLinkUri = LAUNCH_URL;
  platform.toolJwksUrl = `${base}/.well-known/jwks.json`;
  await t.http.post('/v1/lti/platforms').set(auth(t.admin.token)).send(platform.registration).expect(201);
  return base;
}
