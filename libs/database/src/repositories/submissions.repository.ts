import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma.service';
import { Prisma } from '../generated/client';
import type { Result, Submission, SubmissionStatus } from '../generated/client';

export interface NewSubmission {
  userId: string;
  exerciseId: string;
  exerciseVersionId: string;
  code: string;
  language: string;
  idempotencyKey?: string | null;
}

export interface StoredResult {
  score: number;
  status: string;
  checks: unknown;
  feedback: unknown;
  timeline: unknown;
  stats: unknown;
}

export interface SubmissionFilter {
  userId?: string;
  exerciseId?: string;
  exerciseOwnerId?: string;
  status?: SubmissionStatus;
}

const SUBMISSION_INCLUDE = {
  result: true,
  exercise: { select: { slug: true, ownerId: true } },
  exerciseVersion: { select: { version: true } },
} as const;

export type SubmissionWithResult = Submission & {
  result: Result | null;
  exercise: { slug: string; ownerId: string };
  exerciseVersion: { version: number };
};

export type IdempotentSubmission = Submission & {
  exercise: { slug: string };
  exerciseVersion: { language: string };
};

/** Terminal states: what a regrade goes through. */
const FINISHED = { in: ['graded', 'error'] as SubmissionStatus[] };

const json = (value: unknown) => value as Prisma.InputJsonValue;

const resultColumns = (result: StoredResult) => ({
  score: result.score,
  status: result.status,
  checks: json(result.checks),
  feedback: json(result.feedback),
  timeline: json(result.timeline),
  stats: json(result.stats),
});

@Injectable()
export class SubmissionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Inserts, or returns the submission the same user already made with the same idempotency key. */
  async createIdempotent(submission: NewSubmission): Promise<{ submission: Submission; created: boolean }> {
    try {
      return { submission: await this.prisma.submission.create({ data: submission }), created: true };
    } catch (error) {
      if (
        submission.idempotencyKey &&
        error instanceof Prisma.PrismaClientKnownRequestError &&
        error.code === 'P2002'
      ) {
        const existing = await this.prisma.submission.findUniqueOrThrow({
          where: {
            userId_idempotencyKey: { userId: submission.userId, idempotencyKey: submission.idempotencyKey },
          },
        });
        return { submission: existing, created: false };
      }
      throw error;
    }
  }

  /** With what a retry must repeat to be the same request: the exercise and the language it ran as. */
  findByIdempotencyKey(userId: string, idempotencyKey: string): Promise<IdempotentSubmission | null> {
    return this.prisma.submission.findUnique({
      where: { userId_idempotencyKey: { userId, idempotencyKey } },
      include: { exercise: { select: { slug: true } }, exerciseVersion: { select: { language: true } } },
    });
  }

  findById(id: string): Promise<SubmissionWithResult | null> {
    return this.prisma.submission.findUnique({
      where: { id },
      include: SUBMISSION_INCLUDE,
    });
  }

  list(filter: SubmissionFilter, page: { limit: number; cursor?: string }): Promise<SubmissionWithResult[]> {
    return this.prisma.submission.findMany({
      where: {
        userId: filter.userId,
        exerciseId: filter.exerciseId,
        status: filter.status,
        ...(filter.exerciseOwnerId ? { exercise: { ownerId: filter.exerciseOwnerId } } : {}),
      },
      include: SUBMISSION_INCLUDE,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: page.limit + 1,
      ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    });
  }

  /**
   * Marks the submission running and counts the attempt. Returns null when it is already terminal,
   * so a duplicate job is a no-op.
   */
  async claim(
    id: string,
    at: Date,
  ): Promise<Pick<Submission, 'id' | 'attempts' | 'exerciseVersionId' | 'code' | 'language'> | null> {
    // One round trip: grading starts with this on every job.
    const rows = await this.prisma.$queryRaw<
      Array<{ id: string; attempts: number; exerciseVersionId: string; code: string; language: string }>
    >`UPDATE submissions
         SET status = 'running', attempts = attempts + 1, started_at = ${at}, updated_at = ${at}
       WHERE id = ${id}::uuid AND status IN ('queued', 'running')
       RETURNING id, attempts, exercise_version_id AS "exerciseVersionId", code, language`;
    return rows[0] ?? null;
  }

  /**
   * Stores the result once: only the attempt that moves the row out of `running` writes it. One statement
   * (a data-modifying CTE) keeps it atomic in a single round trip, on every job.
   */
  async complete(id: string, result: StoredResult, at: Date): Promise<boolean> {
    const inserted = await this.prisma.$executeRaw`
      WITH finished AS (
        UPDATE submissions
           SET status = 'graded', finished_at = ${at}, error_message = NULL, updated_at = ${at}
         WHERE id = ${id}::uuid AND status = 'running'
        RETURNING id
      )
      INSERT INTO results (submission_id, score, status, checks, feedback, timeline, stats, created_at)
      SELECT id, ${result.score}, ${result.status}, ${JSON.stringify(result.checks)}::jsonb, ${JSON.stringify(result.feedback)}::jsonb,
             ${JSON.stringify(result.timeline)}::jsonb, ${JSON.stringify(result.stats)}::jsonb, ${at}
        FROM finished`;
    return inserted === 1;
  }

  async fail(id: string, message: string, at: Date): Promise<boolean> {
    const { count } = await this.prisma.submission.updateMany({
      where: { id, status: { in: ['queued', 'running'] } },
      data: { status: 'error', errorMessage: message, finishedAt: at },
    });
    return count === 1;
  }

  /** Gives a running submission back to the queue after a failed attempt, which still counts. */
  async requeue(id: string): Promise<void> {
    await this.prisma.submission.updateMany({ where: { id, status: 'running' }, data: { status: 'queued' } });
  }

  /** Queued rows older than `queuedBefore` and running rows untouched since `runningBefore`. */
  findUnfinished(queuedBefore: Date, runningBefore: Date, limit: number): Promise<Submission[]> {
    return this.prisma.submission.findMany({
      where: {
        OR: [
          { status: 'queued', updatedAt: { lt: queuedBefore } },
          { status: 'running', updatedAt: { lt: runningBefore } },
        ],
      },
      orderBy: { createdAt: 'asc' },
      take: limit,
    });
  }

  /** Finished submissions of an exercise, oldest first: what a regrade goes through. */
  listFinishedIds(exerciseId: string): Promise<string[]> {
    return this.prisma.submission
      .findMany({
        where: { exerciseId, status: FINISHED },
        orderBy: { createdAt: 'asc' },
        select: { id: true },
      })
      .then((rows) => rows.map((row) => row.id));
  }

  countFinished(exerciseId: string): Promise<number> {
    return this.prisma.submission.count({ where: { exerciseId, status: FINISHED } });
  }

  /** A regrade's new verdict: the submission now records the version it was graded against. */
  async replaceResult(id: string, exerciseVersionId: string, result: StoredResult, at: Date): Promise<void> {
    const data = { ...resultColumns(result), createdAt: at };
    await this.prisma.$transaction([
      this.prisma.submission.update({
        where: { id },
        data: { exerciseVersionId, status: 'graded', finishedAt: at, errorMessage: null },
      }),
      this.prisma.result.upsert({
        where: { submissionId: id },
        create: { submissionId: id, ...data },
        update: data,
      }),
    ]);
  }

  countByStatus(): Promise<Array<{ status: SubmissionStatus; count: number }>> {
    return this.prisma.submission
      .groupBy({ by: ['status'], _count: { _all: true } })
      .then((rows) => rows.map((row) => ({ status: row.status, count: row._count._all })));
  }
}
