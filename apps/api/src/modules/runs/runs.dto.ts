import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsOmittable } from '../../common/http/omittable';

export class CreateRunDto {
  /** The program; at most 64 KB (larger is 413). */
  @IsString()
  @MaxLength(1_000_000)
  code: string;

  @IsOmittable()
  @IsIn(['js', 'ts'])
  language?: 'js' | 'ts';

  /** Run with this exercise's limits and virtual services. */
  @IsOmittable()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/)
  exercise?: string;

  /** Replays a schedule named by a grading failure. */
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(2 ** 31 - 1)
  seed?: number;
}

export class TryExerciseDto {
  @IsString()
  @MaxLength(1_000_000)
  code: string;

  @IsOmittable()
  @IsIn(['js', 'ts'])
  language?: 'js' | 'ts';
}
