import { Inject, Injectable } from '@nestjs/common';
import { SubmissionsRepository } from '@loopgrade/database';
import { PlatformEvents } from '@loopgrade/events';
import type { IdempotentSubmission, SubmissionWithResult } from '@loopgrade/database';
import { GradingJob, JOB_QUEUE, JobQueue, QUEUES, SubmissionUpdates } from '@loopgrade/queue';
import type { Principal } from '../../common/auth/principal';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { Page, toPage } from '../../common/http/pagination';
import { RateLimiter } from '../../common/http/rate-limiter';
import { ExercisesService } from '../exercises/exercises.service';
import { assertCodeSize } from '../runs/code-size';
import { CreateSubmissionDto, ListSubmissionsQueryDto } from './submissions.dto';
import { SubmissionView, TERMINAL_STATUSES, toSubmissionView } from './submission.views';

/** A long poll wakes on the finish signal; it re-reads at this interval in case a signal was lost. */
const RECHECK_MS = 1000;

@Injectable()
export class SubmissionsService {
  constructor(
    private readonly submissions: SubmissionsRepository,
    private readonly events: PlatformEvents,
    private readonly exercises: ExercisesService,
    private readonly rateLimiter: RateLimiter,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly updates: SubmissionUpdates,
  ) {}

  /**
   * Stores the submission, then enqueues it. The row is committed first, so a lost job is only a delay:
   * the reconciler finds queued rows without a job.
   */
  async submit(
    actor: Principal,
    slug: string,
    input: CreateSubmissionDto,
    idempotencyKey?: string,
  ): Promise<{ view: SubmissionView; created: boolean }> {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
      throw new DomainError('invalid', 'Idempotency-Key must be 1-200 visible ASCII characters', {
        errors: [{ field: 'Idempotency-Key', message: 'must be 1-200 visible ASCII characters' }],
      });
    }
    if (idempotencyKey) {
      const existing = await this.submissions.findByIdempotencyKey(actor.id, idempotencyKey);
      if (existing) return this.replay(actor, existing, slug, input);
    }
    const exercise = await this.exercises.forSubmission(actor, slug);
    assertCodeSize(input.code);
    this.rateLimiter.consume(actor.id, 'submission');
    const { submission, created } = await this.submissions.createIdempotent({
      userId: actor.id,
      exerciseId: exercise.id,
      exerciseVersionId: exercise.version.id,
      code: input.code,
      language: input.language ?? exercise.version.language,
      idempotencyKey: idempotencyKey ?? null,
    });
    if (!created) {
      // A concurrent request with the same key won the insert.
      const existing = await this.submissions.findByIdempotencyKey(actor.id, idempotencyKey!);
      return this.replay(actor, existing!, slug, input);
    }
    await this.queue.add<GradingJob>(
      QUEUES.grading,
      { submissionId: submission.id },
      { jobId: submission.id },
    );
    await this.events.emit('submission.created', { submissionId: submission.id });
    const view = this.view(actor, {
      ...submission,
      result: null,
      exercise: { slug: exercise.slug, ownerId: exercise.ownerId },
      exerciseVersion: { version: exercise.version.version },
    });
    return { view, created };
  }

  /**
   * A retry gets the submission its key made, but only if it repeats that request: the same key with
   * another exercise or program is a client bug that would otherwise silently lose the new submission.
   */
  private async replay(
    actor: Principal,
    existing: IdempotentSubmission,
    slug: string,
    input: CreateSubmissionDto,
  ): Promise<{ view: SubmissionView; created: false }> {
    const sameRequest =
      existing.exercise.slug === slug &&
      existing.code === input.code &&
      existing.language === (input.language ?? existing.exerciseVersion.language);
    if (!sameRequest) {
      const message = 'was already used for a different request (another exercise, code or language)';
      throw new DomainError('unprocessable', `Idempotency-Key ${message}`, {
        errors: [{ field: 'Idempotency-Key', message }],
      });
    }
    return { view: await this.get(actor, existing.id), created: false };
  }

  /** With `waitSeconds`, a long poll: the watch opens before each read, so no finish slips between. */
  async get(actor: Principal, id: string, waitSeconds = 0): Promise<SubmissionView> {
    const deadline = Date.now() + waitSeconds * 1000;
    for (;;) {
      const remaining = deadline - Date.now();
      const watch = remaining > 0 ? this.updates.watch(id, Math.min(remaining, RECHECK_MS)) : null;
      let submission: SubmissionWithResult;
      try {
        submission = await this.visible(actor, id);
      } catch (error) {
        watch?.close();
        throw error;
      }
      if (watch === null || TERMINAL_STATUSES.has(submission.status)) {
        watch?.close();
        return this.view(actor, submission);
      }
      await watch.done;
    }
  }

  async list(actor: Principal, query: ListSubmissionsQueryDto): Promise<Page<SubmissionView>> {
    const filter: Parameters<SubmissionsRepository['list']>[0] = { status: query.status };
    if (query.exercise) {
      const exercise = await this.exercises.forSubmission(actor, query.exercise).catch(() => null);
      if (!exercise) return { items: [], nextCursor: null };
      filter.exerciseId = exercise.id;
    }
    if (actor.role === 'student') filter.userId = actor.id;
    else {
      filter.userId = query.user;
      if (actor.role === 'teacher') filter.exerciseOwnerId = actor.id;
    }
    const rows = await this.submissions.list(filter, query);
    return toPage(
      rows,
      query.limit,
      (row) => row.id,
      (row) => this.view(actor, row),
    );
  }

  /** Someone else's submission is reported as missing, so ids cannot be probed. */
  private async visible(actor: Principal, id: string): Promise<SubmissionWithResult> {
    const submission = await this.submissions.findById(id);
    const allowed =
      submission &&
      (actor.role === 'admin' || submission.userId === actor.id || submission.exercise.ownerId === actor.id);
    if (!allowed) throw notFound('Submission');
    return submission;
  }

  private view(actor: Principal, submission: SubmissionWithResult): SubmissionView {
    const staff = actor.role === 'admin' || submission.exercise.ownerId === actor.id;
    return toSubmissionView(submission, { seesHiddenDetails: staff, includeCode: true });
  }
}
