import { Module } from '@nestjs/common';
import { RateLimiter } from '../../common/http/rate-limiter';
import { ExercisesModule } from '../exercises/exercises.module';
import { RunsController } from './runs.controller';
import { RunsService } from './runs.service';

@Module({ imports: [ExercisesModule], controllers: [RunsController], providers: [RunsService, RateLimiter] })
export class RunsModule {}
