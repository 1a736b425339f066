import { Inject, Injectable } from '@nestjs/common';
import { PrismaService } from '@loopgrade/database';
import { JOB_QUEUE, JobQueue, QUEUES, QueueName } from '@loopgrade/queue';

export interface GradingLatency {
  /** Submit-to-graded latency over the submissions finished in the last five minutes. */
  count: number;
  p50Ms: number | null;
  p99Ms: number | null;
}

export interface OperationalSnapshot {
  queues: Record<QueueName, { depth: number; consumers: number }>;
  submissions: Record<string, number>;
  gradingLatency: GradingLatency;
}

/** Reads queue depth, worker liveness and grading latency from the queue and the database (the truth). */
@Injectable()
export class OperationalMetricsService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  async snapshot(): Promise<OperationalSnapshot> {
    const names = Object.values(QUEUES) as QueueName[];
    const queues = Object.fromEntries(
      await Promise.all(
        names.map(async (name) => [
          name,
          { depth: await this.queue.depth(name), consumers: await this.queue.consumers(name) },
        ]),
      ),
    ) as OperationalSnapshot['queues'];
    const statuses = await this.prisma.submission.groupBy({ by: ['status'], _count: { _all: true } });
    const submissions = Object.fromEntries(
      ['queued', 'running', 'graded', 'error'].map((status) => [
        status,
        statuses.find((row) => row.status === status)?._count._all ?? 0,
      ]),
    );
    return { queues, submissions, gradingLatency: await this.gradingLatency() };
  }

  private async gradingLatency(): Promise<GradingLatency> {
    const [row] = await this.prisma.$queryRaw<
      Array<{ count: number; p50: number | null; p99: number | null }>
    >`
      SELECT count(*)::int AS count,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY latency) AS p50,
             percentile_cont(0.99) WITHIN GROUP (ORDER BY latency) AS p99
      FROM (SELECT EXTRACT(EPOCH FROM (finished_at - created_at)) * 1000 AS latency
            FROM submissions
            WHERE finished_at > now() - interval '5 minutes') recent`;
    const round = (value: number | null) => (value === null ? null : Math.round(Number(value)));
    return { count: row.count, p50Ms: round(row.p50), p99Ms: round(row.p99) };
  }
}
