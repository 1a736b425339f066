import { Prisma } from '../generated/client';

/**
 * A row a concurrent request inserted between the service's check and this insert holds the same
 * unique key. Repositories raise it so services can answer as their check would have.
 */
export class UniqueViolationError extends Error {
  constructor() {
    super('unique constraint violated');
  }
}

export function rethrowUniqueViolation(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    throw new UniqueViolationError();
  }
  throw error;
}
