import { Injectable } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import { TokensRepository, UniqueViolationError, UsersRepository } from '@loopgrade/database';
import type { User } from '@loopgrade/database';
import type { Principal } from '../../common/auth/principal';
import { hashToken, newTokenSecret } from '../../common/auth/token-secrets';
import { DomainError, forbidden, notFound } from '../../common/errors/domain-error';
import { Page, toPage } from '../../common/http/pagination';
import { CreateTokenDto, CreateUserDto, ListUsersQueryDto } from './users.dto';
import { TokenView, toTokenView, toUserView, UserView } from './user.views';

const DAY_MS = 24 * 3600 * 1000;

const emailsInUse = (emails: string[]) =>
  new DomainError('conflict', `Email already in use: ${emails.join(', ')}`, {
    errors: emails.map((email) => ({ field: 'email', message: `${email} is already in use` })),
  });

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: TokensRepository,
  ) {}

  async create(actor: Principal, input: CreateUserDto): Promise<UserView> {
    const [created] = await this.createAll(actor, [input]);
    return created;
  }

  /** Creates every user or none; names each email that is already taken. */
  async createAll(actor: Principal, inputs: CreateUserDto[]): Promise<UserView[]> {
    for (const input of inputs) this.assertMayCreate(actor, input.role);
    const emails = inputs.map((input) => input.email.toLowerCase());
    const duplicates = emails.filter((email, index) => emails.indexOf(email) !== index);
    const taken = [...new Set([...duplicates, ...(await this.users.findExistingEmails(emails))])];
    if (taken.length) throw emailsInUse(taken);
    const records = await Promise.all(
      inputs.map(async (input) => ({
        email: input.email.toLowerCase(),
        name: input.name,
        role: input.role,
        passwordHash: input.password ? await hash(input.password) : null,
        createdById: actor.id,
      })),
    );
    try {
      return (await this.users.createMany(records)).map(toUserView);
    } catch (error) {
      // A concurrent request created one of these emails after the check above.
      if (error instanceof UniqueViolationError)
        throw emailsInUse(await this.users.findExistingEmails(emails));
      throw error;
    }
  }

  async list(actor: Principal, query: ListUsersQueryDto): Promise<Page<UserView>> {
    const filter =
      actor.role === 'admin' ? { role: query.role } : { role: 'student' as const, createdById: actor.id };
    if (actor.role === 'teacher' && query.role && query.role !== 'student')
      return { items: [], nextCursor: null };
    const rows = await this.users.list(filter, query);
    return toPage(rows, query.limit, (user) => user.id, toUserView);
  }

  async get(actor: Principal, id: string): Promise<UserView> {
    return toUserView(await this.visibleUser(actor, id));
  }

  async issueToken(
    actor: Principal,
    userId: string,
    input: CreateTokenDto,
  ): Promise<TokenView & { token: string }> {
    const user = await this.visibleUser(actor, userId);
    if (actor.role !== 'admin' && actor.id !== user.id) {
      throw forbidden('Only admins may issue tokens for other users');
    }
    return this.issue(
      user.id,
      input.name,
      input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null,
    );
  }

  async issue(userId: string, name: string, expiresAt: Date | null): Promise<TokenView & { token: string }> {
    const secret = newTokenSecret();
    const token = await this.tokens.create({ userId, name, tokenHash: hashToken(secret), expiresAt });
    return { ...toTokenView(token), token: secret };
  }

  async listTokens(actor: Principal, userId: string): Promise<TokenView[]> {
    const user = await this.visibleUser(actor, userId);
    if (actor.role !== 'admin' && actor.id !== user.id)
      throw forbidden('Only admins may list other users’ tokens');
    return (await this.tokens.listForUser(user.id)).map(toTokenView);
  }

  async revokeToken(actor: Principal, tokenId: string): Promise<void> {
    const token = await this.tokens.findById(tokenId);
    // Someone else's token is reported as missing, so token ids cannot be probed.
    if (!token || (actor.role !== 'admin' && token.userId !== actor.id)) throw notFound('Token');
    if (!token.revokedAt) await this.tokens.revoke(token.id, new Date());
  }

  private assertMayCreate(actor: Principal, role: User['role']): void {
    if (actor.role === 'admin') return;
    if (actor.role === 'teacher' && role === 'student') return;
    throw forbidden(
      actor.role === 'teacher' ? 'Teachers may only create students' : 'Students may not create users',
    );
  }

  /** Admins see everyone; teachers their own students; everyone sees themselves. Others are 404. */
  private async visibleUser(actor: Principal, id: string): Promise<User> {
    const user = await this.users.findById(id);
    const visible =
      user &&
      (actor.role === 'admin' ||
        user.id === actor.id ||
        (actor.role === 'teacher' && user.role === 'student' && user.createdById === actor.id));
    if (!visible) throw notFound('User');
    return user;
  }
}
