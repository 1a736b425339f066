import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '../../common/auth/principal';
import { CreateExerciseDto, ListExercisesQueryDto, UpdateExerciseDto } from './exercises.dto';
import { ExercisesService } from './exercises.service';

@ApiTags('exercises')
@ApiBearerAuth()
@Controller('v1/exercises')
export class ExercisesController {
  constructor(private readonly exercises: ExercisesService) {}

  @Get()
  list(@CurrentUser() actor: Principal, @Query() query: ListExercisesQueryDto) {
    return this.exercises.list(actor, query);
  }

  @Post()
  @Roles('admin', 'teacher')
  create(@CurrentUser() actor: Principal, @Body() body: CreateExerciseDto) {
    return this.exercises.create(actor, body);
  }

  @Get(':slug')
  get(@CurrentUser() actor: Principal, @Param('slug') slug: string) {
    return this.exercises.get(actor, slug);
  }

  /** Replaces the content; creates a new immutable version when anything changed. */
  @Put(':slug')
  @Roles('admin', 'teacher')
  update(@CurrentUser() actor: Principal, @Param('slug') slug: string, @Body() body: UpdateExerciseDto) {
    return this.exercises.update(actor, slug, body);
  }

  @Delete(':slug')
  @Roles('admin', 'teacher')
  @HttpCode(204)
  async remove(@CurrentUser() actor: Principal, @Param('slug') slug: string): Promise<void> {
    await this.exercises.remove(actor, slug);
  }

  @Post(':slug/publish')
  @Roles('admin', 'teacher')
  @HttpCode(200)
  publish(@CurrentUser() actor: Principal, @Param('slug') slug: string) {
    return this.exercises.publish(actor, slug);
  }

  @Post(':slug/unpublish')
  @Roles('admin', 'teacher')
  @HttpCode(200)
  unpublish(@CurrentUser() actor: Principal, @Param('slug') slug: string) {
    return this.exercises.unpublish(actor, slug);
  }

  @Get(':slug/versions')
  @Roles('admin', 'teacher')
  versions(@CurrentUser() actor: Principal, @Param('slug') slug: string) {
    return this.exercises.versions(actor, slug);
  }
}
