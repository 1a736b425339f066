import { Injectable, OnModuleInit } from '@nestjs/common';
import { RegradesRepository } from '@loopgrade/database';
import { PlatformEvents } from '@loopgrade/events';
import { IntegrationEvents } from './integration-events.service';

/**
 * Turns platform events into webhook messages. Registered in every process (API and worker), since
 * each emits its own events: submissions and publications in the API, grades and regrades in the worker.
 */
@Injectable()
export class WebhookEventsSubscriber implements OnModuleInit {
  constructor(
    private readonly platform: PlatformEvents,
    private readonly events: IntegrationEvents,
    private readonly regrades: RegradesRepository,
  ) {}

  onModuleInit(): void {
    this.platform.on('submission.created', ({ submissionId }) => this.events.submissionCreated(submissionId));
    this.platform.on('submission.graded', ({ submissionId }) => this.events.submissionGraded(submissionId));
    this.platform.on('exercise.published', ({ exerciseId }) => this.events.exercisePublished(exerciseId));
    this.platform.on('regrade.completed', async ({ regradeId }) => {
      const regrade = await this.regrades.findById(regradeId);
      if (regrade) await this.events.regradeCompleted(regrade.exerciseId, regrade.id, regrade.done);
    });
  }
}
