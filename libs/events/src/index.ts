export * from './platform-events';
export * from './events.module';
