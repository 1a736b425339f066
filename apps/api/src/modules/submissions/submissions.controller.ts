import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Principal } from '../../common/auth/principal';
import { CreateSubmissionDto, GetSubmissionQueryDto, ListSubmissionsQueryDto } from './submissions.dto';
import { SubmissionExports } from './submission-exports';
import { SubmissionsService } from './submissions.service';
import { IdParam } from '../../common/http/id-param';

@ApiTags('submissions')
@ApiBearerAuth()
@Controller('v1')
export class SubmissionsController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly exports: SubmissionExports,
  ) {}

  /** Queues the code for grading; poll the Location (or add ?wait=30) for the result. */
  @Post('exercises/:slug/submissions')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Same key, same user, same request: the same submission; reused for another request: 422',
  })
  async submit(
    @CurrentUser() actor: Principal,
    @Param('slug') slug: string,
    @Body() body: CreateSubmissionDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { view } = await this.submissions.submit(actor, slug, body, idempotencyKey);
    response.status(202).location(`/v1/submissions/${view.id}`);
    return view;
  }

  @Get('submissions')
  list(@CurrentUser() actor: Principal, @Query() query: ListSubmissionsQueryDto) {
    return this.submissions.list(actor, query);
  }

  @Get('submissions/:id')
  async get(
    @CurrentUser() actor: Principal,
    @IdParam('Submission') id: string,
    @Query() query: GetSubmissionQueryDto,
  ) {
    const view = await this.submissions.get(actor, id, query.wait ?? 0);
    return query.format ? this.exports.render(view, query.format) : view;
  }
}
