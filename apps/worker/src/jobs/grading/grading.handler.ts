import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@loopgrade/config';
import { ExercisesRepository, SubmissionsRepository } from '@loopgrade/database';
import type { StoredResult } from '@loopgrade/database';
import type { ProgramRunner } from '@loopgrade/engine';
import { PlatformEvents } from '@loopgrade/events';
import { GradingJob, Job, JobHandler, QUEUES, SubmissionUpdates } from '@loopgrade/queue';
import { SANDBOX_POOL } from '@loopgrade/sandbox';
import { JobHandlers } from '../job-handlers.registry';
import { gradeForStorage, SandboxFailure } from './grade-for-storage';

/**
 * Grades one submission: claim the row, run the checks in the sandbox, store the result once.
 * A student program that fails, loops or crashes is a result; only infrastructure errors throw.
 */
@Injectable()
export class GradingHandler implements JobHandler<GradingJob> {
  private readonly logger = new Logger('Grading');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly submissions: SubmissionsRepository,
    private readonly exercises: ExercisesRepository,
    @Inject(SANDBOX_POOL) private readonly runner: ProgramRunner,
    private readonly events: PlatformEvents,
    private readonly updates: SubmissionUpdates,
    handlers: JobHandlers,
  ) {
    handlers.register(QUEUES.grading, this);
  }

  async handle(job: Job<GradingJob>): Promise<void> {
    const { submissionId } = job.data;
    const submission = await this.submissions.claim(submissionId, new Date());
    if (!submission) return; // already terminal: a duplicate job
    if (submission.attempts > this.config.GRADING_MAX_ATTEMPTS) {
      return this.fail(
        submissionId,
        `Grading was interrupted ${submission.attempts - 1} times (the grading worker died each time); giving up`,
      );
    }
    const version = await this.exercises.findVersionById(submission.exerciseVersionId);
    if (!version) return this.fail(submissionId, 'The exercise version of this submission no longer exists');
    let result: StoredResult;
    try {
      result = await gradeForStorage(this.runner, 'submission', version, submission);
    } catch (error) {
      // No grade: the row goes back to the queue; its attempt still counts toward the cap.
      if (error instanceof SandboxFailure) await this.submissions.requeue(submissionId);
      throw error;
    }
    const stored = await this.submissions.complete(submissionId, result, new Date());
    if (stored) {
      this.logger.log({ submissionId, score: result.score, status: result.status }, 'graded');
      this.updates.finished(submissionId);
      await this.events.emit('submission.graded', { submissionId });
    }
  }

  private async fail(submissionId: string, message: string): Promise<void> {
    if (await this.submissions.fail(submissionId, message, new Date())) this.updates.finished(submissionId);
  }
}
