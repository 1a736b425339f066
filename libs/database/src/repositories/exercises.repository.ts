import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma.service';
import type { Exercise, ExerciseVersion, Prisma } from '../generated/client';
import type { StoredExerciseContent } from '../mappers/exercise-definition.mapper';
import { rethrowUniqueViolation } from './unique-violation';

/** The authored content of one immutable exercise version, as the API and the catalog store it. */
export interface ExerciseContent extends StoredExerciseContent {
  limits: Record<string, unknown>;
  services: Record<string, unknown>;
  checks: unknown[];
  runtime: Record<string, unknown>;
  contentHash: string;
}

export type ExerciseWithVersion = Exercise & { version: ExerciseVersion };

export interface ExerciseListFilter {
  /** Only published exercises, plus (when set) those owned by this user. */
  publishedOr?: { ownerId?: string };
  ownerId?: string;
}

const toData = (content: ExerciseContent) => ({
  ...content,
  limits: content.limits as Prisma.InputJsonValue,
  services: content.services as Prisma.InputJsonValue,
  checks: content.checks as Prisma.InputJsonValue,
  runtime: content.runtime as Prisma.InputJsonValue,
});

const VERSION_CACHE_SIZE = 500;

@Injectable()
export class ExercisesRepository {
  private readonly versionCache = new Map<string, ExerciseVersion>();

  constructor(private readonly prisma: PrismaService) {}

  /** A slug taken meanwhile (a concurrent create) is a UniqueViolationError. */
  async create(slug: string, ownerId: string, content: ExerciseContent): Promise<ExerciseWithVersion> {
    return this.prisma
      .$transaction(async (tx) => {
        const exercise = await tx.exercise.create({ data: { slug, ownerId, latestVersion: 1 } });
        const version = await tx.exerciseVersion.create({
          data: { ...toData(content), exerciseId: exercise.id, version: 1, createdById: ownerId },
        });
        return { ...exercise, version };
      })
      .catch(rethrowUniqueViolation);
  }

  /** Appends a version; versions are never updated in place. */
  async addVersion(
    exerciseId: string,
    authorId: string,
    content: ExerciseContent,
  ): Promise<ExerciseWithVersion> {
    return this.prisma.$transaction(async (tx) => {
      const exercise = await tx.exercise.update({
        where: { id: exerciseId },
        data: { latestVersion: { increment: 1 } },
      });
      const version = await tx.exerciseVersion.create({
        data: { ...toData(content), exerciseId, version: exercise.latestVersion, createdById: authorId },
      });
      return { ...exercise, version };
    });
  }

  async findBySlug(
    slug: string,
    options: { includeDeleted?: boolean } = {},
  ): Promise<ExerciseWithVersion | null> {
    const exercise = await this.prisma.exercise.findUnique({ where: { slug } });
    if (!exercise || (exercise.deletedAt && !options.includeDeleted)) return null;
    const key = `${exercise.id}@${exercise.latestVersion}`;
    const version =
      this.versionCache.get(key) ??
      this.remember(
        key,
        await this.prisma.exerciseVersion.findUniqueOrThrow({
          where: { exerciseId_version: { exerciseId: exercise.id, version: exercise.latestVersion } },
        }),
      );
    return { ...exercise, version };
  }

  /** Versions are immutable, so every grading of the same version shares one read. */
  async findVersionById(id: string): Promise<ExerciseVersion | null> {
    const cached = this.versionCache.get(id);
    if (cached) return cached;
    const version = await this.prisma.exerciseVersion.findUnique({ where: { id } });
    return version && this.remember(id, version);
  }

  /** Keeps an (immutable) version under a key: its id, or exercise id @ version number. */
  private remember(key: string, version: ExerciseVersion): ExerciseVersion {
    if (this.versionCache.size >= VERSION_CACHE_SIZE)
      this.versionCache.delete(this.versionCache.keys().next().value!);
    this.versionCache.set(key, version);
    return version;
  }

  async list(
    filter: ExerciseListFilter,
    page: { limit: number; cursor?: string },
  ): Promise<ExerciseWithVersion[]> {
    const where: Prisma.ExerciseWhereInput = { deletedAt: null };
    if (filter.ownerId) where.ownerId = filter.ownerId;
    if (filter.publishedOr) {
      where.OR = [
        { published: true },
        ...(filter.publishedOr.ownerId ? [{ ownerId: filter.publishedOr.ownerId }] : []),
      ];
    }
    const exercises = await this.prisma.exercise.findMany({
      where,
      orderBy: [{ slug: 'asc' }],
      take: page.limit + 1,
      ...(page.cursor ? { cursor: { slug: page.cursor }, skip: 1 } : {}),
    });
    const versions = await this.prisma.exerciseVersion.findMany({
      where: { OR: exercises.map((e) => ({ exerciseId: e.id, version: e.latestVersion })) },
    });
    const byExercise = new Map(versions.map((v) => [v.exerciseId, v]));
    return exercises.map((exercise) => ({ ...exercise, version: byExercise.get(exercise.id)! }));
  }

  listVersions(exerciseId: string): Promise<ExerciseVersion[]> {
    return this.prisma.exerciseVersion.findMany({ where: { exerciseId }, orderBy: { version: 'asc' } });
  }

  async setPublished(id: string, published: boolean, at: Date): Promise<void> {
    await this.prisma.exercise.update({
      where: { id },
      data: { published, publishedAt: published ? at : null },
    });
  }

  async softDelete(id: string, at: Date): Promise<void> {
    await this.prisma.exercise.update({ where: { id }, data: { deletedAt: at, published: false } });
  }
}
