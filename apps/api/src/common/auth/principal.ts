import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@loopgrade/database';

/** Who is calling: resolved from the bearer token by the AuthGuard. */
export interface Principal {
  id: string;
  email: string;
  name: string;
  role: Role;
  tokenId: string;
}

export const IS_PUBLIC = 'loopgrade:public';
export const ROLES = 'loopgrade:roles';

/** The route needs no token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route; everyone else gets 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest().principal,
);
