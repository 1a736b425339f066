import { PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsString, IsUrl, MaxLength } from 'class-validator';
import { WEBHOOK_EVENT_TYPES } from '@loopgrade/integrations';
import { PageQueryDto } from '../../common/http/pagination';
import { IsOmittable } from '../../common/http/omittable';

export class CreateWebhookEndpointDto {
  /** Where events are POSTed. https only, unless the installation allows private targets. */
  @IsString()
  @MaxLength(2000)
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  url: string;

  /** Event types to receive; empty or absent = all. */
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  filterTypes?: string[];

  @IsOmittable()
  @IsString()
  @MaxLength(500)
  description?: string;
}

/** Every field may be left out (not nulled); the same rules as on creation. */
export class UpdateWebhookEndpointDto extends PartialType(CreateWebhookEndpointDto, {
  skipNullProperties: false,
}) {}

export class ListWebhookMessagesQueryDto extends PageQueryDto {
  @IsOmittable()
  @IsIn(['pending', 'delivered', 'exhausted'])
  status?: 'pending' | 'delivered' | 'exhausted';

  /** ISO 8601: only messages created at or after. */
  @IsOmittable()
  @IsDateString()
  @Type(() => String)
  since?: string;
}
