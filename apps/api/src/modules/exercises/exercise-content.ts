import { createHash } from 'node:crypto';
import type { ExerciseContent } from '@loopgrade/database';
import type { ExerciseContentDto } from './exercises.dto';

/** JSON with sorted keys, so equal content always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Plain data from a validated DTO (class instances would carry their prototypes into JSON columns). */
const plain = (value: object | undefined): Record<string, unknown> => JSON.parse(JSON.stringify(value ?? {}));

export function toExerciseContent(dto: ExerciseContentDto): ExerciseContent {
  const content: Omit<ExerciseContent, 'contentHash'> = {
    title: dto.title,
    difficulty: dto.difficulty,
    tags: dto.tags,
    estimatedMinutes: dto.estimatedMinutes ?? null,
    statement: dto.statement,
    language: dto.language,
    entry: dto.entry,
    starter: dto.starter,
    solution: dto.solution,
    limits: plain(dto.limits),
    services: plain(dto.services),
    checks: JSON.parse(JSON.stringify(dto.checks)),
    runtime: plain({ moduleType: dto.moduleType, blockFor: dto.blockFor }),
  };
  return { ...content, contentHash: createHash('sha256').update(canonicalJson(content)).digest('hex') };
}
