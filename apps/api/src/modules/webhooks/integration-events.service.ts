import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  buildWebhookBody,
  newWebhookMessageId,
  type Clock,
  type WebhookEventData,
  type WebhookEventType,
} from '@loopgrade/integrations';
import { JOB_QUEUE, QUEUES, type JobQueue } from '@loopgrade/queue';
import { IntegrationLookupsRepository } from './integration-lookups.repository';
import { INTEGRATIONS_CLOCK } from './integrations.providers';
import { WebhooksRepository } from './webhooks.repository';

export interface WebhookDeliveryJob {
  deliveryId: string;
}

/** Queue job id of a delivery's n-th attempt: retries are new jobs, so a finished job never blocks one. */
export const deliveryJobId = (deliveryId: string, attempt: number) => `${deliveryId}-a${attempt}`;

/**
 * The one entry point other capabilities call when something webhook-worthy happened. It writes
 * the message and one delivery per interested endpoint, then queues the first attempts.
 * Publishing never throws into the caller: a failure here must not undo a submission or a grade.
 * Each event first probes whether any endpoint wants its type, so the submission path pays one cheap
 * query, not the payload lookups, when nobody listens.
 */
@Injectable()
export class IntegrationEvents {
  private readonly logger = new Logger('IntegrationEvents');

  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly lookups: IntegrationLookupsRepository,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(INTEGRATIONS_CLOCK) private readonly clock: Clock,
  ) {}

  /** `ownerIds`: whose endpoints hear it (besides every admin's): usually the exercise owner. */
  async publish<T extends WebhookEventType>(
    type: T,
    data: WebhookEventData[T],
    ownerIds: string[],
  ): Promise<string | null> {
    try {
      const endpoints = await this.webhooks.endpointsFor(type, ownerIds);
      if (endpoints.length === 0) return null;
      const now = this.clock.now();
      const message = { id: newWebhookMessageId(now), type, body: buildWebhookBody(type, data, now) };
      const deliveries = await this.webhooks.createMessage(
        message,
        endpoints.map((endpoint) => endpoint.id),
        now,
        now,
      );
      for (const delivery of deliveries) {
        await this.queue.add<WebhookDeliveryJob>(
          QUEUES.webhooks,
          { deliveryId: delivery.id },
          { jobId: deliveryJobId(delivery.id, 1) },
        );
      }
      return message.id;
    } catch (error) {
      this.logger.error({ type, err: error }, 'could not publish a webhook event');
      return null;
    }
  }

  /** Call after a submission row is committed (SubmissionsService.submit, when created). */
  async submissionCreated(submissionId: string): Promise<void> {
    if (!(await this.webhooks.anyEndpointFor('submission.created'))) return;
    const submission = await this.lookups.submission(submissionId);
    if (!submission) return;
    await this.publish(
      'submission.created',
      {
        submissionId,
        exerciseId: submission.exerciseId,
        userId: submission.userId,
        createdAt: submission.createdAt.toISOString(),
      },
      [submission.exerciseOwnerId],
    );
  }

  /** Called by the grading listener once a result is stored. */
  async submissionGraded(submissionId: string): Promise<void> {
    if (!(await this.webhooks.anyEndpointFor('submission.graded'))) return;
    const submission = await this.lookups.submission(submissionId);
    if (!submission || submission.score === null) return;
    await this.publish(
      'submission.graded',
      {
        submissionId,
        exerciseId: submission.exerciseId,
        userId: submission.userId,
        status: submission.resultStatus ?? submission.status,
        score: submission.score,
        maxScore: 100,
        gradedAt: (submission.finishedAt ?? this.clock.now()).toISOString(),
      },
      [submission.exerciseOwnerId],
    );
  }

  /** Call after an exercise is published (ExercisesService.publish). */
  async exercisePublished(exerciseId: string): Promise<void> {
    if (!(await this.webhooks.anyEndpointFor('exercise.published'))) return;
    const exercise = await this.lookups.exercise(exerciseId);
    if (!exercise) return;
    await this.publish(
      'exercise.published',
      {
        exerciseId: exercise.id,
        slug: exercise.slug,
        version: exercise.version,
        publishedAt: (exercise.publishedAt ?? this.clock.now()).toISOString(),
      },
      [exercise.ownerId],
    );
  }

  /** Call once per finished regrade batch. */
  async regradeCompleted(exerciseId: string, regradeId: string, submissionCount: number): Promise<void> {
    if (!(await this.webhooks.anyEndpointFor('regrade.completed'))) return;
    const exercise = await this.lookups.exercise(exerciseId);
    if (!exercise) return;
    await this.publish(
      'regrade.completed',
      { exerciseId, regradeId, submissionCount, completedAt: this.clock.now().toISOString() },
      [exercise.ownerId],
    );
  }
}
