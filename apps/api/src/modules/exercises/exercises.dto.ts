import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { INVALID_CURSOR, PageLimitQueryDto } from '../../common/http/pagination';
import { IsOmittable } from '../../common/http/omittable';

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

export const DIFFICULTIES = ['intro', 'easy', 'medium', 'hard'] as const;
export const LANGUAGES = ['js', 'ts'] as const;
export const ENTRY_KINDS = ['script', 'module'] as const;
const CODE_MAX = 64 * 1024;

/** Per-exercise overrides of the engine's limits; each is capped so no exercise can buy unbounded resources. */
export class ExerciseLimitsDto {
  @IsOmittable() @IsInt() @Min(10) @Max(10_000) cpuMs?: number;
  @IsOmittable() @IsInt() @Min(8) @Max(256) memoryMb?: number;
  @IsOmittable() @IsInt() @Min(1) @Max(7 * 24 * 3600 * 1000) virtualHorizonMs?: number;
  @IsOmittable() @IsInt() @Min(1) @Max(1_000_000) maxCallbacks?: number;
  @IsOmittable() @IsInt() @Min(1) @Max(100_000) maxPendingTimers?: number;
  @IsOmittable() @IsInt() @Min(1) @Max(64 * 1024) maxOutputBytes?: number;
  @IsOmittable() @IsInt() @Min(1) @Max(2000) maxOutputLines?: number;
}

export class ExerciseContentDto {
  @IsString() @MinLength(1) @MaxLength(200) title: string;
  @IsIn(DIFFICULTIES) difficulty: (typeof DIFFICULTIES)[number];

  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags: string[];

  @IsOmittable() @IsInt() @Min(1) @Max(600) estimatedMinutes?: number;
  /** Markdown shown to students. */
  @IsString() @MaxLength(100_000) statement: string;
  @IsIn(LANGUAGES) language: (typeof LANGUAGES)[number];
  @IsIn(ENTRY_KINDS) entry: (typeof ENTRY_KINDS)[number];
  @IsString() @MaxLength(CODE_MAX) starter: string;
  @IsString() @MaxLength(CODE_MAX) solution: string;

  @IsOmittable()
  @ValidateNested()
  @Type(() => ExerciseLimitsDto)
  limits?: ExerciseLimitsDto;

  /** Virtual services (fetch routes and named services), see docs/exercise-format.md. */
  @IsOmittable() @IsObject() services?: Record<string, unknown>;

  /** `esm` runs the entry as an ES module (Node's .mjs semantics); default CommonJS. */
  @IsOmittable() @IsIn(['commonjs', 'esm']) moduleType?: 'commonjs' | 'esm';

  /** Exposes `blockFor(ms)`, which models CPU-bound work on the virtual clock. */
  @IsOmittable() @IsBoolean() blockFor?: boolean;

  /** The checks, in the check language of docs/exercise-format.md. */
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  checks: Record<string, unknown>[];
}

export class CreateExerciseDto extends ExerciseContentDto {
  @Matches(SLUG_PATTERN, { message: 'slug must be 2-63 lowercase letters, digits or dashes' })
  slug: string;
}

export class UpdateExerciseDto extends ExerciseContentDto {}

export class ListExercisesQueryDto extends PageLimitQueryDto {
  /** The `nextCursor` of the previous page (a slug: the list is ordered by slug). */
  @IsOmittable()
  @Matches(SLUG_PATTERN, { message: INVALID_CURSOR })
  cursor?: string;

  /** Teachers: only the exercises they own. */
  @IsOmittable() @IsIn(['true', 'false']) mine?: 'true' | 'false';
}
