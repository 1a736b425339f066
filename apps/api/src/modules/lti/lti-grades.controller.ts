import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type Principal } from '../../common/auth/principal';
import { BindExerciseDto, GradePolicyDto, ListGradeSyncsQueryDto, SendGradesDto } from './lti.dto';
import { LtiGradesService } from './lti-grades.service';
import { IdParam } from '../../common/http/id-param';

@ApiTags('lti')
@ApiBearerAuth()
@Roles('admin', 'teacher')
@Controller('v1/lti')
export class LtiGradesController {
  constructor(private readonly grades: LtiGradesService) {}

  /** Binds an LMS placement to an exercise (the instructor picker). */
  @Put('resource-links/:id/exercise')
  bind(@CurrentUser() actor: Principal, @IdParam('Resource link') id: string, @Body() body: BindExerciseDto) {
    return this.grades.bindExercise(actor, id, body.exerciseId);
  }

  /** Passback policy: automatic / manual / off, best / latest (default automatic, latest). */
  @Get('exercises/:slug/grade-policy')
  policy(@CurrentUser() actor: Principal, @Param('slug') slug: string) {
    return this.grades.policy(actor, slug);
  }

  @Put('exercises/:slug/grade-policy')
  setPolicy(@CurrentUser() actor: Principal, @Param('slug') slug: string, @Body() body: GradePolicyDto) {
    return this.grades.setPolicy(actor, slug, body);
  }

  /** Per-student sync status for every LMS placement of this exercise. */
  @Get('exercises/:slug/grade-syncs')
  list(@CurrentUser() actor: Principal, @Param('slug') slug: string, @Query() query: ListGradeSyncsQueryDto) {
    return this.grades.list(actor, slug, query);
  }

  /** "Send grades" for a manual policy, and "Resend all failed". */
  @Post('exercises/:slug/grade-syncs/send')
  @HttpCode(202)
  send(@CurrentUser() actor: Principal, @Param('slug') slug: string, @Body() body: SendGradesDto) {
    return this.grades.send(actor, slug, body);
  }

  @Post('grade-syncs/:id/resend')
  @HttpCode(202)
  resend(@CurrentUser() actor: Principal, @IdParam('Grade sync') id: string) {
    return this.grades.resend(actor, id);
  }
}
