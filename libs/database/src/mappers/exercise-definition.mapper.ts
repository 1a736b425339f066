import type { Check, ExerciseDefinition } from '@loopgrade/grading';

/** The authored fields of a stored version; JSON columns arrive untyped. */
export interface StoredExerciseContent {
  title: string;
  difficulty: string;
  tags: string[];
  estimatedMinutes: number | null;
  statement: string;
  language: string;
  entry: string;
  starter: string;
  solution: string;
  limits: unknown;
  services: unknown;
  checks: unknown;
  runtime: unknown;
}

/** A stored exercise version (or content about to be stored) as the grading library reads it. */
export function toExerciseDefinition(
  slug: string,
  content: StoredExerciseContent,
  language?: string,
): ExerciseDefinition {
  const runtime = (content.runtime ?? {}) as { moduleType?: 'commonjs' | 'esm'; blockFor?: boolean };
  return {
    slug,
    title: content.title,
    difficulty: content.difficulty as ExerciseDefinition['difficulty'],
    tags: content.tags,
    ...(content.estimatedMinutes ? { estimatedMinutes: content.estimatedMinutes } : {}),
    statement: content.statement,
    starter: content.starter,
    solution: content.solution,
    language: (language ?? content.language) as ExerciseDefinition['language'],
    entry: content.entry as ExerciseDefinition['entry'],
    ...(runtime.moduleType ? { moduleType: runtime.moduleType } : {}),
    ...(runtime.blockFor ? { blockFor: true } : {}),
    limits: content.limits as ExerciseDefinition['limits'],
    services: content.services as ExerciseDefinition['services'],
    checks: content.checks as Check[],
  };
}
