import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type Principal } from '../../common/auth/principal';
import { CreateLtiPlatformDto, RotateToolKeyDto, UpdateLtiPlatformDto } from './lti.dto';
import { LtiPlatformsService } from './lti-platforms.service';
import { ToolKeysService } from './tool-keys.service';
import { IdParam } from '../../common/http/id-param';

@ApiTags('lti')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/lti')
export class LtiPlatformsController {
  constructor(
    private readonly platforms: LtiPlatformsService,
    private readonly keys: ToolKeysService,
  ) {}

  /** URLs, scopes and custom parameters to enter in the LMS. */
  @Get('tool-configuration')
  toolConfiguration() {
    return this.platforms.toolConfiguration();
  }

  /** Registers an LMS, keyed by (issuer, clientId); 409 if that pair exists. */
  @Post('platforms')
  create(@CurrentUser() actor: Principal, @Body() body: CreateLtiPlatformDto) {
    return this.platforms.create(actor, body);
  }

  @Get('platforms')
  list() {
    return this.platforms.list();
  }

  @Get('platforms/:id')
  get(@IdParam('LTI registration') id: string) {
    return this.platforms.get(id);
  }

  @Patch('platforms/:id')
  update(@IdParam('LTI registration') id: string, @Body() body: UpdateLtiPlatformDto) {
    return this.platforms.update(id, body);
  }

  @Delete('platforms/:id')
  @HttpCode(204)
  remove(@IdParam('LTI registration') id: string) {
    return this.platforms.remove(id);
  }

  /** Adds or re-activates a deployment (an install of the registration). */
  @Put('platforms/:id/deployments/:deploymentId')
  addDeployment(@IdParam('LTI registration') id: string, @Param('deploymentId') deploymentId: string) {
    return this.platforms.setDeployment(id, deploymentId, true);
  }

  /** Deactivates a deployment: its launches are refused from now on. */
  @Delete('platforms/:id/deployments/:deploymentId')
  removeDeployment(@IdParam('LTI registration') id: string, @Param('deploymentId') deploymentId: string) {
    return this.platforms.setDeployment(id, deploymentId, false);
  }

  /** One rotation step of loopgrade's signing keys (publish next / promote); `immediate` after a compromise. */
  @Post('keys/rotate')
  @HttpCode(200)
  rotate(@Body() body: RotateToolKeyDto) {
    return this.keys.rotate(body.immediate ?? false);
  }
}
