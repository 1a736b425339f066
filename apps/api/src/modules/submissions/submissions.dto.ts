import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination';
import { IsOmittable } from '../../common/http/omittable';

export class CreateSubmissionDto {
  /** The program; at most 64 KB (larger is 413). */
  @IsString()
  @MaxLength(1_000_000)
  code: string;

  /** Defaults to the exercise's language. */
  @IsOmittable()
  @IsIn(['js', 'ts'])
  language?: 'js' | 'ts';
}

export class GetSubmissionQueryDto {
  /** Seconds to wait for a terminal state (long poll, at most 30). */
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(30)
  wait?: number;

  /** Export view: Exercism test-runner results.json v3, or Gradescope results.json. */
  @IsOmittable()
  @IsIn(['exercism', 'gradescope'])
  format?: 'exercism' | 'gradescope';
}

export class ListSubmissionsQueryDto extends PageQueryDto {
  /** Exercise slug. */
  @IsOmittable()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/)
  exercise?: string;

  @IsOmittable()
  @IsUUID()
  user?: string;

  @IsOmittable()
  @IsIn(['queued', 'running', 'graded', 'error'])
  status?: 'queued' | 'running' | 'graded' | 'error';
}
