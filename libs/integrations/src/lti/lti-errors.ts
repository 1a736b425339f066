/** A launch or login that must be refused; `reason` is logged, the user sees a generic 401/400. */
export class LtiLaunchError extends Error {
  constructor(readonly reason: string) {
    super(`LTI launch refused: ${reason}`);
  }
}

export class LtiLoginError extends Error {
  constructor(readonly reason: string) {
    super(`LTI login refused: ${reason}`);
  }
}
