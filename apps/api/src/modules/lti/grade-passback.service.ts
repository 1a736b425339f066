import { Inject, Injectable, Logger } from '@nestjs/common';
import type { LtiGradeSync } from '@loopgrade/database';
import type { Clock } from '@loopgrade/integrations';
import { JOB_QUEUE, QUEUES, type JobQueue } from '@loopgrade/queue';
import { IntegrationLookupsRepository } from '../webhooks/integration-lookups.repository';
import { INTEGRATIONS_CLOCK } from '../webhooks/integrations.providers';
import { LtiGradesRepository } from './lti-grades.repository';

export interface GradeSyncJob {
  syncId: string;
}

/** Scores are on loopgrade's 0–100 scale; the LMS rescales to its column. */
export const SCORE_MAXIMUM = 100;

/**
 * Decides what each LMS column should hold after grading, per the exercise's policy
 * (automatic / manual / off; best / latest), and queues the sends. Sends only on change.
 */
@Injectable()
export class GradePassbackService {
  private readonly logger = new Logger('GradePassback');

  constructor(
    private readonly grades: LtiGradesRepository,
    private readonly lookups: IntegrationLookupsRepository,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(INTEGRATIONS_CLOCK) private readonly clock: Clock,
  ) {}

  /** Called once a result is stored. */
  async onSubmissionGraded(submissionId: string): Promise<void> {
    if (!(await this.grades.anySync())) return;
    const submission = await this.lookups.submission(submissionId);
    if (!submission || submission.score === null) return;
    for (const sync of await this.grades.syncsFor(submission.exerciseId, submission.userId)) {
      await this.refresh(sync);
    }
  }

  /** Re-evaluates one student's column: picks the score per policy and stages it if it changed. */
  async refresh(sync: LtiGradeSync): Promise<void> {
    const policy = await this.grades.policy(sync.exerciseId);
    if (policy.mode === 'off') return;
    const chosen = await this.lookups.scoredSubmission(sync.userId, sync.exerciseId, policy.aggregate);
    if (!chosen || chosen.score === null) return;
    const alreadyThere = sync.status === 'synced' && sync.sentScore === chosen.score;
    const alreadyStaged =
      (sync.status === 'pending' || sync.status === 'ready') && sync.scoreGiven === chosen.score;
    if (alreadyThere || alreadyStaged) return;
    const dueAt = policy.mode === 'automatic' ? this.clock.now() : null;
    await this.grades.stage(
      sync.id,
      { submissionId: chosen.id, scoreGiven: chosen.score, scoreMaximum: SCORE_MAXIMUM },
      dueAt,
    );
    if (dueAt) await this.enqueue(sync.id, dueAt);
  }

  /** "Resend" one row, or "Send grades" for many: every row with a score goes again, now. */
  async sendNow(syncIds: string[]): Promise<void> {
    const now = this.clock.now();
    await this.grades.requeue(syncIds, now);
    for (const id of syncIds) await this.enqueue(id, now);
  }

  async enqueue(syncId: string, at: Date, delayMs = 0): Promise<void> {
    await this.queue.add<GradeSyncJob>(
      QUEUES.gradeSync,
      { syncId },
      { jobId: `${syncId}-${at.getTime() + delayMs}`, delayMs },
    );
  }
}
