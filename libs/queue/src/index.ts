export * from './job-queue.interface';
export * from './drivers/inline.job-queue';
export * from './drivers/bullmq.job-queue';
export * from './queue.module';
export * from './job-payloads';
