import type { Request } from 'express';

/** Reads the Cookie header (no cookie parser is installed globally). */
export function readCookies(request: Request): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return cookies;
}

/**
 * The LMS frames the tool on another site, so the state cookie must be `SameSite=None; Secure`, and
 * `Partitioned` (CHIPS): browsers that block third-party cookies still keep one partitioned by the
 * LMS site, which is all a launch inside the frame needs. Scoped to /lti, it lives as long as the
 * login state.
 */
export function stateCookie(name: string, maxAgeSeconds: number): string {
  return `${name}=1; Path=/lti; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=None; Partitioned`;
}

/** Deletes the state cookie once its launch is done. */
export function expiredStateCookie(name: string): string {
  return stateCookie(name, 0);
}
