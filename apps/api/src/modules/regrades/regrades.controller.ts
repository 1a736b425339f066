import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '../../common/auth/principal';
import { RegradesService } from './regrades.service';

@ApiTags('exercises')
@ApiBearerAuth()
@Roles('admin', 'teacher')
@Controller('v1/exercises/:slug/regrade')
export class RegradesController {
  constructor(private readonly regrades: RegradesService) {}

  /** Regrades every finished submission against the latest version, in the background. */
  @Post()
  @HttpCode(202)
  start(@CurrentUser() actor: Principal, @Param('slug') slug: string) {
    return this.regrades.start(actor, slug);
  }

  /** Progress of the latest regrade (done/total) and, once finished, every score change. */
  @Get()
  latest(@CurrentUser() actor: Principal, @Param('slug') slug: string) {
    return this.regrades.latest(actor, slug);
  }
}
