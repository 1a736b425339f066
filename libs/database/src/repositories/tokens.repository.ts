import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma.service';
import type { ApiToken, User } from '../generated/client';

@Injectable()
export class TokensRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(token: {
    userId: string;
    name: string;
    tokenHash: string;
    expiresAt?: Date | null;
  }): Promise<ApiToken> {
    return this.prisma.apiToken.create({ data: token });
  }

  /** The live token with this hash, with its user; null when unknown, revoked, expired or the user is disabled. */
  async findActiveByHash(tokenHash: string, now: Date): Promise<(ApiToken & { user: User }) | null> {
    const token = await this.prisma.apiToken.findUnique({ where: { tokenHash }, include: { user: true } });
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || token.user.disabledAt) {
      return null;
    }
    return token;
  }

  findById(id: string): Promise<ApiToken | null> {
    return this.prisma.apiToken.findUnique({ where: { id } });
  }

  listForUser(userId: string): Promise<ApiToken[]> {
    return this.prisma.apiToken.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.prisma.apiToken.update({ where: { id }, data: { lastUsedAt: at } });
  }

  async revoke(id: string, at: Date): Promise<void> {
    await this.prisma.apiToken.update({ where: { id }, data: { revokedAt: at } });
  }

  countForUser(userId: string): Promise<number> {
    return this.prisma.apiToken.count({ where: { userId } });
  }
}
