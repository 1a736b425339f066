/** The Markdown overview of the catalog kept in exercises/README.md (a test keeps the two in sync). */
import type { CatalogExercise } from './types';

const DIFFICULTY_ORDER = ['intro', 'easy', 'medium', 'hard'];
export const TUTORIAL_TAG = 'asyncio-tutorial';

/** exercises/README.md keeps the generated tables between these markers. */
export const TABLE_START = '<!-- catalog-table:start (npm run exercises:table) -->';
export const TABLE_END = '<!-- catalog-table:end -->';

function byDifficultyThenTitle(a: CatalogExercise, b: CatalogExercise): number {
  const difficulty = DIFFICULTY_ORDER.indexOf(a.difficulty) - DIFFICULTY_ORDER.indexOf(b.difficulty);
  return difficulty !== 0 ? difficulty : a.title.localeCompare(b.title);
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function table(exercises: CatalogExercise[]): string {
  const rows = [...exercises]
    .sort(byDifficultyThenTitle)
    .map(
      (exercise) =>
        `| [${escapeCell(exercise.title)}](${exercise.slug}/) | ${exercise.difficulty} | ` +
        `${exercise.estimatedMinutes ?? ''} min | ${escapeCell(exercise.lesson)} |`,
    );
  return ['| Exercise | Difficulty | Time | What it teaches |', '|---|---|---|---|', ...rows].join('\n');
}

/** Two tables: the lessons of the Python asyncio tutorial ported to Node, then the rest of the curriculum. */
export function catalogTable(catalog: CatalogExercise[]): string {
  const tutorial = catalog.filter((exercise) => exercise.tags?.includes(TUTORIAL_TAG));
  const curriculum = catalog.filter((exercise) => !exercise.tags?.includes(TUTORIAL_TAG));
  return [
    `### The asyncio tutorial, ported to the Node event loop (${tutorial.length})`,
    '',
    table(tutorial),
    '',
    `### The curriculum (${curriculum.length})`,
    '',
    table(curriculum),
    '',
  ].join('\n');
}
