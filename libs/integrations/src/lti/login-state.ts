import { randomBytes } from 'node:crypto';

/** What login initiation remembers for the launch that follows (about 5 minutes). */
export interface LoginState {
  state: string;
  nonce: string;
  registrationId: string;
  /** `lti_deployment_id` from login initiation, which the launch must then match. */
  deploymentIdHint?: string;
  targetLinkUri: string;
  expiresAt: Date;
}

export interface LoginStateStore {
  save(state: LoginState): Promise<void>;
  /** Returns the state once, only if unexpired, and marks it used in the same step. */
  consume(state: string, now: Date): Promise<LoginState | null>;
}

export interface NonceStore {
  /** False if this nonce was already used; remembered until `expiresAt` (the token lifetime). */
  useOnce(nonce: string, expiresAt: Date): Promise<boolean>;
}

export const LOGIN_STATE_TTL_MS = 5 * 60_000;

/** 256-bit random values, base64url. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Binds the state to the browser that started the login: one cookie per state, so parallel tabs work. */
export function stateCookieName(state: string): string {
  return `lg_lti_${state}`;
}

/** Single-process stores; the API uses database-backed ones so that any instance can finish a launch. */
export class InMemoryLoginStateStore implements LoginStateStore {
  private readonly states = new Map<string, LoginState>();

  async save(state: LoginState): Promise<void> {
    this.states.set(state.state, state);
  }

  async consume(state: string, now: Date): Promise<LoginState | null> {
    const found = this.states.get(state);
    this.states.delete(state);
    return found && found.expiresAt > now ? found : null;
  }
}

export class InMemoryNonceStore implements NonceStore {
  private readonly used = new Map<string, Date>();

  async useOnce(nonce: string, expiresAt: Date): Promise<boolean> {
    const now = new Date();
    for (const [seen, until] of this.used) if (until <= now) this.used.delete(seen);
    if (this.used.has(nonce)) return false;
    this.used.set(nonce, expiresAt);
    return true;
  }
}
