import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma.service';
import type { Regrade } from '../generated/client';

export interface RegradeDelta {
  submissionId: string;
  userId: string;
  before: number | null;
  after: number;
}

@Injectable()
export class RegradesRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(regrade: {
    exerciseId: string;
    exerciseVersionId: string;
    requestedById: string;
    total: number;
  }): Promise<Regrade> {
    return this.prisma.regrade.create({ data: regrade });
  }

  findById(id: string): Promise<Regrade | null> {
    return this.prisma.regrade.findUnique({ where: { id } });
  }

  findLatest(exerciseId: string): Promise<Regrade | null> {
    return this.prisma.regrade.findFirst({ where: { exerciseId }, orderBy: { createdAt: 'desc' } });
  }

  /** Appends one submission's score change and counts it done, atomically. */
  async recordDelta(id: string, delta: RegradeDelta): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE regrades SET deltas = deltas || ${JSON.stringify([delta])}::jsonb, done = done + 1 WHERE id = ${id}::uuid`;
  }

  async finish(id: string, status: 'finished' | 'failed', error: string | null = null): Promise<void> {
    await this.prisma.regrade.update({ where: { id }, data: { status, error, finishedAt: new Date() } });
  }
}
