import { Module } from '@nestjs/common';
import { AgsClient, PlatformKeySets, ServiceTokenClient } from '@loopgrade/integrations';
import { WebhooksCoreModule } from '../webhooks/webhooks-core.module';
import { GradeEventsSubscriber } from './grade-events.subscriber';
import { GradePassbackService } from './grade-passback.service';
import { GradeSyncService } from './grade-sync.service';
import { LTI_CLIENT_PROVIDERS } from './lti-clients.providers';
import { LtiGradesRepository } from './lti-grades.repository';
import { LtiLinkInstructorsRepository } from './lti-link-instructors.repository';
import { LtiLinksRepository } from './lti-links.repository';
import { LtiLoginStatesRepository } from './lti-login-states.repository';
import { LtiPlatformsRepository } from './lti-platforms.repository';
import { ToolKeysRepository } from './tool-keys.repository';
import { ToolKeysService } from './tool-keys.service';

const SHARED = [
  LtiPlatformsRepository,
  LtiLoginStatesRepository,
  LtiLinksRepository,
  LtiLinkInstructorsRepository,
  LtiGradesRepository,
  ToolKeysRepository,
  ToolKeysService,
  GradePassbackService,
  GradeSyncService,
];

/** LTI pieces both processes use: repositories, tool keys, the AGS client and grade passback (subscribed to grading). */
@Module({
  imports: [WebhooksCoreModule],
  providers: [...SHARED, ...LTI_CLIENT_PROVIDERS, GradeEventsSubscriber],
  exports: [...SHARED, PlatformKeySets, ServiceTokenClient, AgsClient],
})
export class LtiCoreModule {}
