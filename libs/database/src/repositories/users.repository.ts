import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma.service';
import type { Role, User } from '../generated/client';
import { rethrowUniqueViolation } from './unique-violation';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash?: string | null;
  createdById?: string | null;
}

export interface UserFilter {
  role?: Role;
  createdById?: string;
}

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(user: NewUser): Promise<User> {
    return this.prisma.user.create({ data: user });
  }

  /** Creates all or none; an email taken meanwhile is a UniqueViolationError. */
  createMany(users: NewUser[]): Promise<User[]> {
    return this.prisma
      .$transaction(users.map((data) => this.prisma.user.create({ data })))
      .catch(rethrowUniqueViolation);
  }

  findById(id: string): Promise<User | null> {
    return this.prisma.user.findUnique({ where: { id } });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.prisma.user.findUnique({ where: { email } });
  }

  findExistingEmails(emails: string[]): Promise<string[]> {
    return this.prisma.user
      .findMany({ where: { email: { in: emails } }, select: { email: true } })
      .then((rows) => rows.map((row) => row.email));
  }

  list(filter: UserFilter, page: { limit: number; cursor?: string }): Promise<User[]> {
    return this.prisma.user.findMany({
      where: filter,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: page.limit + 1,
      ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    });
  }

  findFirstAdmin(): Promise<User | null> {
    return this.prisma.user.findFirst({ where: { role: 'admin' }, orderBy: { createdAt: 'asc' } });
  }
}
