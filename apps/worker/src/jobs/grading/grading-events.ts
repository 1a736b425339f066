import { Injectable, Logger } from '@nestjs/common';

export type GradedListener = (submissionId: string) => Promise<void>;

/**
 * What happens after a result is stored (webhooks, LMS grade passback) subscribes here, so grading
 * itself knows nothing of integrations. A failing listener is logged and does not undo the grade.
 */
@Injectable()
export class GradingEvents {
  private readonly logger = new Logger('GradingEvents');
  private readonly listeners: GradedListener[] = [];

  onGraded(listener: GradedListener): void {
    this.listeners.push(listener);
  }

  async graded(submissionId: string): Promise<void> {
    for (const listener of this.listeners) {
      await listener(submissionId).catch((error: unknown) =>
        this.logger.error({ submissionId, err: error }, 'a graded-listener failed'),
      );
    }
  }
}
