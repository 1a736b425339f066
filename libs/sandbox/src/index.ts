export * from './sandbox.module';
