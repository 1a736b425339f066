/** One LMS registration, keyed by (issuer, clientId); installs inside it differ by deployment id. */
export interface PlatformRegistration {
  id: string;
  issuer: string;
  clientId: string;
  authLoginUrl: string;
  accessTokenUrl: string;
  /** Audience for our client assertions when the platform wants something other than the token URL. */
  authServerAudience?: string | null;
  jwksUrl: string;
  /** Active deployment ids only. */
  deploymentIds: string[];
}

/** Several registrations can share an issuer (every hosted Canvas): without a client id that is ambiguous. */
export function pickRegistration<T extends PlatformRegistration>(
  candidates: T[],
  clientId?: string,
): T | null {
  if (clientId) return candidates.find((registration) => registration.clientId === clientId) ?? null;
  return candidates.length === 1 ? candidates[0] : null;
}
