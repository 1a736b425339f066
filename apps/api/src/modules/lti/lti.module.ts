import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { FormBodyMiddleware } from './form-body.middleware';
import { LtiCoreModule } from './lti-core.module';
import { LtiGradesController } from './lti-grades.controller';
import { LtiGradesService } from './lti-grades.service';
import { LtiLaunchController } from './lti-launch.controller';
import { LtiLaunchService } from './lti-launch.service';
import { LtiPlatformsController } from './lti-platforms.controller';
import { LtiPlatformsService } from './lti-platforms.service';
import { LtiUsersService } from './lti-users.service';

/** LTI 1.3 over HTTP: the LMS-facing routes, registrations (admin) and grade passback controls (teachers). */
@Module({
  imports: [LtiCoreModule, UsersModule],
  controllers: [LtiLaunchController, LtiPlatformsController, LtiGradesController],
  providers: [LtiLaunchService, LtiUsersService, LtiPlatformsService, LtiGradesService],
})
export class LtiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(FormBodyMiddleware)
      .forRoutes(
        { path: 'lti/login', method: RequestMethod.POST },
        { path: 'lti/launch', method: RequestMethod.POST },
      );
  }
}
