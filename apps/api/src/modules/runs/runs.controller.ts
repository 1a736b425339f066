import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '../../common/auth/principal';
import { CreateRunDto, TryExerciseDto } from './runs.dto';
import { RunsService } from './runs.service';

@ApiTags('runs')
@ApiBearerAuth()
@Controller('v1')
export class RunsController {
  constructor(private readonly runs: RunsService) {}

  /** Runs code in the sandbox and returns the RunResult (timeline, status, calls); nothing is graded or stored. */
  @Post('runs')
  @HttpCode(200)
  run(@CurrentUser() actor: Principal, @Body() body: CreateRunDto) {
    return this.runs.run(actor, body);
  }

  /** The owner grades any code against the draft's checks; nothing is stored. */
  @Post('exercises/:slug/try')
  @Roles('admin', 'teacher')
  @HttpCode(200)
  try(@CurrentUser() actor: Principal, @Param('slug') slug: string, @Body() body: TryExerciseDto) {
    return this.runs.try(actor, slug, body);
  }
}
