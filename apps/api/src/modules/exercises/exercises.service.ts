import { Inject, Injectable } from '@nestjs/common';
import { ExercisesRepository, UniqueViolationError } from '@loopgrade/database';
import { PlatformEvents } from '@loopgrade/events';
import type { ExerciseWithVersion } from '@loopgrade/database';
import type { Principal } from '../../common/auth/principal';
import { DomainError, forbidden, notFound } from '../../common/errors/domain-error';
import { Page, toPage } from '../../common/http/pagination';
import { toExerciseContent } from './exercise-content';
import { EXERCISE_VALIDATOR, ExerciseValidator } from './exercise-validator';
import { CreateExerciseDto, ListExercisesQueryDto, UpdateExerciseDto } from './exercises.dto';
import { ExerciseVersionSummary, ExerciseView, toExerciseView, toVersionSummary } from './exercise.views';

@Injectable()
export class ExercisesService {
  constructor(
    private readonly exercises: ExercisesRepository,
    @Inject(EXERCISE_VALIDATOR) private readonly validator: ExerciseValidator,
    private readonly events: PlatformEvents,
  ) {}

  async create(actor: Principal, input: CreateExerciseDto): Promise<ExerciseView> {
    const content = toExerciseContent(input);
    await this.validator.assertValid(input.slug, content);
    if (await this.exercises.findBySlug(input.slug, { includeDeleted: true })) throw slugTaken(input.slug);
    try {
      return toExerciseView(await this.exercises.create(input.slug, actor.id, content), true);
    } catch (error) {
      if (error instanceof UniqueViolationError) throw slugTaken(input.slug);
      throw error;
    }
  }

  /** Every change is a new immutable version; an unchanged body returns the current one. */
  async update(actor: Principal, slug: string, input: UpdateExerciseDto): Promise<ExerciseView> {
    const exercise = await this.owned(actor, slug);
    const content = toExerciseContent(input);
    if (content.contentHash === exercise.version.contentHash) return toExerciseView(exercise, true);
    await this.validator.assertValid(slug, content);
    return toExerciseView(await this.exercises.addVersion(exercise.id, actor.id, content), true);
  }

  async get(actor: Principal, slug: string): Promise<ExerciseView> {
    const exercise = await this.exercises.findBySlug(slug);
    if (!exercise || !this.mayRead(actor, exercise)) throw notFound('Exercise');
    return toExerciseView(exercise, this.mayManage(actor, exercise));
  }

  /** Students see published exercises; teachers also their own drafts (or only theirs with mine=true); admins all. */
  async list(actor: Principal, query: ListExercisesQueryDto): Promise<Page<ExerciseView>> {
    const filter =
      actor.role === 'admin'
        ? query.mine === 'true'
          ? { ownerId: actor.id }
          : {}
        : actor.role === 'teacher'
          ? query.mine === 'true'
            ? { ownerId: actor.id }
            : { publishedOr: { ownerId: actor.id } }
          : { publishedOr: {} };
    const rows = await this.exercises.list(filter, query);
    return toPage(
      rows,
      query.limit,
      (row) => row.slug,
      (row) => toExerciseView(row, this.mayManage(actor, row)),
    );
  }

  async versions(actor: Principal, slug: string): Promise<ExerciseVersionSummary[]> {
    const exercise = await this.owned(actor, slug);
    return (await this.exercises.listVersions(exercise.id)).map(toVersionSummary);
  }

  async publish(actor: Principal, slug: string): Promise<ExerciseView> {
    const exercise = await this.owned(actor, slug);
    await this.validator.assertValid(slug, exercise.version);
    await this.exercises.setPublished(exercise.id, true, new Date());
    await this.events.emit('exercise.published', {
      exerciseId: exercise.id,
      slug,
      version: exercise.version.version,
    });
    return this.get(actor, slug);
  }

  async unpublish(actor: Principal, slug: string): Promise<ExerciseView> {
    const exercise = await this.owned(actor, slug);
    await this.exercises.setPublished(exercise.id, false, new Date());
    return this.get(actor, slug);
  }

  /** Soft delete: submissions and versions stay; the slug stays reserved. */
  async remove(actor: Principal, slug: string): Promise<void> {
    const exercise = await this.owned(actor, slug);
    await this.exercises.softDelete(exercise.id, new Date());
  }

  /** The exercise a caller may submit to: published, or their own. */
  async forSubmission(actor: Principal, slug: string): Promise<ExerciseWithVersion> {
    const exercise = await this.exercises.findBySlug(slug);
    if (!exercise || !this.mayRead(actor, exercise)) throw notFound('Exercise');
    return exercise;
  }

  async owned(actor: Principal, slug: string): Promise<ExerciseWithVersion> {
    const exercise = await this.exercises.findBySlug(slug);
    if (!exercise || !this.mayRead(actor, exercise)) throw notFound('Exercise');
    if (!this.mayManage(actor, exercise))
      throw forbidden('Only the exercise’s owner or an admin may do this');
    return exercise;
  }

  private mayRead(actor: Principal, exercise: ExerciseWithVersion): boolean {
    return exercise.published || this.mayManage(actor, exercise);
  }

  private mayManage(actor: Principal, exercise: ExerciseWithVersion): boolean {
    return actor.role === 'admin' || (actor.role === 'teacher' && exercise.ownerId === actor.id);
  }
}

function slugTaken(slug: string): DomainError {
  return new DomainError('conflict', `An exercise with slug "${slug}" already exists`, {
    errors: [{ field: 'slug', message: `"${slug}" is taken` }],
  });
}
