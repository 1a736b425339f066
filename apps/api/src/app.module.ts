import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig, ConfigModule, parseEnv } from '@loopgrade/config';
import { DatabaseModule } from '@loopgrade/database';
import { EventsModule } from '@loopgrade/events';
import { QueueModule } from '@loopgrade/queue';
import { SandboxModule } from '@loopgrade/sandbox';
import { EmbeddedWorkerModule } from '../../worker/src/embedded-worker.module';
import { AuthGuard } from './common/auth/auth.guard';
import { JsonBodyMiddleware } from './common/http/json-body.middleware';
import { loggingOptions } from './logging';
import { AuthModule } from './modules/auth/auth.module';
import { BootstrapModule } from './modules/bootstrap/bootstrap.module';
import { ExercisesModule } from './modules/exercises/exercises.module';
import { HealthModule } from './modules/health/health.module';
import { LtiModule } from './modules/lti/lti.module';
import { RegradesModule } from './modules/regrades/regrades.module';
import { RunsModule } from './modules/runs/runs.module';
import { SubmissionsModule } from './modules/submissions/submissions.module';
import { UsersModule } from './modules/users/users.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';

/**
 * Without Redis there is no separate worker: the embedded mode runs the worker's job handlers in this
 * process, on the inline queue. With Redis, this process only produces jobs.
 */
function embeddedWorker(): Array<typeof EmbeddedWorkerModule> {
  return parseEnv(process.env).REDIS_URL ? [] : [EmbeddedWorkerModule];
}

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => loggingOptions(config),
    }),
    DatabaseModule,
    EventsModule,
    QueueModule.forRoot(),
    SandboxModule,
    BootstrapModule,
    AuthModule,
    UsersModule,
    ExercisesModule,
    SubmissionsModule,
    RunsModule,
    RegradesModule,
    HealthModule,
    WebhooksModule,
    LtiModule,
    ...embeddedWorker(),
  ],
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
})
export class AppModule implements NestModule {
  /**
   * Nest mounts the middleware of global modules first, so the logger's (request id, log line) comes
   * before this parser and the errors it raises are logged and carry the request id.
   */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(JsonBodyMiddleware).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
