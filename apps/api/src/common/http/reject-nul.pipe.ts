import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

const NUL = '\u0000';

/** The dotted path of the first string (value or key) in `value` that holds a NUL character. */
function pathToNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (key.includes(NUL)) return childPath;
    const found = pathToNul(child, childPath);
    if (found !== null) return found;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000: such a string fails the query with a server error. So every body,
 * query and path value is refused here, before validation, naming the field. Even where a string is
 * never stored (a `/v1/runs` program), for one rule everywhere.
 */
@Injectable()
export class RejectNulPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const path = pathToNul(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (path === null) return value;
    const field = path || metadata.type;
    const message = `${field} must not contain a NUL character (U+0000)`;
    throw new DomainError('invalid', `Invalid request: ${message}`, { errors: [{ field, message }] });
  }
}
