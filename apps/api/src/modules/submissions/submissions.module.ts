import { Module } from '@nestjs/common';
import { RateLimiter } from '../../common/http/rate-limiter';
import { ExercisesModule } from '../exercises/exercises.module';
import { SubmissionExports } from './submission-exports';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [ExercisesModule],
  controllers: [SubmissionsController],
  providers: [SubmissionsService, SubmissionExports, RateLimiter],
})
export class SubmissionsModule {}
