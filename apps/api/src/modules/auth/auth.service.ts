import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { UsersRepository } from '@loopgrade/database';
import { DomainError, notFound } from '../../common/errors/domain-error';
import type { Principal } from '../../common/auth/principal';
import { UsersService } from '../users/users.service';
import { toUserView, UserView } from '../users/user.views';

const SESSION_MS = 12 * 3600 * 1000;

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = hash('loopgrade-decoy-password');

  constructor(
    private readonly users: UsersRepository,
    private readonly usersService: UsersService,
  ) {}

  async login(
    email: string,
    password: string,
  ): Promise<{ token: string; expiresAt: string | null; user: UserView }> {
    const user = await this.users.findByEmail(email.toLowerCase());
    const valid = await verify(user?.passwordHash ?? (await this.decoyHash), password).catch(() => false);
    if (!user || !user.passwordHash || !valid || user.disabledAt) {
      throw new DomainError('unauthenticated', 'Wrong email or password');
    }
    const issued = await this.usersService.issue(user.id, 'login', new Date(Date.now() + SESSION_MS));
    return { token: issued.token, expiresAt: issued.expiresAt, user: toUserView(user) };
  }

  async me(principal: Principal): Promise<UserView> {
    const user = await this.users.findById(principal.id);
    if (!user) throw notFound('User');
    return toUserView(user);
  }
}
