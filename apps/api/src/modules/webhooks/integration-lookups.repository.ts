import { Injectable } from '@nestjs/common';
import { PrismaService } from '@loopgrade/database';
import type { Exercise } from '@loopgrade/database';
import { isUuid } from '../../common/http/uuid';

export interface SubmissionFacts {
  id: string;
  userId: string;
  exerciseId: string;
  exerciseOwnerId: string;
  status: string;
  createdAt: Date;
  finishedAt: Date | null;
  score: number | null;
  resultStatus: string | null;
}

export interface ExerciseFacts {
  id: string;
  slug: string;
  ownerId: string;
  published: boolean;
  version: number;
  title: string;
  publishedAt: Date | null;
}

const LATEST_VERSION = {
  versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true, title: true } },
} as const;

function toExerciseFacts(row: Exercise & { versions: { version: number; title: string }[] }): ExerciseFacts {
  return {
    id: row.id,
    slug: row.slug,
    ownerId: row.ownerId,
    published: row.published,
    version: row.versions[0]?.version ?? row.latestVersion,
    title: row.versions[0]?.title ?? row.slug,
    publishedAt: row.publishedAt,
  };
}

/** Read-only facts about submissions and exercises that event payloads and grade passback need. */
@Injectable()
export class IntegrationLookupsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async submission(id: string): Promise<SubmissionFacts | null> {
    const row = await this.prisma.submission.findUnique({
      where: { id },
      include: { result: { select: { score: true, status: true } }, exercise: { select: { ownerId: true } } },
    });
    if (!row) return null;
    return {
      id: row.id,
      userId: row.userId,
      exerciseId: row.exerciseId,
      exerciseOwnerId: row.exercise.ownerId,
      status: row.status,
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
      score: row.result?.score ?? null,
      resultStatus: row.result?.status ?? null,
    };
  }

  /** By id or by slug (LTI custom parameters may carry either). Deleted exercises are not found. */
  async exercise(idOrSlug: string): Promise<ExerciseFacts | null> {
    const row = await this.prisma.exercise.findFirst({
      where: { ...(isUuid(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug }), deletedAt: null },
      include: LATEST_VERSION,
    });
    return row ? toExerciseFacts(row) : null;
  }

  /** Exercises an instructor may bind a resource link to: published ones and their own. */
  async pickableExercises(ownerId: string): Promise<ExerciseFacts[]> {
    const rows = await this.prisma.exercise.findMany({
      where: { deletedAt: null, OR: [{ published: true }, { ownerId }] },
      include: LATEST_VERSION,
      orderBy: { slug: 'asc' },
      take: 500,
    });
    return rows.map(toExerciseFacts);
  }

  /** The graded submission a passback policy picks: the most recent one, or the best-scoring one. */
  async scoredSubmission(
    userId: string,
    exerciseId: string,
    pick: 'best' | 'latest',
  ): Promise<SubmissionFacts | null> {
    const row = await this.prisma.submission.findFirst({
      where: { userId, exerciseId, status: 'graded', result: { isNot: null } },
      orderBy:
        pick === 'best'
          ? [{ result: { score: 'desc' } }, { finishedAt: 'desc' }]
          : [{ finishedAt: 'desc' }, { createdAt: 'desc' }],
      select: { id: true },
    });
    return row ? this.submission(row.id) : null;
  }
}
