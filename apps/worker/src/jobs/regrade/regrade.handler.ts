import { Inject, Injectable, Logger } from '@nestjs/common';
import { ExercisesRepository, RegradesRepository, SubmissionsRepository } from '@loopgrade/database';
import type { RegradeDelta } from '@loopgrade/database';
import type { ProgramRunner } from '@loopgrade/engine';
import { PlatformEvents } from '@loopgrade/events';
import { Job, JobHandler, QUEUES, RegradeJob } from '@loopgrade/queue';
import { SANDBOX_POOL } from '@loopgrade/sandbox';
import { gradeForStorage } from '../grading/grade-for-storage';
import { JobHandlers } from '../job-handlers.registry';

/**
 * Regrades every finished submission of an exercise against one version. Resumable: a retried job
 * skips the submissions whose delta is already recorded.
 */
@Injectable()
export class RegradeHandler implements JobHandler<RegradeJob> {
  private readonly logger = new Logger('Regrade');

  constructor(
    private readonly regrades: RegradesRepository,
    private readonly submissions: SubmissionsRepository,
    private readonly exercises: ExercisesRepository,
    @Inject(SANDBOX_POOL) private readonly runner: ProgramRunner,
    private readonly events: PlatformEvents,
    handlers: JobHandlers,
  ) {
    handlers.register(QUEUES.regrade, this);
  }

  async handle(job: Job<RegradeJob>): Promise<void> {
    const regrade = await this.regrades.findById(job.data.regradeId);
    if (!regrade || regrade.status !== 'running') return;
    const version = await this.exercises.findVersionById(regrade.exerciseVersionId);
    if (!version) {
      await this.regrades.finish(regrade.id, 'failed', 'the exercise version no longer exists');
      return;
    }
    const done = new Set((regrade.deltas as unknown as RegradeDelta[]).map((delta) => delta.submissionId));
    for (const submissionId of await this.submissions.listFinishedIds(regrade.exerciseId)) {
      if (done.has(submissionId)) continue;
      const submission = await this.submissions.findById(submissionId);
      if (!submission) continue;
      // A sandbox failure throws: the job is retried and resumes after the last recorded delta.
      const result = await gradeForStorage(this.runner, submission.exercise.slug, version, submission);
      await this.submissions.replaceResult(submissionId, version.id, result, new Date());
      await this.regrades.recordDelta(regrade.id, {
        submissionId,
        userId: submission.userId,
        before: submission.result?.score ?? null,
        after: result.score,
      });
    }
    await this.regrades.finish(regrade.id, 'finished');
    this.logger.log({ regradeId: regrade.id }, 'regrade finished');
    await this.events.emit('regrade.completed', { regradeId: regrade.id });
  }
}
