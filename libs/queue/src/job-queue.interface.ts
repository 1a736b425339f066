/** The queues of the house, one per kind of background work. */
export const QUEUES = {
  grading: 'grading',
  webhooks: 'webhooks',
  gradeSync: 'grade-sync',
  regrade: 'regrade',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface EnqueueOptions {
  /** Deduplicates: a job whose id is already waiting or running is not added twice. */
  jobId?: string;
  delayMs?: number;
}

export interface Job<T> {
  id: string;
  data: T;
  /** How many times this job was started before this run (a worker may have died mid-run). */
  attemptsMade: number;
}

/** A job's work. Throwing means an infrastructure failure; a student program's failure is a result. */
export interface JobHandler<T = unknown> {
  handle(job: Job<T>): Promise<void>;
}

/** The queue capability: BullMQ on Redis, or inline in this process. */
export interface JobQueue {
  add<T>(queue: QueueName, data: T, options?: EnqueueOptions): Promise<void>;
  /** Jobs waiting or running, for health and metrics. */
  depth(queue: QueueName): Promise<number>;
  /** Whether a job with this id is waiting, delayed or running. */
  has(queue: QueueName, jobId: string): Promise<boolean>;
  /** Worker connections consuming this queue right now (liveness of the grading workers). */
  consumers(queue: QueueName): Promise<number>;
  /** Round trip to the queue's backing store; throws when it is unreachable. */
  ping(): Promise<void>;
}

export const JOB_QUEUE = Symbol('JOB_QUEUE');
