import { Injectable, OnModuleInit } from '@nestjs/common';
import { RegradesRepository, type RegradeDelta } from '@loopgrade/database';
import { PlatformEvents } from '@loopgrade/events';
import { GradePassbackService } from './grade-passback.service';

/** Stages LMS grade passback whenever a stored result appears or changes (grading and regrades). */
@Injectable()
export class GradeEventsSubscriber implements OnModuleInit {
  constructor(
    private readonly platform: PlatformEvents,
    private readonly passback: GradePassbackService,
    private readonly regrades: RegradesRepository,
  ) {}

  onModuleInit(): void {
    this.platform.on('submission.graded', ({ submissionId }) =>
      this.passback.onSubmissionGraded(submissionId),
    );
    this.platform.on('regrade.completed', async ({ regradeId }) => {
      const regrade = await this.regrades.findById(regradeId);
      for (const delta of (regrade?.deltas ?? []) as unknown as RegradeDelta[]) {
        if (delta.before !== delta.after) await this.passback.onSubmissionGraded(delta.submissionId);
      }
    });
  }
}
