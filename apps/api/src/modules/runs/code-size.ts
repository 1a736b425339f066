import { DomainError } from '../../common/errors/domain-error';

export const MAX_CODE_BYTES = 64 * 1024;

/** Code over 64 KB is refused before it reaches a sandbox (parsing cannot be interrupted). */
export function assertCodeSize(code: string): void {
  if (Buffer.byteLength(code, 'utf8') > MAX_CODE_BYTES) {
    throw new DomainError('too-large', `code is larger than ${MAX_CODE_BYTES / 1024} KB`, {
      errors: [{ field: 'code', message: `must be at most ${MAX_CODE_BYTES} bytes` }],
    });
  }
}
