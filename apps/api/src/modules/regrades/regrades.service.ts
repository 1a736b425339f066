import { Inject, Injectable } from '@nestjs/common';
import { RegradesRepository, SubmissionsRepository } from '@loopgrade/database';
import type { Regrade, RegradeDelta } from '@loopgrade/database';
import { JOB_QUEUE, JobQueue, QUEUES, RegradeJob } from '@loopgrade/queue';
import type { Principal } from '../../common/auth/principal';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { ExercisesService } from '../exercises/exercises.service';

export interface RegradeView {
  id: string;
  status: string;
  version: number;
  total: number;
  done: number;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
  /** When finished: each submission's score before and after. */
  deltas?: RegradeDelta[];
  changed?: number;
}

@Injectable()
export class RegradesService {
  constructor(
    private readonly exercises: ExercisesService,
    private readonly regrades: RegradesRepository,
    private readonly submissions: SubmissionsRepository,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  async start(actor: Principal, slug: string): Promise<RegradeView> {
    const exercise = await this.exercises.owned(actor, slug);
    const latest = await this.regrades.findLatest(exercise.id);
    if (latest?.status === 'running') {
      throw new DomainError(
        'conflict',
        `A regrade of "${slug}" is already running (${latest.done}/${latest.total})`,
      );
    }
    const total = await this.submissions.countFinished(exercise.id);
    const regrade = await this.regrades.create({
      exerciseId: exercise.id,
      exerciseVersionId: exercise.version.id,
      requestedById: actor.id,
      total,
    });
    await this.queue.add<RegradeJob>(
      QUEUES.regrade,
      { regradeId: regrade.id },
      { jobId: `regrade-${regrade.id}` },
    );
    return toView(regrade, exercise.version.version);
  }

  async latest(actor: Principal, slug: string): Promise<RegradeView> {
    const exercise = await this.exercises.owned(actor, slug);
    const regrade = await this.regrades.findLatest(exercise.id);
    if (!regrade) throw notFound('Regrade');
    return toView(regrade, exercise.version.version);
  }
}

function toView(regrade: Regrade, version: number): RegradeView {
  const deltas = regrade.deltas as unknown as RegradeDelta[];
  return {
    id: regrade.id,
    status: regrade.status,
    version,
    total: regrade.total,
    done: regrade.done,
    createdAt: regrade.createdAt.toISOString(),
    finishedAt: regrade.finishedAt?.toISOString() ?? null,
    error: regrade.error,
    ...(regrade.status === 'finished'
      ? { deltas, changed: deltas.filter((delta) => delta.before !== delta.after).length }
      : {}),
  };
}
