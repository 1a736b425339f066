import type { ExerciseVersion, ExerciseWithVersion } from '@loopgrade/database';

interface Runtime {
  moduleType?: string;
  blockFor?: boolean;
}

interface Check {
  visibility?: string;
}

export interface ExerciseView {
  slug: string;
  version: number;
  title: string;
  difficulty: string;
  tags: string[];
  estimatedMinutes: number | null;
  statement: string;
  language: string;
  entry: string;
  starter: string;
  limits: unknown;
  services: unknown;
  moduleType: string;
  blockFor: boolean;
  checks: unknown[];
  published: boolean;
  ownerId: string;
  createdAt: string;
  updatedAt: string;
  /** Only for the owner and admins. */
  solution?: string;
  deletedAt?: string | null;
}

/**
 * What a caller may see of an exercise. Students never get the reference solution or the hidden checks,
 * not even their count.
 */
export function toExerciseView(exercise: ExerciseWithVersion, fullAccess: boolean): ExerciseView {
  const version = exercise.version;
  const checks = version.checks as Check[];
  return {
    slug: exercise.slug,
    version: version.version,
    title: version.title,
    difficulty: version.difficulty,
    tags: version.tags,
    estimatedMinutes: version.estimatedMinutes,
    statement: version.statement,
    language: version.language,
    entry: version.entry,
    starter: version.starter,
    limits: version.limits,
    services: version.services,
    moduleType: (version.runtime as Runtime).moduleType ?? 'commonjs',
    blockFor: (version.runtime as Runtime).blockFor ?? false,
    checks: fullAccess ? checks : checks.filter((check) => check.visibility !== 'hidden'),
    published: exercise.published,
    ownerId: exercise.ownerId,
    createdAt: exercise.createdAt.toISOString(),
    updatedAt: version.createdAt.toISOString(),
    ...(fullAccess
      ? { solution: version.solution, deletedAt: exercise.deletedAt?.toISOString() ?? null }
      : {}),
  };
}

export interface ExerciseVersionSummary {
  version: number;
  title: string;
  contentHash: string;
  createdAt: string;
  createdById: string;
}

export const toVersionSummary = (version: ExerciseVersion): ExerciseVersionSummary => ({
  version: version.version,
  title: version.title,
  contentHash: version.contentHash,
  createdAt: version.createdAt.toISOString(),
  createdById: version.createdById,
});
