import { Injectable, Logger } from '@nestjs/common';

/** What happened in the platform, for whoever reacts to it (webhooks, LMS grade passback). */
export interface PlatformEventMap {
  'submission.created': { submissionId: string };
  'submission.graded': { submissionId: string };
  'exercise.published': { exerciseId: string; slug: string; version: number };
  'regrade.completed': { regradeId: string };
}
export type PlatformEventType = keyof PlatformEventMap;
type Listener<T extends PlatformEventType> = (payload: PlatformEventMap[T]) => Promise<void>;

/**
 * An in-process event bus. The core path (grading, exercises) only emits; integrations subscribe, so
 * the submission path knows nothing of them. Listeners must make their own work durable (e.g. by
 * enqueueing a job): a failing listener is logged and never undoes what was emitted.
 */
@Injectable()
export class PlatformEvents {
  private readonly logger = new Logger('PlatformEvents');
  private readonly listeners = new Map<PlatformEventType, Array<Listener<PlatformEventType>>>();

  on<T extends PlatformEventType>(type: T, listener: Listener<T>): void {
    const list = this.listeners.get(type) ?? [];
    list.push(listener as unknown as Listener<PlatformEventType>);
    this.listeners.set(type, list);
  }

  async emit<T extends PlatformEventType>(type: T, payload: PlatformEventMap[T]): Promise<void> {
    for (const listener of this.listeners.get(type) ?? []) {
      await listener(payload).catch((error: unknown) =>
        this.logger.error({ type, payload, err: error }, 'listener failed'),
      );
    }
  }
}
