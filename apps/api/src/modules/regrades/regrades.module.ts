import { Module } from '@nestjs/common';
import { ExercisesModule } from '../exercises/exercises.module';
import { RegradesController } from './regrades.controller';
import { RegradesService } from './regrades.service';

@Module({ imports: [ExercisesModule], controllers: [RegradesController], providers: [RegradesService] })
export class RegradesModule {}
