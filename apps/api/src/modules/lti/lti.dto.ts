import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { IsOmittable } from '../../common/http/omittable';

const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

export class CreateLtiPlatformDto {
  /** `iss` of the platform's id_tokens (Canvas: https://canvas.instructure.com; Moodle: the site URL). */
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  issuer: string;

  /** The client id the LMS assigned to loopgrade (Canvas: the developer key id). */
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  clientId: string;

  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  authLoginUrl: string;

  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  accessTokenUrl: string;

  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  jwksUrl: string;

  /** Audience of our client assertions if the platform wants something else than the token URL. */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  authServerAudience?: string | null;

  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  deploymentIds?: string[];
}

export class UpdateLtiPlatformDto {
  @IsOmittable()
  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  authLoginUrl?: string;

  @IsOmittable()
  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  accessTokenUrl?: string;

  @IsOmittable()
  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  jwksUrl?: string;

  /** null: back to the token URL. */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  authServerAudience?: string | null;
}

export class RotateToolKeyDto {
  /** Skip the publication wait (after a key compromise). */
  @IsOmittable()
  @IsBoolean()
  immediate?: boolean;
}

export class BindExerciseDto {
  @IsUUID()
  exerciseId: string;
}

export class GradePolicyDto {
  @IsIn(['automatic', 'manual', 'off'])
  mode: 'automatic' | 'manual' | 'off';

  @IsIn(['best', 'latest'])
  aggregate: 'best' | 'latest';
}

export class ListGradeSyncsQueryDto {
  @IsOmittable()
  @IsIn(['waiting', 'ready', 'pending', 'synced', 'failed'])
  status?: 'waiting' | 'ready' | 'pending' | 'synced' | 'failed';
}

export class SendGradesDto {
  /** `ready` (manual policy), `failed`, or both (default). */
  @IsOmittable()
  @IsArray()
  @IsIn(['ready', 'failed'], { each: true })
  statuses?: Array<'ready' | 'failed'>;
}
