/** Errors the services raise; the filter maps each code once to an HTTP status and a problem type. */
export type DomainErrorCode =
  | 'not-found'
  | 'forbidden'
  | 'unauthenticated'
  | 'conflict'
  | 'invalid'
  | 'unprocessable'
  | 'too-large'
  | 'rate-limited';

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: { errors?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError('not-found', `${what} not found`);
export const forbidden = (why: string) => new DomainError('forbidden', why);
