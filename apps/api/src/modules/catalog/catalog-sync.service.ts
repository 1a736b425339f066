import { Injectable, Logger } from '@nestjs/common';
import { ExercisesRepository } from '@loopgrade/database';
import { loadCatalog } from '@loopgrade/catalog';
import type { CatalogExercise } from '@loopgrade/catalog';
import { toExerciseContent } from '../exercises/exercise-content';

export interface SyncReport {
  created: string[];
  updated: string[];
  unchanged: string[];
}

/**
 * Loads exercises/ into the database, idempotently: a new slug is created and published, a changed
 * exercise gets a new version, an unchanged one is left alone. Exercises deleted through the API stay deleted.
 */
@Injectable()
export class CatalogSync {
  private readonly logger = new Logger('Catalog');

  constructor(private readonly exercises: ExercisesRepository) {}

  async sync(directory: string, ownerId: string): Promise<SyncReport> {
    const report: SyncReport = { created: [], updated: [], unchanged: [] };
    for (const exercise of loadCatalog(directory)) {
      const content = toExerciseContent(toContentInput(exercise));
      const existing = await this.exercises.findBySlug(exercise.slug, { includeDeleted: true });
      if (!existing) {
        const created = await this.exercises.create(exercise.slug, ownerId, content);
        await this.exercises.setPublished(created.id, true, new Date());
        report.created.push(exercise.slug);
      } else if (existing.deletedAt || existing.version.contentHash === content.contentHash) {
        report.unchanged.push(exercise.slug);
      } else {
        await this.exercises.addVersion(existing.id, ownerId, content);
        report.updated.push(exercise.slug);
      }
    }
    this.logger.log(
      `catalog: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged`,
    );
    return report;
  }
}

function toContentInput(exercise: CatalogExercise) {
  return {
    title: exercise.title,
    difficulty: exercise.difficulty,
    tags: exercise.tags ?? [],
    estimatedMinutes: exercise.estimatedMinutes,
    statement: exercise.statement,
    language: exercise.language,
    entry: exercise.entry,
    starter: exercise.starter,
    solution: exercise.solution,
    limits: exercise.limits,
    services: exercise.services as Record<string, unknown> | undefined,
    moduleType: exercise.moduleType,
    blockFor: exercise.blockFor,
    checks: exercise.checks as unknown as Record<string, unknown>[],
  };
}
