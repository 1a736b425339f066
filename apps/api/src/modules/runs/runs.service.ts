import { Inject, Injectable } from '@nestjs/common';
import { toExerciseDefinition } from '@loopgrade/database';
import type { ProgramRunner, RunResult } from '@loopgrade/engine';
import { grade } from '@loopgrade/grading';
import type { Feedback } from '@loopgrade/grading';
import { runOptions } from '@loopgrade/grading/runs/run-request';
import { SANDBOX_POOL } from '@loopgrade/sandbox';
import type { Principal } from '../../common/auth/principal';
import { RateLimiter } from '../../common/http/rate-limiter';
import { ExercisesService } from '../exercises/exercises.service';
import { assertCodeSize } from './code-size';
import { CreateRunDto, TryExerciseDto } from './runs.dto';

/** Ungraded runs: the practice loop before submitting, and the author's trial of a draft. */
@Injectable()
export class RunsService {
  constructor(
    @Inject(SANDBOX_POOL) private readonly runner: ProgramRunner,
    private readonly exercises: ExercisesService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async run(actor: Principal, input: CreateRunDto): Promise<RunResult> {
    assertCodeSize(input.code);
    const exercise = input.exercise ? await this.exercises.forSubmission(actor, input.exercise) : null;
    this.rateLimiter.consume(actor.id, 'run');
    const language = input.language ?? (exercise?.version.language as 'js' | 'ts' | undefined) ?? 'js';
    const options = exercise
      ? runOptions(toExerciseDefinition(exercise.slug, exercise.version, language), { seed: input.seed })
      : { filename: language === 'ts' ? 'main.ts' : 'main.js', seed: input.seed };
    return this.runner.run(input.code, options);
  }

  /** Grades any code against the current draft's checks, without storing anything. */
  async try(actor: Principal, slug: string, input: TryExerciseDto): Promise<Feedback> {
    assertCodeSize(input.code);
    const exercise = await this.exercises.owned(actor, slug);
    this.rateLimiter.consume(actor.id, 'run');
    return grade(toExerciseDefinition(slug, exercise.version, input.language), input.code, this.runner);
  }
}
