import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TokensRepository } from '@loopgrade/database';
import type { Role } from '@loopgrade/database';
import { DomainError } from '../errors/domain-error';
import { IS_PUBLIC, Principal, ROLES } from './principal';
import { hashToken } from './token-secrets';

/** Writing last-used time on every request would make every read a write; once a minute is precise enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const header: unknown = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) {
      throw new DomainError('unauthenticated', 'Missing bearer token: send Authorization: Bearer <token>');
    }
    const now = new Date();
    const token = await this.tokens.findActiveByHash(hashToken(match[1]), now);
    if (!token) throw new DomainError('unauthenticated', 'Invalid, expired or revoked token');
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.tokens.touch(token.id, now);
    }
    const principal: Principal = {
      id: token.user.id,
      email: token.user.email,
      name: token.user.name,
      role: token.user.role,
      tokenId: token.id,
    };
    request.principal = principal;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(principal.role)) {
      throw new DomainError('forbidden', `This action needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
