import { Module } from '@nestjs/common';
import { EXERCISE_VALIDATOR } from './exercise-validator';
import { ExercisesController } from './exercises.controller';
import { ExercisesService } from './exercises.service';
import { GradingExerciseValidator } from './grading-exercise.validator';

@Module({
  controllers: [ExercisesController],
  providers: [ExercisesService, { provide: EXERCISE_VALIDATOR, useClass: GradingExerciseValidator }],
  exports: [ExercisesService],
})
export class ExercisesModule {}
