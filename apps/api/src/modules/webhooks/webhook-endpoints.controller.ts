import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { WEBHOOK_EVENT_TYPES, WEBHOOK_PAYLOAD_VERSION } from '@loopgrade/integrations';
import { CurrentUser, Roles, type Principal } from '../../common/auth/principal';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import {
  CreateWebhookEndpointDto,
  ListWebhookMessagesQueryDto,
  UpdateWebhookEndpointDto,
} from './webhooks.dto';
import { IdParam } from '../../common/http/id-param';

@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('admin', 'teacher')
@Controller('v1')
export class WebhookEndpointsController {
  constructor(private readonly endpoints: WebhookEndpointsService) {}

  /** The event catalogue; payloads are documented in docs/integrations.md. */
  @Get('webhook-event-types')
  eventTypes() {
    return { version: WEBHOOK_PAYLOAD_VERSION, types: WEBHOOK_EVENT_TYPES };
  }

  /** Registers an endpoint; the `whsec_` secret is returned in this answer only. */
  @Post('webhook-endpoints')
  create(@CurrentUser() actor: Principal, @Body() body: CreateWebhookEndpointDto) {
    return this.endpoints.create(actor, body);
  }

  @Get('webhook-endpoints')
  list(@CurrentUser() actor: Principal) {
    return this.endpoints.list(actor);
  }

  @Get('webhook-endpoints/:id')
  get(@CurrentUser() actor: Principal, @IdParam('Webhook endpoint') id: string) {
    return this.endpoints.get(actor, id);
  }

  @Patch('webhook-endpoints/:id')
  update(
    @CurrentUser() actor: Principal,
    @IdParam('Webhook endpoint') id: string,
    @Body() body: UpdateWebhookEndpointDto,
  ) {
    return this.endpoints.update(actor, id, body);
  }

  @Delete('webhook-endpoints/:id')
  @HttpCode(204)
  remove(@CurrentUser() actor: Principal, @IdParam('Webhook endpoint') id: string) {
    return this.endpoints.remove(actor, id);
  }

  /** New secret, returned once; the previous one keeps signing beside it for 24 hours. */
  @Post('webhook-endpoints/:id/rotate-secret')
  @HttpCode(200)
  rotateSecret(@CurrentUser() actor: Principal, @IdParam('Webhook endpoint') id: string) {
    return this.endpoints.rotateSecret(actor, id);
  }

  /** Sends a `webhook.test` event now and reports the attempt. */
  @Post('webhook-endpoints/:id/test')
  @HttpCode(200)
  test(@CurrentUser() actor: Principal, @IdParam('Webhook endpoint') id: string) {
    return this.endpoints.test(actor, id);
  }

  /** Re-enables a disabled endpoint after a successful test event (409 if the test fails). */
  @Post('webhook-endpoints/:id/enable')
  @HttpCode(200)
  enable(@CurrentUser() actor: Principal, @IdParam('Webhook endpoint') id: string) {
    return this.endpoints.enable(actor, id);
  }

  /** Delivery log, newest first: every attempt with time, status code, latency and response excerpt. */
  @Get('webhook-endpoints/:id/messages')
  messages(
    @CurrentUser() actor: Principal,
    @IdParam('Webhook endpoint') id: string,
    @Query() query: ListWebhookMessagesQueryDto,
  ) {
    return this.endpoints.messages(actor, id, query);
  }

  /** One more attempt of a message (same webhook-id, fresh signature). */
  @Post('webhook-endpoints/:id/messages/:messageId/resend')
  @HttpCode(200)
  resend(
    @CurrentUser() actor: Principal,
    @IdParam('Webhook endpoint') id: string,
    @Param('messageId') messageId: string,
  ) {
    return this.endpoints.resend(actor, id, messageId);
  }
}
