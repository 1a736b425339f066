export * from './job-queue.interface';
export * from './drivers/inline.job-queue';
export * from './drivers/bullmq.job-queue';
export * from './queue.module';
export * from './job-payloads';
export * from './updates/submission-updates.interface';
export * from './updates/in-process.submission-updates';
export * from './updates/redis.submission-updates';
