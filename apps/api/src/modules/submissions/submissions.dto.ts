import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination';

export class CreateSubmissionDto {
  /** The program; at most 64 KB (larger is 413). */
  @IsString()
  @MaxLength(1_000_000)
  code: string;

  /** Defaults to the exercise's language. */
  @IsOptional()
  @IsIn(['js', 'ts'])
  language?: 'js' | 'ts';
}

export class GetSubmissionQueryDto {
  /** Seconds to wait for a terminal state (long poll, at most 30). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(30)
  wait?: number;

  /** Export view: Exercism test-runner results.json v3, or Gradescope results.json. */
  @IsOptional()
  @IsIn(['exercism', 'gradescope'])
  format?: 'exercism' | 'gradescope';
}

export class ListSubmissionsQueryDto extends PageQueryDto {
  /** Exercise slug. */
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/)
  exercise?: string;

  @IsOptional()
  @IsUUID()
  user?: string;

  @IsOptional()
  @IsIn(['queued', 'running', 'graded', 'error'])
  status?: 'queued' | 'running' | 'graded' | 'error';
}
