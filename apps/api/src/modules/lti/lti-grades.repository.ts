import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@loopgrade/database';
import type {
  LtiGradePolicy,
  LtiGradeSync,
  LtiGradeSyncStatus,
  LtiPassbackMode,
  LtiPlatform,
  LtiDeployment,
  LtiResourceLink,
  LtiScoreAggregate,
  LtiUserLink,
} from '@loopgrade/database';
import { IntegrationPresence } from '../webhooks/integration-presence';

export type GradeSyncWithLinks = LtiGradeSync & {
  resourceLink: LtiResourceLink & { platform: LtiPlatform & { deployments: LtiDeployment[] } };
  userLink: LtiUserLink;
};

export const DEFAULT_POLICY = { mode: 'automatic', aggregate: 'latest' } as const satisfies Pick<
  LtiGradePolicy,
  'mode' | 'aggregate'
>;

const WITH_LINKS = {
  resourceLink: { include: { platform: { include: { deployments: true } } } },
  userLink: true,
} as const;

/** Passback policies per exercise and the per-student sync state of each placement. */
@Injectable()
export class LtiGradesRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly presence: IntegrationPresence,
  ) {}

  async policy(exerciseId: string): Promise<Pick<LtiGradePolicy, 'mode' | 'aggregate'>> {
    return (await this.prisma.ltiGradePolicy.findUnique({ where: { exerciseId } })) ?? DEFAULT_POLICY;
  }

  setPolicy(
    exerciseId: string,
    mode: LtiPassbackMode,
    aggregate: LtiScoreAggregate,
  ): Promise<LtiGradePolicy> {
    return this.prisma.ltiGradePolicy.upsert({
      where: { exerciseId },
      create: { exerciseId, mode, aggregate },
      update: { mode, aggregate },
    });
  }

  /**
   * One row per (placement, student); created at the student's first graded launch, when every process
   * hears that "any LMS column?" may now be yes. Later launches find it and say nothing.
   */
  async ensureSync(
    resourceLinkId: string,
    userLinkId: string,
    exerciseId: string,
    userId: string,
  ): Promise<LtiGradeSync> {
    const where = { resourceLinkId_userLinkId: { resourceLinkId, userLinkId } };
    const existing = await this.prisma.ltiGradeSync.findUnique({ where });
    if (existing !== null) return existing;
    // An upsert rather than a create: two first launches at once must not fail on the unique key.
    const sync = await this.prisma.ltiGradeSync.upsert({
      where,
      create: { resourceLinkId, userLinkId, exerciseId, userId },
      update: {},
    });
    this.presence.changed();
    return sync;
  }

  /**
   * Whether any LMS column exists at all: lets installations without LTI skip passback lookups. Kept in
   * memory until a sync row is created.
   */
  anySync(): Promise<boolean> {
    return this.presence.answer(
      'lti:any-sync',
      async () => (await this.prisma.ltiGradeSync.findFirst({ select: { id: true } })) !== null,
    );
  }

  syncsFor(exerciseId: string, userId: string): Promise<LtiGradeSync[]> {
    return this.prisma.ltiGradeSync.findMany({ where: { exerciseId, userId } });
  }

  findSync(id: string): Promise<GradeSyncWithLinks | null> {
    return this.prisma.ltiGradeSync.findUnique({ where: { id }, include: WITH_LINKS });
  }

  listForExercise(exerciseId: string, status?: LtiGradeSyncStatus): Promise<GradeSyncWithLinks[]> {
    return this.prisma.ltiGradeSync.findMany({
      where: { exerciseId, status },
      include: WITH_LINKS,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Records the score the LMS should hold next; `dueAt` null waits for a teacher ("Send grades"). */
  async stage(
    id: string,
    score: { submissionId: string; scoreGiven: number; scoreMaximum: number },
    dueAt: Date | null,
  ): Promise<void> {
    await this.prisma.ltiGradeSync.update({
      where: { id },
      data: {
        ...score,
        status: dueAt ? 'pending' : 'ready',
        attempts: 0,
        nextAttemptAt: dueAt,
        lastError: null,
        lastStatusCode: null,
      },
    });
  }

  /** Queues rows again (Resend / Send grades): only rows that hold a score. */
  async requeue(ids: string[], at: Date): Promise<void> {
    await this.prisma.ltiGradeSync.updateMany({
      where: { id: { in: ids }, scoreGiven: { not: null } },
      data: { status: 'pending', attempts: 0, nextAttemptAt: at, lastError: null, lastStatusCode: null },
    });
  }

  /**
   * Takes a due row for one attempt; false when another worker has it or it is not due. The claim is a
   * lease: the row is next due when the lease ends, so only an attempt that died is ever taken again.
   * The lease's end also names the claim: an outcome is recorded only while the row still holds it.
   */
  async claim(id: string, now: Date, leaseUntil: Date): Promise<boolean> {
    const { count } = await this.prisma.ltiGradeSync.updateMany({
      where: { id, status: 'pending', nextAttemptAt: { lte: now } },
      data: { nextAttemptAt: leaseUntil },
    });
    return count === 1;
  }

  /**
   * Gives a claim taken without a lease (by a version before leases) back, due now; the schedule is
   * kept.
   */
  async rearm(id: string, at: Date): Promise<void> {
    await this.prisma.ltiGradeSync.updateMany({
      where: { id, status: 'pending', nextAttemptAt: null },
      data: { nextAttemptAt: at },
    });
  }

  /** The outcome of the attempt holding `lease`; false (nothing written) if a resend or a new score took the row meanwhile. */
  markSynced(
    id: string,
    lease: Date,
    data: { sentScore: number; lastTimestamp: Date; syncedAt: Date; note: string | null },
  ): Promise<boolean> {
    return this.settle(id, lease, {
      status: 'synced',
      sentScore: data.sentScore,
      lastTimestamp: data.lastTimestamp,
      syncedAt: data.syncedAt,
      lastError: data.note,
      lastStatusCode: null,
      nextAttemptAt: null,
    });
  }

  markRetry(
    id: string,
    lease: Date,
    attempts: number,
    nextAttemptAt: Date,
    error: string,
    statusCode: number | null,
  ): Promise<boolean> {
    return this.settle(id, lease, {
      status: 'pending',
      attempts,
      nextAttemptAt,
      lastError: error,
      lastStatusCode: statusCode,
    });
  }

  markFailed(
    id: string,
    lease: Date,
    attempts: number,
    error: string,
    statusCode: number | null,
  ): Promise<boolean> {
    return this.settle(id, lease, {
      status: 'failed',
      attempts,
      nextAttemptAt: null,
      lastError: error,
      lastStatusCode: statusCode,
    });
  }

  /**
   * Due rows whose job went missing, or whose attempt died (its lease ended), and claims a version
   * without leases left behind.
   */
  overdue(dueBefore: Date, abandonedBefore: Date, limit: number): Promise<LtiGradeSync[]> {
    return this.prisma.ltiGradeSync.findMany({
      where: {
        status: 'pending',
        OR: [
          { nextAttemptAt: { lte: dueBefore } },
          { nextAttemptAt: null, updatedAt: { lt: abandonedBefore } },
        ],
      },
      take: limit,
    });
  }

  private async settle(id: string, lease: Date, data: Prisma.LtiGradeSyncUpdateManyMutationInput) {
    const { count } = await this.prisma.ltiGradeSync.updateMany({
      where: { id, status: 'pending', nextAttemptAt: lease },
      data,
    });
    return count === 1;
  }
}
